"""The tocsin-notifier command line."""

import sqlite3
from pathlib import Path

import pytest

from tocsin_notifier.cli import main


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    """--help names serve, api and migrate."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert all(command in out for command in ("serve", "api", "migrate"))


def test_migrate_creates_the_schema_and_is_idempotent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`migrate` builds every table on an empty SQLite file; running it again changes nothing."""
    database = tmp_path / "cli.db"
    monkeypatch.setenv("NOTIFIER_DATABASE_URL", f"sqlite+aiosqlite:///{database}")
    assert main(["migrate"]) == 0
    assert main(["migrate"]) == 0
    with sqlite3.connect(database) as conn:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        keys = conn.execute("SELECT COUNT(*) FROM instance_keys").fetchone()[0]
    assert {"subscriptions", "match_keys", "deliveries", "delivery_attempts", "alembic_version"} <= tables
    assert keys == 1


def test_invalid_settings_exit_2(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed NOTIFIER_RETRY_SCHEDULE is reported, not a traceback."""
    monkeypatch.setenv("NOTIFIER_RETRY_SCHEDULE", "soon,later")
    assert main(["api"]) == 2
    assert "retry_schedule" in capsys.readouterr().err


def test_invalid_settings_never_echo_their_values(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Field names and messages are printed; the values, which may be credentials, are not."""
    monkeypatch.setenv("NOTIFIER_SMTP_PASSWORD", "pw-s3cret-smtp")
    monkeypatch.setenv("NOTIFIER_DATABASE_URL", "postgresql+asyncpg://tocsin:pw-s3cret-db@db/tocsin")
    monkeypatch.setenv("NOTIFIER_SMTP_PORT", "pw-s3cret-port")
    monkeypatch.setenv("NOTIFIER_RETRY_SCHEDULE", "0,pw-s3cret-schedule")
    assert main(["api"]) == 2
    captured = capsys.readouterr()
    assert "smtp_port" in captured.err
    assert "retry_schedule" in captured.err
    assert "pw-s3cret" not in captured.out + captured.err


def test_invalid_kafka_settings_never_echo_their_values(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`serve` reports a bad KAFKA_ setting by name without printing what was given."""
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "pw-s3cret-protocol")
    assert main(["serve"]) == 2
    captured = capsys.readouterr()
    assert "security_protocol" in captured.err
    assert "pw-s3cret" not in captured.out + captured.err
