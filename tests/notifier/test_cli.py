"""The tocsin-notifier command line."""

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.notifier.fakes import free_port
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


def _run_cli(command: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tocsin_notifier.cli", command],
        env={**os.environ, "NOTIFIER_INBOUND_SMTP_PORT": "0", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _one_failure(done: subprocess.CompletedProcess[str]) -> str:
    """The run's only output line: a `notifier_start_failed` JSON record; returns its reason."""
    assert done.returncode == 1, done.stdout + done.stderr
    lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
    assert len(lines) == 1, lines  # no traceback
    record = json.loads(lines[0])
    assert record["event"] == "notifier_start_failed"
    return str(record["reason"])


@pytest.mark.parametrize("command", ["migrate", "api"])
def test_a_database_that_does_not_answer_is_one_line_naming_it_without_its_password(command: str) -> None:
    url = f"postgresql+asyncpg://tocsin:pw-s3cret@127.0.0.1:{free_port()}/tocsin"  # nothing listens there
    done = _run_cli(command, {"NOTIFIER_DATABASE_URL": url})
    reason = _one_failure(done)
    assert "cannot be reached or migrated" in reason
    assert "tocsin:***@127.0.0.1" in reason
    assert "pw-s3cret" not in done.stdout + done.stderr


@pytest.mark.parametrize(
    ("command", "variable", "named"),
    [
        ("api", "NOTIFIER_HTTP_PORT", "NOTIFIER_HTTP_HOST/PORT"),
        ("serve", "NOTIFIER_HTTP_PORT", "NOTIFIER_HTTP_HOST/PORT"),
        ("api", "NOTIFIER_INBOUND_SMTP_PORT", "NOTIFIER_INBOUND_SMTP_PORT"),
    ],
)
def test_a_port_already_taken_stops_the_start_with_one_line(
    command: str, variable: str, named: str, tmp_path: Path
) -> None:
    """`serve` used to run on without its API (and its health checks) when the HTTP port was taken."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {
            "NOTIFIER_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'n.db'}",
            "NOTIFIER_HTTP_PORT": str(free_port()),
            "NOTIFIER_UNSUBSCRIBE_MAILBOX": "unsubscribe@tocsin.example",
            "NOTIFIER_INBOUND_SMTP_PORT": str(free_port()),
            "KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{free_port()}",
            variable: str(port),
        }
        reason = _one_failure(_run_cli(command, env))
    assert f"127.0.0.1:{port} ({named})" in reason
    assert "in use" in reason


@pytest.mark.parametrize(("trusted", "expected"), [("", [201, 201, 429]), ("127.0.0.1", [201, 201, 201])])
def test_a_client_chooses_its_rate_limit_key_only_through_a_proxy_named_as_trusted(
    trusted: str, expected: list[int], tmp_path: Path
) -> None:
    """uvicorn believed any X-Forwarded-For sent from 127.0.0.1, so a client there (or through a same-host proxy
    passing the header on) escaped the creation limit by naming a new address each time."""
    port = free_port()
    env = {
        **os.environ,
        "NOTIFIER_INBOUND_SMTP_PORT": "0",
        "NOTIFIER_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'n.db'}",
        "NOTIFIER_HTTP_PORT": str(port),
        "NOTIFIER_CREATE_RATE_LIMIT": "2",
        "NOTIFIER_FORWARDED_ALLOW_IPS": trusted,
    }
    api = subprocess.Popen([sys.executable, "-m", "tocsin_notifier.cli", "api"], env=env, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_until_listening(f"{base}/healthz", api)
        codes = [
            httpx.post(
                f"{base}/v1/subscriptions",
                json={"channel": "webhook", "target": "https://example.org/hook"},
                headers={"X-Forwarded-For": f"203.0.113.{n}"},
            ).status_code
            for n in range(3)
        ]
    finally:
        api.terminate()
        api.wait(timeout=30)
    assert codes == expected


def _wait_until_listening(url: str, process: subprocess.Popen[bytes]) -> None:
    for _ in range(300):
        assert process.poll() is None, "the API exited"
        try:
            if httpx.get(url).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{url} never answered")
