"""``SiteConfig``: a site as data, loaded from one TOML file.

Keys (top level): ``name``, ``base_url``, ``hosts``, ``lang``, ``timezone``, ``delay``,
``allow_private``, ``max_age_days``, ``timeout`` (read timeout, seconds, optional).
``[discovery]``: ``feeds``, ``sitemaps``, ``wp_json``, ``listings`` (``{n}`` = page
number), ``max_pages``, ``article_pattern`` (regex on the URL path, query included
when present). ``[selectors]``: CSS for ``title``, ``body``, ``published``, ``author``,
``views``, ``category``; a missing one falls back to generic extraction. ``exclude``:
CSS for furniture inside the body's container (inline banners, "read also" boxes),
dropped from the text, so that ``body`` can name the container and keep its lists and
tables rather than select only its paragraphs.
Bad files raise :class:`ConfigError` naming the file and key.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from scrapers import settings

SITES_DIR = Path(__file__).resolve().parent / "sites"
SELECTOR_KEYS = ("title", "body", "published", "author", "views", "category", "exclude")
_TOP_KEYS = {"name", "base_url", "hosts", "lang", "timezone", "delay", "allow_private",
             "max_age_days", "timeout", "discovery", "selectors"}
_DISCOVERY_KEYS = {"feeds", "sitemaps", "wp_json", "listings", "max_pages", "article_pattern"}


class ConfigError(ValueError):
    """A site config that cannot be used; the message names file and key."""


@dataclass(frozen=True)
class SiteConfig:
    name: str
    base_url: str
    hosts: tuple[str, ...]
    lang: str = "kk"
    timezone: str = "Asia/Almaty"
    delay: float = settings.DELAY
    allow_private: bool = False
    max_age_days: float = settings.MAX_AGE_DAYS
    timeout: float = settings.TIMEOUT_READ
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    wp_json: str | None = None
    listings: tuple[str, ...] = ()
    max_pages: int = settings.MAX_PAGES
    article_pattern: str = r".+"
    selectors: dict[str, str] = field(default_factory=dict)
    source: str = "<memory>"

    def url(self, path: str) -> str:
        """Absolute URL of a configured path (paths may also be absolute URLs)."""
        if "://" in path:
            return path
        return self.base_url.rstrip("/") + "/" + path.lstrip("/")

    @property
    def article_re(self) -> re.Pattern[str]:
        return re.compile(self.article_pattern)

    def is_article(self, url: str) -> bool:
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        return bool(self.article_re.search(path))


def _fail(source: str, key: str, why: str) -> ConfigError:
    return ConfigError(f"{source}: key '{key}': {why}")


def _str_list(data: dict, key: str, source: str, prefix: str = "") -> tuple[str, ...]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(source, prefix + key, "expected a list of non-empty strings")
    return tuple(value)


def _number(data: dict, key: str, source: str, default: float, prefix: str = "") -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise _fail(source, prefix + key, f"expected a number >= 0, got {value!r}")
    return float(value)


def site_from_dict(data: dict[str, Any], source: str = "<memory>") -> SiteConfig:
    """Validate a parsed TOML table into a :class:`SiteConfig`."""
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise _fail(source, sorted(unknown)[0], f"unknown key (known: {', '.join(sorted(_TOP_KEYS))})")
    for key in ("name", "base_url"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise _fail(source, key, "required, a non-empty string")
    base = urlsplit(data["base_url"])
    if base.scheme not in ("http", "https") or not base.netloc:
        raise _fail(source, "base_url", f"expected an http(s) URL, got {data['base_url']!r}")
    hosts = _str_list(data, "hosts", source) or (base.netloc,)
    hosts = tuple(h.lower() for h in hosts)
    lang = data.get("lang", "kk")
    if lang not in ("kk", "ru"):
        raise _fail(source, "lang", f"expected 'kk' or 'ru', got {lang!r}")
    tz = data.get("timezone", "Asia/Almaty")
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise _fail(source, "timezone", f"unknown IANA time zone {tz!r}") from None
    allow_private = data.get("allow_private", False)
    if not isinstance(allow_private, bool):
        raise _fail(source, "allow_private", "expected true or false")

    disc = data.get("discovery", {})
    if not isinstance(disc, dict):
        raise _fail(source, "discovery", "expected a table")
    unknown = set(disc) - _DISCOVERY_KEYS
    if unknown:
        raise _fail(source, "discovery." + sorted(unknown)[0], "unknown key")
    wp_json = disc.get("wp_json")
    if wp_json is not None and (not isinstance(wp_json, str) or not wp_json):
        raise _fail(source, "discovery.wp_json", "expected a path string")
    pattern = disc.get("article_pattern", r".+")
    try:
        re.compile(pattern)
    except (re.error, TypeError) as e:
        raise _fail(source, "discovery.article_pattern", f"not a valid regex: {e}") from None
    max_pages = disc.get("max_pages", settings.MAX_PAGES)
    if isinstance(max_pages, bool) or not isinstance(max_pages, int) or max_pages < 1:
        raise _fail(source, "discovery.max_pages", f"expected an integer >= 1, got {max_pages!r}")
    feeds = _str_list(disc, "feeds", source, "discovery.")
    sitemaps = _str_list(disc, "sitemaps", source, "discovery.")
    listings = _str_list(disc, "listings", source, "discovery.")
    if not (feeds or sitemaps or listings or wp_json):
        raise _fail(source, "discovery", "no feeds, sitemaps, wp_json or listings: nothing to discover articles from")

    sel = data.get("selectors", {})
    if not isinstance(sel, dict):
        raise _fail(source, "selectors", "expected a table")
    for key, value in sel.items():
        if key not in SELECTOR_KEYS:
            raise _fail(source, f"selectors.{key}", f"unknown selector (known: {', '.join(SELECTOR_KEYS)})")
        if not isinstance(value, str) or not value.strip():
            raise _fail(source, f"selectors.{key}", "expected a CSS selector string")
        _check_css(value, source, f"selectors.{key}")

    return SiteConfig(
        name=data["name"].strip(), base_url=data["base_url"].rstrip("/"), hosts=hosts, lang=lang,
        timezone=tz, delay=_number(data, "delay", source, settings.DELAY),
        allow_private=allow_private,
        max_age_days=_number(data, "max_age_days", source, settings.MAX_AGE_DAYS),
        timeout=_number(data, "timeout", source, settings.TIMEOUT_READ),
        feeds=feeds, sitemaps=sitemaps, wp_json=wp_json, listings=listings,
        max_pages=max_pages, article_pattern=pattern, selectors=dict(sel), source=source,
    )


def _check_css(selector: str, source: str, key: str) -> None:
    from selectolax.lexbor import LexborHTMLParser

    try:
        LexborHTMLParser("<p></p>").css(selector)
    except Exception as e:  # selectolax raises a bare exception type on bad CSS
        raise _fail(source, key, f"not a valid CSS selector {selector!r}: {e}") from None


def load_site(path: str | Path) -> SiteConfig:
    """Load one site TOML file."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ConfigError(f"{path}: cannot read: {e.strerror or e}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: not valid TOML: {e}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text") from None
    return site_from_dict(data, str(path))


def load_sites(directory: str | Path | None = None) -> list[SiteConfig]:
    """All ``*.toml`` sites of a folder (default: the sites shipped with dalel), by name."""
    directory = Path(directory) if directory else SITES_DIR
    if not directory.is_dir():
        raise ConfigError(f"{directory}: not a folder of site TOML files")
    configs = [load_site(p) for p in sorted(directory.glob("*.toml"))]
    seen: dict[str, str] = {}
    for c in configs:
        if c.name in seen:
            raise ConfigError(f"{c.source}: key 'name': site {c.name!r} is also defined in {seen[c.name]}")
        seen[c.name] = c.source
    return configs
