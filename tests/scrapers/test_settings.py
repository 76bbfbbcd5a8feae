"""Settings: an honest User-Agent, limits that make sense together."""
from __future__ import annotations

import importlib
import re

from scrapers import settings


def test_user_agent_names_us_and_a_contact():
    assert settings.USER_AGENT.lower().startswith(settings.USER_AGENT_TOKEN + "/")
    assert re.search(r"\+(https?://|mailto:)\S+", settings.USER_AGENT)


def test_operator_contact_from_environment(monkeypatch):
    monkeypatch.setenv("DALEL_USER_AGENT", "dalel/0.1 (+mailto:newsroom@example.kz)")
    try:
        assert importlib.reload(settings).USER_AGENT == "dalel/0.1 (+mailto:newsroom@example.kz)"
    finally:
        monkeypatch.delenv("DALEL_USER_AGENT")
        importlib.reload(settings)


def test_limits_are_consistent():
    assert settings.MAX_DECODED >= settings.MAX_BODY > 0
    assert settings.DELAY >= 1.0  # the default politeness
    assert settings.MAX_AGE_DAYS == 7
    assert set(settings.RETRY_STATUSES) >= {429, 503}
    assert settings.ACCEPT_ENCODING == "gzip, deflate"  # only codings decoded with a bound
