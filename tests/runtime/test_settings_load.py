"""load_settings: any settings class from the environment, or one SettingsError line naming each bad variable."""

from pathlib import Path

import pytest
from pydantic_settings import SettingsError

from tocsin_runtime.settings import KafkaSettings, load_settings
from tocsin_watcher.settings import WatcherSettings


@pytest.fixture(autouse=True)
def _no_dotenv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # settings also read ./.env: keep a developer's file out of these tests
    for name in ("KAFKA_SECURITY_PROTOCOL", "KAFKA_REPLICATION_FACTOR", "WATCHER_FEEDS", "WATCHER_HTTP_PORT"):
        monkeypatch.delenv(name, raising=False)


def test_valid_environment_gives_the_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """A good environment is read as `cls()` would read it."""
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
    assert load_settings(KafkaSettings).security_protocol == "SASL_SSL"


@pytest.mark.parametrize("protocol", ["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"])
def test_every_protocol_aiokafka_speaks_is_accepted(protocol: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """KAFKA_SECURITY_PROTOCOL takes exactly aiokafka's four protocols."""
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", protocol)
    assert load_settings(KafkaSettings).security_protocol == protocol


@pytest.mark.parametrize("protocol", ["FOO", "plaintext", "SASL"])
def test_other_protocols_are_refused_with_the_accepted_list(protocol: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Anything else is a one-line SettingsError naming the field and the four protocols, not the value."""
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", protocol)
    with pytest.raises(SettingsError) as info:
        load_settings(KafkaSettings)
    message = str(info.value)
    assert message.startswith("invalid KAFKA_ settings: security_protocol: ")
    assert all(p in message for p in ("'PLAINTEXT'", "'SSL'", "'SASL_PLAINTEXT'", "'SASL_SSL'"))
    assert f"'{protocol}'" not in message
    assert "\n" not in message


def test_every_problem_is_listed_on_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two bad variables give two '; '-separated problems, each named by field."""
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "FOO")
    monkeypatch.setenv("KAFKA_REPLICATION_FACTOR", "pw-s3cret")
    with pytest.raises(SettingsError) as info:
        load_settings(KafkaSettings)
    message = str(info.value)
    assert "security_protocol: " in message
    assert "; replication_factor: " in message
    assert "pw-s3cret" not in message
    assert "\n" not in message


def test_a_list_that_is_not_json_names_its_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    """WATCHER_FEEDS=notjson fails in pydantic-settings' JSON step; the message still names WATCHER_FEEDS."""
    monkeypatch.setenv("WATCHER_FEEDS", "notjson")
    with pytest.raises(SettingsError) as info:
        load_settings(WatcherSettings)
    assert str(info.value) == (
        "invalid WATCHER_ settings: feeds: WATCHER_FEEDS in the environment is not valid JSON "
        "(lists and dicts are given as JSON)"
    )


def test_value_error_prefix_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages from validators read as plain sentences, without pydantic's 'Value error, ' prefix."""
    monkeypatch.setenv("WATCHER_FEED_INTERVAL", "PT30S")
    with pytest.raises(SettingsError, match=r"^invalid WATCHER_ settings: feed_interval: feed_interval below"):
        load_settings(WatcherSettings)


def test_a_mapping_key_is_never_echoed(monkeypatch: pytest.MonkeyPatch) -> None:
    """WATCHER_FEED_COUNTRIES is keyed by feed URL, and a URL may carry a token: the bad entry shows as <key>."""
    monkeypatch.setenv("WATCHER_FEED_COUNTRIES", '{"https://user:s3cr3t@example.org/feed?key=APIKEY": 5}')
    with pytest.raises(SettingsError) as info:
        load_settings(WatcherSettings)
    message = str(info.value)
    assert "feed_countries.<key>: " in message
    assert "s3cr3t" not in message
    assert "APIKEY" not in message
