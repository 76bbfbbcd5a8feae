"""Scrapers: polite fetching, discovery, site adapters, WARC archive. They never interpret figures."""
