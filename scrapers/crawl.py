"""The Crawler: every site in its own thread, politely, incrementally, into the WARC.

Per site, one run: robots.txt (archived, obeyed, Crawl-delay honoured); the
incremental sources, feeds and listing pages (paged until a page brings no article
we have not stored); the backfill sources, sitemaps and the WordPress API, on the
first run, when the incremental sources show a gap, or every ``BACKFILL_REFRESH_DAYS``;
then each new article fetched once, and each stored article younger than the site's
``max_age_days`` re-checked with a conditional GET. Articles are parsed from the
WARC record just written and handed to the consumer, which calls :meth:`Crawler.done`
once it has stored one; until then the URL counts as not stored.
"""
from __future__ import annotations

import errno
import json
import logging
import queue
import sqlite3
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator
from zoneinfo import ZoneInfo

from scrapers import settings
from scrapers.article import Article
from scrapers.config import SiteConfig
from scrapers.discover import Found
from scrapers.discover.feeds import parse_feed
from scrapers.discover.listings import listing_url, parse_listing
from scrapers.discover.sitemaps import parse_sitemap
from scrapers.discover.wpjson import page_url, parse_posts, total_pages
from scrapers.fetch import Fetcher, host_allowed
from scrapers.parse import ParseError, parse_capture
from scrapers.robots import RobotsPolicy
from scrapers.state import FetchState
from scrapers.throttle import Throttle
from scrapers.warc import WarcArchive, new_run_id

log = logging.getLogger("dalel.scrapers.crawl")
_END = object()


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Crawler:
    def __init__(self, configs: list[SiteConfig], data_dir: Path, db_path: Path, *, now: datetime | None = None):
        names = [c.name for c in configs]
        if len(set(names)) != len(names):
            raise ValueError(f"site names must be unique, got {names}")
        self.configs = list(configs)
        self.data_dir = Path(data_dir)
        self.db_path = Path(db_path)
        now = now or _utcnow()
        self.now = (now if now.tzinfo else now.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)
        self.state = FetchState(self.db_path)
        self.run_id = new_run_id()
        self.throttle = Throttle()
        self.stats: dict[str, dict] = {c.name: {"new": 0, "updated": 0, "unchanged": 0, "failed": 0,
                                                "requests": 0, "degraded": None} for c in configs}
        self._keys: dict[str, tuple[str, str]] = {}  # response record id -> (site, state URL)
        self._lock = threading.Lock()
        self.aborted: dict[str, Exception] = {}  # site -> what stopped its crawl

    def articles(self) -> Iterator[Article]:
        """New and changed articles of all sites, as their threads produce them."""
        out: queue.Queue = queue.Queue(maxsize=settings.CRAWL_QUEUE_SIZE)
        stop = threading.Event()
        threads = [threading.Thread(target=self._run_site, args=(c, out, stop), name=f"crawl-{c.name}", daemon=True)
                   for c in self.configs]
        for t in threads:
            t.start()
        running = len(threads)
        try:
            while running:
                item = out.get()
                if item is _END:
                    running -= 1
                    continue
                yield item
        finally:
            stop.set()  # a consumer that stops early releases the threads
            # each finishes the request it is in (a torn WARC tail is detected and skipped on
            # reading); waiting is bounded, so Ctrl-C takes effect in seconds, not retries later
            deadline = time.monotonic() + settings.CRAWL_STOP_WAIT
            for t in threads:
                t.join(timeout=max(0.0, deadline - time.monotonic()))

    def done(self, article: Article) -> None:
        """The consumer stored ``article``: mark its URL stored at this content hash."""
        with self._lock:
            key = self._keys.pop(article.warc_record_id or "", None)
        site, url = key if key else (article.site, article.url)
        self.state.mark_done(site, url, article.content_hash, article.published)

    def _run_site(self, config: SiteConfig, out: queue.Queue, stop: threading.Event) -> None:
        try:
            SiteRun(self, config, out, stop).run()
        except Exception as e:  # one site's bug must not stop the others
            self.aborted[config.name] = e  # the consumer decides whether it ends the run (a full disk does)
            if _storage_refused(e):
                # a full or read-only disk is no bug: one line, the run's own message says what to do
                log.error("%s: crawl aborted: %s", config.name, e)
            else:
                log.exception("%s: crawl aborted: %s", config.name, e)
            self.stats[config.name]["degraded"] = f"crawl aborted: {type(e).__name__}: {e}"
        finally:
            self.state.close()
            out.put(_END)


def _storage_refused(e: BaseException) -> bool:
    """Whether ``e`` is the data folder refusing a write (full, read-only, no permission)."""
    if isinstance(e, OSError):
        return e.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM)
    text = str(e).lower()
    return isinstance(e, sqlite3.OperationalError) and ("disk is full" in text or "readonly" in text)


class SiteRun:
    """One site's crawl in one run."""

    def __init__(self, crawler: Crawler, config: SiteConfig, out: queue.Queue, stop: threading.Event):
        self.crawler = crawler
        self.config = config
        self.out = out
        self.stop = stop
        self.state = crawler.state
        self.stats = crawler.stats[config.name]
        self.at = crawler.now.isoformat(timespec="seconds")
        self.cutoff = crawler.now - timedelta(days=config.max_age_days)
        self.archive = WarcArchive(crawler.data_dir, crawler.run_id, config.name)
        self.fetcher = Fetcher(config, crawler.throttle, self.archive, on_exchange=self._log_exchange)
        self.parsed = 0
        self.missed: dict[str, int] = {}
        self.disallowed: set[str] = set()
        self.final_urls: set[str] = set()  # URLs fetched this run, redirect targets included

    def _log_exchange(self, url, status, wfile, rid, error) -> None:
        self.state.log(self.crawler.run_id, self.config.name, url, status, error,
                       _utcnow().isoformat(timespec="seconds"), wfile, rid)

    def run(self) -> None:
        c = self.config
        backfill = completed = False
        try:
            self.crawler.throttle.set_delay(c.base_url, c.delay)
            robots = self._robots()
            if robots is None:
                return
            self.fetcher.robots = robots
            stored = self.state.stored_urls(c.name)
            found: dict[str, Found] = {}
            reached_known = self._incremental(found, stored)
            backfill = self._needs_backfill(stored, reached_known)
            if backfill:
                self._backfill(found, stored, robots)
            if not found and not stored:
                self._degrade("no article URLs discovered (feeds, listings, sitemaps and API gave none matching article_pattern)")
            for url in self.state.pending(c.name):
                found.setdefault(url, Found(url))
            # The query compares dates (one day early, for zones); _young decides exactly.
            for young in self.state.young(c.name, (self.cutoff - timedelta(days=1)).date().isoformat()):
                if self._young(Found(young.url), young.published, young.first_seen):
                    found.setdefault(young.url, Found(young.url, published=young.published))
            for item in found.values():
                if self.stop.is_set():
                    return
                self._article(item)
            if self.parsed and any(n == self.parsed for n in self.missed.values()):
                keys = ", ".join(f"selectors.{k}" for k, n in self.missed.items() if n == self.parsed)
                self._degrade(f"{keys} matched nothing on all {self.parsed} pages; generic extraction used")
            completed = True
        finally:
            self.stats["requests"] = self.fetcher.requests
            self.fetcher.close()
            self.archive.close()
            # A walk cut short (consumer stopped, crash) does not count: the next run walks again.
            self.state.site_run(c.name, self.at, json.dumps(self.stats, ensure_ascii=False), backfill and completed)
            log.info("%s: %s", c.name, self.stats)

    def _degrade(self, why: str) -> None:
        log.warning("%s: degraded: %s", self.config.name, why)
        self.stats["degraded"] = why if not self.stats["degraded"] else f"{self.stats['degraded']}; {why}"

    def _robots(self) -> RobotsPolicy | None:
        url = self.config.url("/robots.txt")
        resp = self.fetcher.get(url, check_robots=False)
        if resp.status is None or (resp.error and 200 <= resp.status < 300):
            policy = RobotsPolicy.from_response(url, None, None, resp.error)
        else:
            policy = RobotsPolicy.from_response(url, resp.status, resp.text if resp.ok else None)
        if policy.reason:
            self._degrade(policy.reason)
            return None
        delay = policy.crawl_delay
        if delay is not None:
            if delay > settings.ROBOTSTXT_MAX_CRAWL_DELAY:
                self._degrade(f"robots.txt asks Crawl-delay {delay:g}s, above ROBOTSTXT_MAX_CRAWL_DELAY "
                              f"{settings.ROBOTSTXT_MAX_CRAWL_DELAY:g}s; not crawling this site this run")
                return None
            if delay > self.config.delay:
                log.info("%s: robots.txt Crawl-delay %gs replaces the configured %gs", self.config.name, delay, self.config.delay)
                self.crawler.throttle.set_delay(self.config.base_url, delay)
        return policy

    def _keep(self, item: Found, found: dict[str, Found]) -> bool:
        """Add an article URL of this site; True when it is an article URL."""
        if not host_allowed(item.url, self.config.hosts) or not self.config.is_article(item.url):
            return False
        if self.fetcher.robots is not None and not self.fetcher.robots.allowed(item.url):
            if item.url not in self.disallowed:
                self.disallowed.add(item.url)
                log.info("%s: %s is disallowed by robots.txt: not fetched", self.config.name, item.url)
            return False
        known = found.get(item.url)
        if known is None:
            found[item.url] = item
        elif (item.published and not known.published) or (item.modified and not known.modified):
            found[item.url] = Found(item.url, known.published or item.published, known.modified or item.modified)
        return True

    def _incremental(self, found: dict[str, Found], stored: set[str]) -> bool:
        """Feeds and listings; True when they reached an article already stored (no gap).

        A source that answers but yields no article URL, or all sources failing, marks the
        site degraded: that is how a changed site shows itself.
        """
        c = self.config
        reached = False
        answered = 0
        for path in c.feeds:
            resp = self.fetcher.get(c.url(path))
            if not resp.ok:
                continue
            answered += 1
            items = [f for f in parse_feed(resp.body, resp.url) if self._keep(f, found)]
            if not items:
                self._degrade(f"feed {path} gave no article URL matching article_pattern")
            reached = reached or any(f.url in stored for f in items)
        for template in c.listings:
            seen: set[str] = set()
            for n in range(1, c.max_pages + 1):
                url = listing_url(c, template, n)
                if url is None or self.stop.is_set():
                    break
                resp = self.fetcher.get(url)
                if not resp.ok:
                    break  # a 404 past the last page is the normal end; other faults are logged
                answered += n == 1
                items = [f for f in parse_listing(resp.text, resp.url, c) if self._keep(f, found)]
                if n == 1 and not items:
                    self._degrade(f"listing {url} has no link matching article_pattern")
                fresh = [f for f in items if f.url not in stored]
                if not items or not fresh or set(f.url for f in items) <= seen:
                    reached = reached or bool(items)
                    break
                seen.update(f.url for f in items)
        if (c.feeds or c.listings) and not answered:
            self._degrade("every feed and first listing page failed")
        return reached

    def _needs_backfill(self, stored: set[str], reached_known: bool) -> bool:
        c = self.config
        if not (c.sitemaps or c.wp_json):
            return False
        if not (c.feeds or c.listings):
            return True  # the backfill sources are the only ones
        last = self.state.last_backfill(c.name)
        if last is None or not stored:
            return True
        if not reached_known:
            log.info("%s: feeds and listings did not reach a stored article: walking sitemaps/API for the gap", c.name)
            return True
        return last < (self.crawler.now - timedelta(days=settings.BACKFILL_REFRESH_DAYS)).isoformat(timespec="seconds")

    def _backfill(self, found: dict[str, Found], stored: set[str], robots: RobotsPolicy) -> None:
        """Sitemaps (nested indexes followed; after the first walk, a child whose ``lastmod`` predates
        the last walk is skipped) and the WordPress API."""
        c = self.config
        since = self._moment(self.state.last_backfill(c.name))
        queue_ = [c.url(p) for p in c.sitemaps]
        queue_ += [u for u in robots.sitemaps if host_allowed(u, c.hosts) and u not in queue_]
        done: set[str] = set()
        while queue_ and len(done) < settings.SITEMAP_MAX_FILES and not self.stop.is_set():
            url = queue_.pop(0)
            if url in done:
                continue
            done.add(url)
            resp = self.fetcher.get(url)
            if not resp.ok:
                continue
            urls, children = parse_sitemap(resp.body, resp.url)
            for f in urls:
                self._keep(f, found)
            for child in children:
                if not host_allowed(child.url, c.hosts) or child.url in done:
                    continue
                changed = self._moment(child.modified)
                if since is not None and changed is not None:
                    bare_date = len(child.modified.strip()) <= 10  # a day: it may have changed late that day
                    if (changed.date() < since.astimezone(changed.tzinfo).date()) if bare_date else changed < since:
                        continue  # unchanged since we last walked it: e.g. last year's monthly sitemap
                queue_.append(child.url)
        if c.wp_json:
            endpoint = c.url(c.wp_json)
            for n in range(1, settings.WPJSON_MAX_PAGES + 1):
                if self.stop.is_set():
                    break
                resp = self.fetcher.get(page_url(endpoint, n))
                if not resp.ok:
                    break  # WordPress answers 400 past the last page
                posts = [f for f in parse_posts(resp.body, resp.url) if self._keep(f, found)]
                pages = total_pages(resp.headers)
                if not posts or (pages is not None and n >= pages):
                    break
                # Posts come newest first: after the first walk, stop at a page with nothing new or edited.
                if since is not None and not any(
                        f.url not in stored or ((m := self._moment(f.modified)) is not None and m > since)
                        for f in posts):
                    break

    def _moment(self, value: str | None) -> datetime | None:
        """An ISO date-time (a bare date as the start of its day) as an aware datetime in the site's zone."""
        if not value:
            return None
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(self.config.timezone))

    def _young(self, item: Found, published: str | None, first_seen: str | None) -> bool:
        """Published (or, undated, first seen) after the cutoff; a bare date counts the whole day."""
        when = published or item.published or first_seen
        moment = self._moment(when)
        if moment is None:
            return False
        if len(when.strip()) <= 10:
            return moment.date() >= self.cutoff.astimezone(moment.tzinfo).date()
        return moment >= self.cutoff

    def _modified_since(self, item: Found, last_fetched: str | None) -> bool:
        """A sitemap ``lastmod`` or API ``modified`` later than our last fetch: an older article was edited."""
        modified, fetched = self._moment(item.modified), self._moment(last_fetched)
        return modified is not None and fetched is not None and modified > fetched

    def _article(self, item: Found) -> None:
        c = self.config
        if item.url in self.final_urls:
            return  # another URL already redirected here this run
        self.final_urls.add(item.url)
        st = self.state.get(c.name, item.url)
        if st is not None and st.done:
            if not (self._young(item, st.published, st.first_seen) or self._modified_since(item, st.last_fetched)):
                return
            resp = self.fetcher.get(item.url, etag=st.etag, last_modified=st.last_modified)
        else:
            resp = self.fetcher.get(item.url)
        common = dict(at=self.at, status=resp.status, etag=resp.headers.get("etag"),
                      last_modified=resp.headers.get("last-modified"), published=None,
                      warc_file=resp.warc_file, warc_record_id=resp.warc_record_id)
        if resp.not_modified:
            self.stats["unchanged"] += 1
            self.state.fetched(c.name, item.url, content_hash=None, pending=False, **common)
            return
        if not resp.ok:
            self.stats["failed"] += 1
            self.state.fetched(c.name, item.url, content_hash=None, pending=False,
                               **{**common, "warc_file": None, "warc_record_id": None})
            return
        key = item.url
        if resp.url != item.url:
            if resp.url in self.final_urls:
                log.info("%s: %s redirects to %s, already fetched this run", c.name, item.url, resp.url)
                return
            self.final_urls.add(resp.url)
            # An article's state lives under the URL that serves it, so a link through a redirect
            # (http://, a short link, ?p=ID) and the direct link stay one article across runs.
            key = resp.url
            st = self.state.get(c.name, key) or st
        try:
            article, missed = parse_capture(self.crawler.data_dir, resp.warc_file, resp.warc_record_id, c)
        except (ParseError, KeyError, ValueError) as e:
            self.stats["failed"] += 1
            log.warning("%s: %s", c.name, e)
            self.state.fetched(c.name, key, content_hash=None, pending=False, **common)
            return
        self.parsed += 1
        for name in missed:
            self.missed[name] = self.missed.get(name, 0) + 1
        h = article.content_hash
        if st is not None and st.stored_hash == h:
            self.stats["unchanged"] += 1
            self.state.fetched(c.name, key, content_hash=h, pending=False, **common)
            if st.url != key:  # stored under the redirecting URL: the served URL holds it now
                self.state.mark_done(c.name, key, h, article.published)
            return
        kind = "updated" if st is not None and st.stored_hash else "new"
        if kind == "updated":
            log.info("%s: %s changed since it was stored: yielding a new version", c.name, key)
        self.state.fetched(c.name, key, content_hash=h, pending=True, **{**common, "published": article.published})
        with self.crawler._lock:
            self.crawler._keys[article.warc_record_id] = (c.name, key)
        self.stats[kind] += 1
        while not self.stop.is_set():
            try:
                self.out.put(article, timeout=0.5)
                return
            except queue.Full:
                continue
