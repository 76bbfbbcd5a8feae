"""Where ``бір`` is the indefinite article ("a", "some"), not the number one.

Words right before (``белгілі бір``, ``қандай да бір``, ``үлкен бір``) or right after
(``бір кездері``, ``бір қызығы``) that mark the article reading (``қандай да бір``
counts as ``қандай`` before); measured on
KazNERD, where such ``бір`` is not a CARDINAL.
"""

INDEFINITE_ARTICLE = {
    "before": frozenset(
        """белгілі қандай сондай осындай мынадай сол ондай үлкен ең тура енді жалпы кешенді басты
        кішігірім деген өзінің әлде басқа өте кішкене әйтеуір""".split()
    ),
    "after": frozenset(
        """кездері кезде кезі кезінде сәт сәтте қызығы уақытта уақыт жерде жола ауық мезгіл
        мезгілдік шама шамасы түрлі жақсы аунап топ сондай осындай мынадай енді ерекше керемет
        өсіп түсіп""".split()
    ),
}
