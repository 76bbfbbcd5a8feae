"""Crawler settings: one flat module, names prefixed by the component that reads them.

Per-site values (delay, time zone, hosts, age of re-checks) live in the site's TOML;
these are the defaults and the limits that protect us from the sites.
"""
from __future__ import annotations

import os

# An honest User-Agent: who we are and where to complain. Operators put their own contact
# in DALEL_USER_AGENT (it must keep the "dalel" token robots.txt groups are matched against).
USER_AGENT = os.environ.get("DALEL_USER_AGENT") or \
    "dalel/0.1 (+https://github.com/dalel-project/dalel; news research; contact via issues)"
# The token robots.txt groups are matched against.
USER_AGENT_TOKEN = "dalel"

# Minimum seconds between two requests to one host (a site's `delay` overrides it).
DELAY = 1.0

# Seconds to wait for a connection and, separately, between bytes of a response.
TIMEOUT_CONNECT = 10.0
TIMEOUT_READ = 30.0

# Largest body we read off the wire, and largest we accept after gzip/deflate decoding;
# beyond either the response is cut, archived as truncated and not parsed.
MAX_BODY = 8 * 1024 * 1024
MAX_DECODED = 16 * 1024 * 1024
# Encodings we can decode safely (bounded output); we advertise only these.
ACCEPT_ENCODING = "gzip, deflate"

# Redirect hops followed for one URL; each hop is checked against the site's hosts.
MAX_REDIRECTS = 5

# Retries for transient failures: connection errors, read errors and these statuses.
RETRY_TOTAL = 3
RETRY_STATUSES = (429, 500, 502, 503, 504)
# Retries after a connection broke before the response (a reset, a server that hung up):
# one, since a stalled server costs a whole read timeout per attempt.
RETRY_READ = 1
# Seconds before the first retry, doubled after each further failure.
RETRY_BACKOFF = 0.5
RETRY_BACKOFF_MAX = 30.0
# Retry-After is honoured up to this many seconds; a longer wait is cut to it.
RETRY_AFTER_MAX = 120.0
# Retries of a body that broke off mid-stream (connection reset after the headers).
RETRY_BODY = 2

# robots.txt: obey it; a Crawl-delay above this means "skip the site this run".
ROBOTSTXT_OBEY = True
ROBOTSTXT_MAX_CRAWL_DELAY = 60.0

# Articles younger than this are re-checked with a conditional GET (site `max_age_days`).
MAX_AGE_DAYS = 7
# Sitemaps and the WordPress API are walked in full on the first run, when the feeds
# and listings show a gap, and at most this often otherwise.
BACKFILL_REFRESH_DAYS = 7
# Listing pages followed per listing (site `max_pages`).
MAX_PAGES = 50
# Pages of the WordPress REST API followed, 100 posts each.
WPJSON_MAX_PAGES = 100
# Sitemaps followed from one sitemap index (nested indexes included).
SITEMAP_MAX_FILES = 200

# WARC files rotate when they pass this size; every run starts new files.
WARC_MAX_SIZE = 256 * 1024 * 1024

# Articles handed from the site threads to the consumer before the threads wait.
CRAWL_QUEUE_SIZE = 32
# Seconds the crawl waits, all threads together, for requests in flight once its consumer
# stops (Ctrl-C, an error): long enough to finish a write, short enough to feel immediate.
CRAWL_STOP_WAIT = 5.0
