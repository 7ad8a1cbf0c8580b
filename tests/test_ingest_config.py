"""The settings for feeds, pages and URLs: read from file and environment, checked, handed to ingest;
and a run whose feeds only hold old news says so in one line."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bulletin.config import load_config
from bulletin.errors import ConfigError
from bulletin.ingest import options_from
from tests.test_cli import HOUR, one_error_line, run


def test_file_and_environment_reach_the_feed_and_fetch_options(tmp_path):
    path = tmp_path / "bulletin.toml"
    path.write_text('max_age_hours = 6\nmax_per_feed = 3\nfollow_links = true\nfetch_timeout = 4\n'
                    'max_fetch_bytes = 200000\nuser_agent = "Radio Beispiel News"\n'
                    'allowed_hosts = ["example.org"]\n', encoding="utf-8")
    config, warnings = load_config(path, environ={"BULLETIN_FOLLOW_LINKS": "no", "BULLETIN_MAX_PER_FEED": "2"})
    assert warnings == []
    options = options_from(config, datetime(2026, 11, 27, 13, tzinfo=UTC))
    assert (options.max_age_hours, options.max_per_feed, options.follow_links) == (6.0, 2, False)
    assert options.fetch.timeout == 4.0 and options.fetch.max_bytes == 200_000
    assert options.fetch.user_agent == "Radio Beispiel News" and options.fetch.allowed_hosts == ("example.org",)


def test_the_default_user_agent_names_the_tool():
    config, _ = load_config(environ={})
    assert options_from(config, datetime.now(UTC)).fetch.user_agent.startswith("bulletin/")


@pytest.mark.parametrize(("text", "key"), [
    ('follow_links = "ja"', "follow_links"), ("max_per_feed = 0", "max_per_feed"),
    ("max_age_hours = -1", "max_age_hours"), ("fetch_timeout = 0", "fetch_timeout"),
    ("max_fetch_bytes = 10", "max_fetch_bytes"), ('allowed_hosts = "example.org"', "allowed_hosts"),
])
def test_invalid_values_name_the_key(tmp_path, text, key):
    path = tmp_path / "bulletin.toml"
    path.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=key):
        load_config(path, environ={})


def test_a_bad_boolean_in_the_environment_names_the_variable():
    with pytest.raises(ConfigError, match="BULLETIN_FOLLOW_LINKS"):
        load_config(environ={"BULLETIN_FOLLOW_LINKS": "vielleicht"})


def test_only_old_news_in_the_feeds_is_one_clear_line(tmp_path):
    feed = tmp_path / "alt.xml"
    feed.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Altfeed</title><item>'
                    "<title>Alte Meldung</title><description>Text.</description>"
                    "<pubDate>Mon, 02 Nov 2026 08:00:00 +0100</pubDate></item></channel></rss>", encoding="utf-8")
    done = run("-i", str(feed), "-o", str(tmp_path / "out"), "--script-only", "--hour", HOUR)
    line = one_error_line(done.stderr)
    assert done.returncode == 1 and "1 feed entry left out" in line and "older than max_age_hours (24 h)" in line
