"""What `dalel serve` says about stories and timelines: table descriptions, facets, a canned query."""
from __future__ import annotations

TIMELINE_TABLES = {
    "stories": {
        "description": "One story per press release: its appearances on several sites (or slightly edited) "
                       "are grouped by near-duplicate text (MinHash over word shingles).",
        "columns": {"story_key": "URL of the first appearance.", "appearances": "How many articles carry it.",
                    "first_published": "Publication time of the first appearance."},
    },
    "story_members": {
        "description": "Which story each article belongs to.",
        "columns": {"similarity": "Estimated Jaccard similarity to the story's first appearance."},
    },
    "timeline_claims": {
        "description": "A programme's claims over time (target, completed, share, money, deadline), "
                       "counted once per story; kk and ru names merged to the canonical name.",
        "facets": ["programme", "place", "metric"],
        "columns": {"programme": "Canonical programme name (registry).",
                    "place": "The district the figure is reported for, when the article names one.",
                    "metric": "target, completed, share, money_allocated, money_spent or deadline.",
                    "value": "The figure, normalised.", "deadline": "For deadlines: YYYY[-MM[-DD]].",
                    "appearances": "Articles (sites) that carried this claim.",
                    "published": "Publication time of the first appearance.",
                    "text": "The figure as written in the first appearance."},
    },
    "timeline_appearances": {
        "description": "Every article carrying a timeline claim, with the figure's offsets in its text.",
    },
    "timeline_checks": {
        "description": "Checks of type timeline: a programme's claims that contradict each other across "
                       "articles (a target reported differently, a completed count or money that falls, "
                       "a share that does not match the counts of the same day, a deadline that moves).",
        "facets": ["kind", "programme", "metric"],
        "columns": {"check_id": "Stable id; `reviews` may refer to it.",
                    "kind": "target_changed, count_fell, money_fell, share_mismatch or deadline_moved.",
                    "explanation": "Both claims, their dates and sites.",
                    "inputs": "The values compared (JSON)."},
    },
}

TIMELINE_QUERIES = {
    "programme_timeline": {
        "title": "A programme's timeline",
        "description": "Claims of one programme in date order, each with its sites and any contradiction "
                       "it is the later side of.",
        "sql": (
            "SELECT c.published, c.place, c.metric, c.text, c.value, c.deadline, c.appearances, "
            "(SELECT group_concat(a.site, ', ') FROM timeline_appearances p JOIN articles a ON a.id = p.article_id "
            "WHERE p.claim_id = c.id) AS sites, "
            "(SELECT a.url FROM articles a WHERE a.id = c.article_id) AS url, c.version_id, "
            "(SELECT group_concat(t.kind || ': ' || t.explanation, ' | ') FROM timeline_checks t "
            "WHERE t.later_claim_id = c.id) AS contradictions "
            "FROM timeline_claims c WHERE c.programme = :programme ORDER BY c.place, c.metric, c.published"
        ),
    },
}
