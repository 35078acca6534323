""".env.example tells the truth: a line shows the setting's default unless its comment marks it as an example."""

import re
from pathlib import Path

import pytest
from pydantic import ValidationError
from pydantic_settings import BaseSettings

from tocsin_classifier.settings import ClassifierSettings
from tocsin_notifier.settings import NotifierSettings
from tocsin_runtime.settings import KafkaSettings
from tocsin_watcher.settings import WatcherSettings

PLACEHOLDERS = {"NOTIFIER_ADMIN_TOKEN"}  # .env.example shows "replace-with-…": a token everyone could read
ENV_EXAMPLE = Path(__file__).resolve().parents[2] / ".env.example"
CLASSES: tuple[type[BaseSettings], ...] = (KafkaSettings, WatcherSettings, ClassifierSettings, NotifierSettings)
LINE = re.compile(r"^#?\s*(?P<name>[A-Z][A-Z0-9_]+)=(?P<rest>.*)$")


def _lines() -> list[tuple[str, str]]:
    return [(m["name"], m["rest"]) for m in map(LINE.match, ENV_EXAMPLE.read_text().splitlines()) if m]


def _owner(name: str) -> tuple[type[BaseSettings], str]:
    for cls in CLASSES:
        prefix = str(cls.model_config.get("env_prefix", ""))
        field = name.removeprefix(prefix).lower()
        if name.startswith(prefix) and field in cls.model_fields:
            return cls, field
    raise AssertionError(f"{name} is read by no settings class")


def _is_example(rest: str) -> bool:
    comment = re.search(r"\s#\s*(.*)$", rest)
    return comment is not None and comment.group(1).startswith("example")


@pytest.mark.parametrize(("name", "rest"), _lines(), ids=[name for name, _ in _lines()])
def test_each_line_shows_the_default_or_says_it_is_an_example(
    name: str, rest: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'Lines left commented keep the default': the value shown is the default, or marked as an example."""
    cls, field = _owner(name)
    for other in (n for n, _ in _lines()):
        monkeypatch.delenv(other, raising=False)
    env_file = tmp_path / ".env"
    env_file.write_text(f"{name}={rest}\n")
    if name in PLACEHOLDERS:  # an example that must be replaced: the start refuses it as it stands
        with pytest.raises(ValidationError, match="placeholder"):
            cls(_env_file=env_file)
        return
    shown = cls(_env_file=env_file).model_dump()[field]
    default = cls(_env_file=None).model_dump()[field]
    if _is_example(rest):
        assert default in (None, "", [], {}), f"{name} is marked as an example, yet has a default: {default!r}"
        assert shown != default, f"{name} is marked as an example but shows the default"
    else:
        assert shown == default, f"{name} shows {shown!r}, but the default is {default!r}: mark it as an example"


def test_the_test_suite_reads_no_developers_dotenv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's .env moving a port (as the docs tell operators to) failed tests that expect the defaults: the
    suite sets TOCSIN_ENV_FILE to "" (tests/conftest.py), and no settings class reads a .env then."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("WATCHER_HTTP_PORT=18381\nKAFKA_BOOTSTRAP_SERVERS=127.0.0.1:1\n")
    monkeypatch.delenv("WATCHER_HTTP_PORT", raising=False)
    monkeypatch.delenv("KAFKA_BOOTSTRAP_SERVERS", raising=False)
    assert WatcherSettings().http_port == 8081
    assert KafkaSettings().bootstrap_servers == "127.0.0.1:9092"


def test_kafka_port_alone_moves_every_client_to_the_local_broker(monkeypatch: pytest.MonkeyPatch) -> None:
    """With only KAFKA_PORT in .env, scripts/up's broker moved but the CLI tools (admin, the watcher's one-shot
    reads) still talked to 127.0.0.1:9092 — someone else's broker, if any. An explicit bootstrap list still wins."""
    monkeypatch.delenv("KAFKA_BOOTSTRAP_SERVERS", raising=False)
    monkeypatch.setenv("KAFKA_PORT", "19492")
    assert KafkaSettings().bootstrap_servers == "127.0.0.1:19492"
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092")
    assert KafkaSettings().bootstrap_servers == "kafka-1:9092,kafka-2:9092"
