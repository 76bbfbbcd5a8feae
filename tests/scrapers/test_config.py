"""Site configs: the shipped TOML files load, and bad files fail naming file and key."""
from __future__ import annotations

import pytest

from scrapers.config import ConfigError, load_site, load_sites, site_from_dict

GOOD = """
name = "example.kz"
base_url = "https://example.kz"
hosts = ["example.kz"]
[discovery]
feeds = ["/feed/"]
listings = ["/zanalyk/page/{n}/"]
article_pattern = '^/\\d{4}/\\d{2}/\\d{2}/[^/]+/$'
[selectors]
title = "h1.entry-title"
"""

# (TOML text, the key the error must name)
BAD_CONFIGS = [
    ('base_url = "https://x.kz"\n[discovery]\nfeeds=["/f"]', "name"),
    ('name = "x"\nbase_url = "ftp://x.kz"\n[discovery]\nfeeds=["/f"]', "base_url"),
    ('name = "x"\nbase_url = "https://x.kz"\nlang = "en"\n[discovery]\nfeeds=["/f"]', "lang"),
    ('name = "x"\nbase_url = "https://x.kz"\ntimezone = "Asia/Nowhere"\n[discovery]\nfeeds=["/f"]', "timezone"),
    ('name = "x"\nbase_url = "https://x.kz"\ndelay = -1\n[discovery]\nfeeds=["/f"]', "delay"),
    ('name = "x"\nbase_url = "https://x.kz"\nallow_private = "yes"\n[discovery]\nfeeds=["/f"]', "allow_private"),
    ('name = "x"\nbase_url = "https://x.kz"\n[discovery]\nfeeds=["/f"]\narticle_pattern = "(["', "discovery.article_pattern"),
    ('name = "x"\nbase_url = "https://x.kz"\n[discovery]\nfeeds=["/f"]\nmax_pages = 0', "discovery.max_pages"),
    ('name = "x"\nbase_url = "https://x.kz"\n[discovery]\nfeeds = "/f"\nrss = ["/r"]', "discovery.rss"),
    ('name = "x"\nbase_url = "https://x.kz"\n[discovery]', "discovery"),
    ('name = "x"\nbase_url = "https://x.kz"\n[discovery]\nfeeds=["/f"]\n[selectors]\nheadline = "h1"', "selectors.headline"),
    ('name = "x"\nbase_url = "https://x.kz"\n[discovery]\nfeeds=["/f"]\n[selectors]\ntitle = "h1[[["', "selectors.title"),
    ('name = "x"\nbase_url = "https://x.kz"\n[discovery]\nfeeds=["/f"]\n[selectors]\nexclude = ".banner,"', "selectors.exclude"),
    ('name = "x"\nbase_url = "https://x.kz"\nsitename = "X"\n[discovery]\nfeeds=["/f"]', "sitename"),
]


def test_shipped_sites_load():
    sites = {s.name: s for s in load_sites()}
    assert {"tolqyn.kz", "egemen.kz", "kazpravda.kz", "tengrinews.kz"} <= set(sites)
    tolqyn = sites["tolqyn.kz"]
    assert tolqyn.allow_private is False and tolqyn.delay >= 1.0
    assert tolqyn.is_article("https://tolqyn.kz/2024/01/24/audan-zhanalyqtary/")
    assert not tolqyn.is_article("https://tolqyn.kz/zanalyk/page/2/")
    assert sites["egemen.kz"].is_article("https://egemen.kz/article/367001-auyl-sharuashylygy")
    assert sites["kazpravda.kz"].lang == "ru"


def test_good_config(tmp_path):
    path = tmp_path / "example.toml"
    path.write_text(GOOD, encoding="utf-8")
    site = load_site(path)
    assert site.hosts == ("example.kz",)
    assert site.url("/feed/") == "https://example.kz/feed/"
    assert site.selectors == {"title": "h1.entry-title"}
    assert site.max_age_days == 7 and site.timezone == "Asia/Almaty"


@pytest.mark.parametrize("text,key", BAD_CONFIGS)
def test_bad_config_names_file_and_key(tmp_path, text, key):
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as e:
        load_site(path)
    message = str(e.value)
    assert str(path) in message and f"'{key}'" in message and "\n" not in message


def test_not_toml(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text('name = "x\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="broken.toml: not valid TOML"):
        load_site(path)


def test_duplicate_site_names(tmp_path):
    for n in ("a", "b"):
        (tmp_path / f"{n}.toml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(ConfigError, match="also defined in"):
        load_sites(tmp_path)


def test_hosts_default_to_base_url():
    site = site_from_dict({"name": "x", "base_url": "http://127.0.0.1:8080", "discovery": {"feeds": ["/f"]}})
    assert site.hosts == ("127.0.0.1:8080",)
