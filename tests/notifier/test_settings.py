"""NotifierSettings refuses what the notifier cannot use, and `tocsin-notifier` says so in one line (exit 2)."""

from pathlib import Path

import pytest
from pydantic import ValidationError

from tocsin_notifier.cli import main
from tocsin_notifier.settings import NotifierSettings
from tocsin_notifier.ssrf import parse_networks


@pytest.fixture(autouse=True)
def _no_dotenv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # settings also read ./.env: keep a developer's file out of these tests


def _refused(command: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main([command]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1, captured.err
    return captured.err


def test_allow_network_that_is_not_a_cidr_is_refused_by_the_cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """NOTIFIER_WEBHOOK_ALLOW_NETWORKS=notacidr stops `api` before it starts, naming the field and the entry."""
    monkeypatch.setenv("NOTIFIER_WEBHOOK_ALLOW_NETWORKS", "127.0.0.0/8,notacidr")
    err = _refused("api", capsys)
    assert err.startswith("tocsin-notifier: invalid NOTIFIER_ settings: webhook_allow_networks:")
    assert "'notacidr'" in err


@pytest.mark.parametrize("spec", ["", "127.0.0.0/8", " 127.0.0.0/8 , ::1/128 ,", "10.1.2.3/8,fd00::/8"])
def test_comma_separated_ipv4_and_ipv6_networks_are_accepted(spec: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The accepted format is unchanged: comma-separated networks, blanks ignored, host bits allowed."""
    monkeypatch.setenv("NOTIFIER_WEBHOOK_ALLOW_NETWORKS", spec)
    settings = NotifierSettings(_env_file=None)
    assert settings.webhook_allow_networks == spec
    assert parse_networks(settings.webhook_allow_networks) == parse_networks(spec)


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("mysql://x", "unsupported database URL scheme 'mysql'"),
        ("sqlite:///x.db", "unsupported database URL scheme 'sqlite'"),
        ("postgresql://tocsin:pw-s3cret@db/tocsin", "unsupported database URL scheme 'postgresql'"),
        ("./tocsin-notifier.db", "not a database URL"),
        ("postgresql+asyncpg://tocsin:pw-s3cret@db:port/tocsin", "not a database URL"),
    ],
)
def test_database_url_without_a_driver_the_notifier_has_is_refused(
    url: str, says: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """NOTIFIER_DATABASE_URL=mysql://x names the supported URL forms, never the URL (it may hold a password)."""
    monkeypatch.setenv("NOTIFIER_DATABASE_URL", url)
    err = _refused("migrate", capsys)
    assert err.startswith("tocsin-notifier: invalid NOTIFIER_ settings: database_url:")
    assert says in err
    assert "sqlite+aiosqlite://" in err
    assert "postgresql+asyncpg://" in err
    assert "pw-s3cret" not in err


@pytest.mark.parametrize(
    "url",
    [
        "sqlite+aiosqlite:///./tocsin-notifier.db",
        "sqlite+aiosqlite:////var/lib/tocsin/notifier.db",
        "sqlite+aiosqlite://",
        "postgresql+asyncpg://tocsin:tocsin@postgres:5432/tocsin",
    ],
)
def test_sqlite_and_postgresql_urls_are_accepted(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The two URL forms database.py connects with pass unchanged."""
    monkeypatch.setenv("NOTIFIER_DATABASE_URL", url)
    assert NotifierSettings(_env_file=None).database_url == url


def test_unknown_kafka_security_protocol_stops_serve_cleanly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`serve` with KAFKA_SECURITY_PROTOCOL=FOO reports the KAFKA_ prefix and the accepted protocols."""
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "FOO")
    err = _refused("serve", capsys)
    assert err.startswith("tocsin-notifier: invalid KAFKA_ settings: security_protocol:")
    assert "SASL_SSL" in err


@pytest.mark.parametrize("blank", ["", "  "])
def test_empty_smtp_credentials_mean_no_login(blank: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """An uncommented `NOTIFIER_SMTP_USERNAME=` is unset, not '' (which aiosmtplib takes as a login request)."""
    monkeypatch.setenv("NOTIFIER_SMTP_USERNAME", blank)
    monkeypatch.setenv("NOTIFIER_SMTP_PASSWORD", blank)
    settings = NotifierSettings(_env_file=None)
    assert (settings.smtp_username, settings.smtp_password) == (None, None)


def test_empty_smtp_credentials_in_dotenv_mean_no_login(tmp_path: Path) -> None:
    """The same from .env, where .env.example's commented lines end up."""
    env_file = tmp_path / "smtp.env"
    env_file.write_text("NOTIFIER_SMTP_USERNAME=\nNOTIFIER_SMTP_PASSWORD=\n")
    settings = NotifierSettings(_env_file=env_file)
    assert (settings.smtp_username, settings.smtp_password) == (None, None)


def test_smtp_credentials_that_are_set_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """A real username and password still reach the SMTP channel."""
    monkeypatch.setenv("NOTIFIER_SMTP_USERNAME", "mailer")
    monkeypatch.setenv("NOTIFIER_SMTP_PASSWORD", "pw")
    settings = NotifierSettings(_env_file=None)
    assert settings.smtp_username == "mailer"
    assert settings.smtp_password is not None
    assert settings.smtp_password.get_secret_value() == "pw"


def test_bad_networks_are_a_validation_error() -> None:
    """Built directly (as app.py's callers do), a bad allow-list fails validation, not later in ssrf."""
    with pytest.raises(ValidationError, match="webhook_allow_networks"):
        NotifierSettings(_env_file=None, webhook_allow_networks="10.0.0.0/33")


@pytest.mark.parametrize(
    "token",
    [
        *("a", "admin", "0123456789abcde", "change-me-admin-token", "CHANGE-ME"),
        *("replace-with-32-random-characters", " " * 20, " k3Jx9QmZ2vR7tLw0aa"),  # .env.example's own, blanks
    ],
)
def test_a_guessable_admin_token_is_refused_at_start(
    token: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`NOTIFIER_ADMIN_TOKEN=a` listed every subscription for a `Bearer a` (nothing slows guesses), and the example
    files' placeholders worked as tokens."""
    monkeypatch.setenv("NOTIFIER_ADMIN_TOKEN", token)
    assert main(["api"]) == 2
    err = capsys.readouterr().err
    assert "invalid NOTIFIER_ settings: admin_token:" in err
    assert len(token) < 6 or token not in err  # never echoed (a short one is in any sentence)


def test_a_long_random_admin_token_and_no_token_are_accepted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NOTIFIER_ADMIN_TOKEN", "k3Jx9QmZ2vR7tLw0")
    assert NotifierSettings().admin_token is not None
    monkeypatch.delenv("NOTIFIER_ADMIN_TOKEN")
    assert NotifierSettings().admin_token is None
