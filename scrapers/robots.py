"""robots.txt policy: what we may fetch and how slowly.

The parser is the standard library's :mod:`urllib.robotparser`; this module decides
what a fetch outcome means (RFC 9309): a 4xx robots.txt allows everything, a 5xx or
an unreachable one disallows everything for this run. Reads ``settings.USER_AGENT_TOKEN``
and ``settings.ROBOTSTXT_OBEY``.
"""
from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass, field
from urllib.robotparser import RobotFileParser

from scrapers import settings

log = logging.getLogger("dalel.scrapers.robots")
_FRACTIONAL_DELAY = re.compile(r"(?im)^(\s*crawl-delay\s*:\s*)(\d*\.\d+)\s*$")


@dataclass
class RobotsPolicy:
    """The rules of one host; ``reason`` says why everything is disallowed, if it is."""

    parser: RobotFileParser | None = None
    allow_all: bool = False
    reason: str | None = None
    agent: str = field(default=settings.USER_AGENT_TOKEN)

    @classmethod
    def from_text(cls, text: str, agent: str = settings.USER_AGENT_TOKEN) -> RobotsPolicy:
        parser = RobotFileParser()
        # The standard parser drops a fractional Crawl-delay ("0.5"); round it up, which is the polite side.
        text = _FRACTIONAL_DELAY.sub(lambda m: m.group(1) + str(math.ceil(float(m.group(2)))), text)
        parser.parse(text.splitlines())
        return cls(parser=parser, agent=agent)

    @classmethod
    def from_response(cls, url: str, status: int | None, text: str | None, error: str | None = None) -> RobotsPolicy:
        if not settings.ROBOTSTXT_OBEY:
            return cls(allow_all=True)
        if status is None:
            reason = f"robots.txt {url} unreachable ({error}); not crawling this site this run"
            log.warning(reason)
            return cls(reason=reason)
        if 200 <= status < 300:
            return cls.from_text(text or "")
        if 400 <= status < 500:
            log.info("robots.txt %s answered %s: no rules, everything allowed", url, status)
            return cls(allow_all=True)
        reason = f"robots.txt {url} answered {status}; not crawling this site this run"
        log.warning(reason)
        return cls(reason=reason)

    def allowed(self, url: str) -> bool:
        if self.allow_all:
            return True
        if self.parser is None:
            return False
        return self.parser.can_fetch(self.agent, url)

    @property
    def crawl_delay(self) -> float | None:
        if self.parser is None:
            return None
        value = self.parser.crawl_delay(self.agent)
        return float(value) if value is not None else None

    @property
    def sitemaps(self) -> list[str]:
        if self.parser is None:
            return []
        return list(self.parser.site_maps() or [])
