"""WatcherSettings: defaults that run on a laptop, WATCHER_ environment overrides, polite intervals."""

import datetime as dt

import pytest
from pydantic import ValidationError

from tocsin_watcher.jobs import treaty_rules
from tocsin_watcher.settings import WatcherSettings
from tocsin_watcher.treaty.sources import source_urls


def test_defaults_watch_xviii_16_from_the_xml_then_the_html(monkeypatch: pytest.MonkeyPatch) -> None:
    """By default XVIII-16 is read from the MTDSG XML, falling back to the status page, every 15 minutes."""
    monkeypatch.chdir("/")
    settings = WatcherSettings()
    assert settings.treaties == ["XVIII-16"]
    xml, html = source_urls("XVIII-16", settings.treaty_sources)
    assert xml.endswith("/Chapter%20XVIII/XVIII-16.en.xml")
    assert "mtdsg_no=XVIII-16&chapter=18&clang=_en" in html
    assert settings.treaty_interval == dt.timedelta(minutes=15)
    assert (settings.http_host, settings.http_port) == ("127.0.0.1", 8081)
    rules = treaty_rules(settings, "XVIII-16")
    assert rules.milestones.signature_deadline == dt.date(2026, 12, 31)
    assert rules.milestones.marks == (10, 20, 30, 35, 38, 39, 40)
    assert treaty_rules(settings, "IV-4").milestones.signature_deadline is None


def test_environment_overrides_with_the_watcher_prefix(monkeypatch: pytest.MonkeyPatch) -> None:
    """WATCHER_* variables (JSON for lists) override the defaults."""
    monkeypatch.setenv("WATCHER_TREATIES", '["XVIII-16", "IV-4"]')
    monkeypatch.setenv("WATCHER_FAILURE_THRESHOLD", "5")
    monkeypatch.setenv("WATCHER_MILESTONE_MARKS", "[5, 40]")
    settings = WatcherSettings()
    assert settings.treaties == ["XVIII-16", "IV-4"]
    assert settings.failure_threshold == 5
    assert treaty_rules(settings, "XVIII-16").milestones.marks == (5, 40)


@pytest.mark.parametrize(
    ("field", "value", "seconds"),
    [
        ("treaty_interval", "600", 600),
        ("feed_interval", "300.5", 300.5),
        ("gdelt_interval", " 900 ", 900),
        ("treaty_interval", "PT20M", 1200),
    ],
)
def test_intervals_are_iso_8601_durations_or_seconds(
    monkeypatch: pytest.MonkeyPatch, field: str, value: str, seconds: float
) -> None:
    """As .env.example says: "PT20M" or a number of seconds ("600"), as .env files write them."""
    monkeypatch.setenv(f"WATCHER_{field.upper()}", value)
    assert getattr(WatcherSettings(), field) == dt.timedelta(seconds=seconds)


@pytest.mark.parametrize(
    ("field", "value"), [("treaty_interval", "PT1M"), ("feed_interval", "PT30S"), ("feed_interval", "30")]
)
def test_impolite_poll_intervals_are_refused(monkeypatch: pytest.MonkeyPatch, field: str, value: str) -> None:
    """Intervals below the polite minimums are a settings error, not a hammering."""
    monkeypatch.setenv(f"WATCHER_{field.upper()}", value)
    with pytest.raises(ValidationError, match="polite minimum"):
        WatcherSettings()


def test_feed_max_age_defaults_to_a_week_and_none_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """WATCHER_FEED_MAX_AGE is an ISO 8601 duration (default P7D); `none` disables the cutoff; P0D is refused."""
    monkeypatch.chdir("/")
    assert WatcherSettings().feed_max_age == dt.timedelta(days=7)
    monkeypatch.setenv("WATCHER_FEED_MAX_AGE", "PT36H")
    assert WatcherSettings().feed_max_age == dt.timedelta(hours=36)
    monkeypatch.setenv("WATCHER_FEED_MAX_AGE", "none")
    assert WatcherSettings().feed_max_age is None
    monkeypatch.setenv("WATCHER_FEED_MAX_AGE", "P0D")
    with pytest.raises(ValidationError, match="feed_max_age"):
        WatcherSettings()
