"""The notifier's settings: one pydantic-settings class, env prefix NOTIFIER_, built once in app.py."""

import datetime as dt
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from tocsin_notifier.ssrf import parse_networks
from tocsin_notifier.unsubscribe_mail import check_mailbox, mailbox_for_sender
from tocsin_runtime.logging import LogLevel
from tocsin_runtime.settings import ENV_FILE

DEFAULT_RETRY_SCHEDULE = "0,5,300,1800,7200,18000,36000,36000"
# The async drivers the notifier ships with (see database.py); any other URL fails with a clear message.
DATABASE_DRIVERS = ("sqlite+aiosqlite", "postgresql+asyncpg")
DATABASE_URL_FORMS = "sqlite+aiosqlite:///path/to/file.db or postgresql+asyncpg://user:password@host/database"


MIN_ADMIN_TOKEN = 16  # characters of NOTIFIER_ADMIN_TOKEN at least


class NotifierSettings(BaseSettings):
    """Everything the notifier reads from the environment; defaults run on a laptop."""

    model_config = SettingsConfigDict(env_prefix="NOTIFIER_", env_file=ENV_FILE, extra="ignore")

    database_url: str = "sqlite+aiosqlite:///./tocsin-notifier.db"
    admin_token: SecretStr | None = None
    http_host: str = "127.0.0.1"
    http_port: int = Field(default=8083, ge=0, le=65535)
    public_url: str = "http://127.0.0.1:8083"
    webhook_allow_networks: str = Field(
        default="", description="Comma-separated IPv4 / IPv6 networks (CIDR) exempt from the SSRF guard"
    )
    webhook_timeout: float = Field(default=15.0, gt=0)
    smtp_host: str = "127.0.0.1"
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = False
    smtp_tls: bool = False
    smtp_sender: str = "Tocsin <alerts@localhost>"
    inbound_smtp_host: str = "127.0.0.1"
    inbound_smtp_port: int = Field(
        default=2525, ge=0, le=65535, description="SMTP port of the unsubscribe mailbox; 0 disables it (and its mailto)"
    )
    unsubscribe_mailbox: str | None = Field(
        default=None,
        description="List-Unsubscribe mailto address; unset: unsubscribe@ the sender's domain (none for localhost)",
    )
    retry_schedule: str = Field(default=DEFAULT_RETRY_SCHEDULE, description="Seconds, comma-separated")
    disable_after_days: float = Field(default=5, gt=0)
    group_id: str = "tocsin-notifier"
    start_from: Literal["earliest", "latest"] = Field(
        default="earliest", description="Where a new consumer group starts reading (earliest loses nothing)"
    )
    worker_poll_interval: float = Field(default=1.0, gt=0)
    worker_batch_size: int = Field(default=32, ge=1)
    worker_concurrency: int = Field(default=8, ge=1)
    worker_lease_seconds: float = Field(
        default=60.0,
        ge=3.0,
        description=(
            "A delivery's claim: renewed every third of it while the send lasts, so a crashed worker's deliveries "
            "(and the subscriptions behind them) are free again this long after the crash"
        ),
    )
    history_days: int = Field(
        default=100,
        ge=91,
        description=(
            "Days a settled delivery (with its attempts and the alert it carried) and a sent mail are kept, and an "
            "unsubscribed subscription with its address; at least 91: a replayed alert (the alerts topic keeps 90 "
            "days) must still find its delivery, to deliver nothing twice"
        ),
    )
    create_rate_limit: int = Field(
        default=10, ge=1, description="Creation requests per client per window (refused ones count too)"
    )
    create_rate_window: float = Field(default=60.0, gt=0, description="Seconds")
    max_body_bytes: int = Field(default=16_384, ge=256)
    forwarded_allow_ips: str = Field(
        default="",
        description=(
            "Addresses or CIDRs of reverse proxies whose X-Forwarded-For is believed (comma-separated); empty: none, "
            "every client is its peer address"
        ),
    )
    log_level: LogLevel = "INFO"

    @field_validator("database_url")
    @classmethod
    def _database_is_supported(cls, value: str) -> str:
        check_database_url(value)
        return value

    @field_validator("admin_token")
    @classmethod
    def _admin_token_is_strong(cls, value: SecretStr | None) -> SecretStr | None:
        # "a" was accepted, and nothing slows repeated guesses: a token must be too long to guess
        if value is None:
            return None
        token = value.get_secret_value()
        if token != token.strip():
            raise ValueError("has leading or trailing spaces (copied by mistake?)")
        if len(token) < MIN_ADMIN_TOKEN:
            raise ValueError(
                f"must be at least {MIN_ADMIN_TOKEN} characters (e.g. `python3 -c 'import secrets; "
                "print(secrets.token_urlsafe(32))'`), or unset to turn the admin API off"
            )
        if token.lower().startswith(("change-me", "replace-with", "changeme", "your-")):
            raise ValueError("is the placeholder of an example file: set a random token of your own")
        return value

    @field_validator("webhook_allow_networks")
    @classmethod
    def _networks_parse(cls, value: str) -> str:
        parse_networks(value)  # the ValueError names the entry that is not a network
        return value

    @field_validator("smtp_username", "smtp_password", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        # `NOTIFIER_SMTP_USERNAME=` would otherwise ask aiosmtplib to log in with an empty name
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("retry_schedule")
    @classmethod
    def _schedule_is_numbers(cls, value: str) -> str:
        parse_schedule(value)
        return value

    @field_validator("unsubscribe_mailbox")
    @classmethod
    def _mailbox_is_plain(cls, value: str | None) -> str | None:
        return None if not value else check_mailbox(value)

    @property
    def unsubscribe_address(self) -> str | None:
        """The mailbox emails advertise in List-Unsubscribe, or None when no inbound endpoint reads it (port 0, or
        no mailbox set and a sender domain that receives no mail from outside, such as localhost)."""
        if not self.inbound_smtp_port:
            return None
        return self.unsubscribe_mailbox or mailbox_for_sender(self.smtp_sender)

    @property
    def schedule(self) -> tuple[dt.timedelta, ...]:
        """The retry schedule as timedeltas (first entry = delay before the first attempt)."""
        return parse_schedule(self.retry_schedule)


def check_database_url(url: str) -> None:
    """Raise ValueError unless `url` is a SQLite or PostgreSQL URL with the async driver the notifier has.

    The message never repeats the URL: it may hold a password.
    """
    try:
        driver = make_url(url).drivername
    except (ArgumentError, ValueError):
        raise ValueError(f"not a database URL; use {DATABASE_URL_FORMS}") from None
    if driver not in DATABASE_DRIVERS:
        raise ValueError(f"unsupported database URL scheme {driver!r}; use {DATABASE_URL_FORMS}")


def parse_schedule(spec: str) -> tuple[dt.timedelta, ...]:
    """'0,5,300' -> (0 s, 5 s, 5 min); raises ValueError on anything but non-negative numbers."""
    parts = [p.strip() for p in spec.split(",") if p.strip()]
    if not parts:
        raise ValueError("retry schedule is empty")
    try:
        seconds = [float(p) for p in parts]
    except ValueError:
        raise ValueError("retry schedule entries must be numbers of seconds") from None  # not echoing the value
    if any(s < 0 for s in seconds):
        raise ValueError("retry schedule has a negative delay")
    return tuple(dt.timedelta(seconds=s) for s in seconds)
