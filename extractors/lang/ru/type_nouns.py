"""Russian type nouns: the word that says what a named thing is.

Stems, matched at the start of a word (``программ`` covers ``программа``,
``программы``, ``программе``…). The value is ``(kind, type)`` for the record
contract.
"""

TYPE_NOUNS = {
    "нацпроект": ("project", "project"),
    "проект": ("project", "project"),
    "программ": ("project", "programme"),
    "госпрограмм": ("project", "programme"),
    "инициатив": ("project", "initiative"),
    "операци": ("project", "operation"),
    "концепци": ("project", "concept"),
    "стратеги": ("project", "strategy"),
    "акци": ("project", "campaign"),
    "марафон": ("project", "campaign"),
    "партия": ("organization", "party"),
    "партии": ("organization", "party"),
    "партию": ("organization", "party"),
    "партией": ("organization", "party"),
    "компани": ("organization", "company"),
    "авиакомпани": ("organization", "company"),
    "корпораци": ("organization", "company"),
    "холдинг": ("organization", "company"),
    "товариществ": ("organization", "company"),
    "предприяти": ("organization", "company"),
    "завод": ("organization", "company"),
    "фабрик": ("organization", "company"),
    "комбинат": ("organization", "company"),
    "банк": ("organization", "bank"),
    "фонд": ("organization", "fund"),
    "телеканал": ("organization", "media"),
    "агентств": ("organization", "agency"),
    "газет": ("organization", "media"),
    "издани": ("organization", "media"),
    "журнал": ("organization", "media"),
    "центр": ("organization", "centre"),
    "ассоциаци": ("organization", "association"),
    "союз": ("organization", "association"),
    "объединени": ("organization", "association"),
    "палат": ("organization", "association"),
    "федераци": ("organization", "association"),
    "клуб": ("organization", "association"),
    "университет": ("organization", "university"),
    "академи": ("organization", "university"),
    "институт": ("organization", "university"),
    "колледж": ("organization", "school"),
    "лице": ("organization", "school"),
    "гимнази": ("organization", "school"),
    "школ": ("organization", "school"),
    "больниц": ("organization", "hospital"),
    "поликлиник": ("organization", "hospital"),
    "учреждени": ("organization", "institution"),
    "движени": ("organization", "association"),
}

# Head nouns that open an unquoted organisation name (``Министерство
# здравоохранения``, ``акимат Аральского района``): stem → nominative, so
# ``в акимате района`` is named ``акимат района``.
ORG_HEADS = {
    "министерств": "министерство",
    "акимат": "акимат",
    "комитет": "комитет",
    "управлени": "управление",
    "департамент": "департамент",
    "агентств": "агентство",
    "маслихат": "маслихат",
    "правительств": "правительство",
    "университет": "университет",
    "академи": "академия",
    "институт": "институт",
    "отдел": "отдел",
    # bodies named by a place's adjective ("Костанайский районный суд", "Зайсанский историко-
    # краеведческий музей", "Аягозская районная больница") or a proper name after them; alone
    # ("районного суда") they are common nouns
    "суд": "суд",
    "музе": "музей",
    "таможн": "таможня",
    "больниц": "больница",
    "поликлиник": "поликлиника",
    "колледж": "колледж",
    "театр": "театр",
    "прокуратур": "прокуратура",
    "бюро": "бюро",
}
# Words that begin as a head does and are none: "судья" (a judge), "судя по" (judging by).
NOT_ORG_HEADS = frozenset(("судя", "судья", "судьи", "судье", "судью", "судьей", "судьёй", "судей", "судьям",
                           "судьями", "судьях", "судно", "судна", "судов"))

# Legal-form abbreviations written before a quoted company name (``ТОО «…»``).
LEGAL_FORMS = {
    "ТОО": ("organization", "company"),
    "АО": ("organization", "company"),
    "НАО": ("organization", "company"),
    "НК": ("organization", "company"),
    "АО НК": ("organization", "company"),
    "ОАО": ("organization", "company"),
    "ООО": ("organization", "company"),
    "ЗАО": ("organization", "company"),
    "ПАО": ("organization", "company"),
    "ИП": ("organization", "company"),
    "КХ": ("organization", "company"),
    "КФХ": ("organization", "company"),
    "ФХ": ("organization", "company"),
    "СПК": ("organization", "company"),  # a production cooperative
    "ГУ": ("organization", "institution"),
    "КГУ": ("organization", "institution"),
    "КГП": ("organization", "institution"),
    "ГКП": ("organization", "institution"),
    "РГП": ("organization", "institution"),
    "РГУ": ("organization", "institution"),
    "ОО": ("organization", "association"),
    "ОФ": ("organization", "fund"),
    # "ГКП на ПХВ «Городская поликлиника №2»": the form ends "на праве хозяйственного ведения"
    "ПХВ": ("organization", "institution"),
    "ГККП": ("organization", "institution"),
    "КГКП": ("organization", "institution"),
    "КФ": ("organization", "fund"),
}

# Abbreviated heads that take a region in the genitive: "ДЧС Костанайской области",
# "ДП Павлодарской области".
ACRONYM_HEADS = {
    "ДЧС": "department", "ДВД": "department", "ДП": "department", "УВД": "department", "ДГД": "department",
    "УГД": "department", "ДКНБ": "department", "ДЭП": "department", "ДАП": "department",
}
