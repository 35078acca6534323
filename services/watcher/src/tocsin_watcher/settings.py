"""The watcher's settings: one pydantic-settings class, env prefix WATCHER_ (lists and dicts as JSON)."""

import datetime as dt
import pathlib
from typing import Annotated

from pydantic import BeforeValidator, Field, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from tocsin_runtime.logging import LogLevel
from tocsin_runtime.settings import ENV_FILE
from tocsin_watcher.feeds.age import DEFAULT_MAX_AGE, MaxAge
from tocsin_watcher.gdelt.lastupdate import DEFAULT_LASTUPDATE_URL
from tocsin_watcher.treaty.milestones import DEFAULT_MARKS
from tocsin_watcher.treaty.sources import DEFAULT_TEMPLATES, DEFAULT_TREATY

MIN_TREATY_INTERVAL = dt.timedelta(minutes=5)
MIN_FEED_INTERVAL = dt.timedelta(minutes=2)
MIN_GDELT_INTERVAL = dt.timedelta(minutes=5)
POLITE_MINIMUMS = {
    "treaty_interval": MIN_TREATY_INTERVAL,
    "feed_interval": MIN_FEED_INTERVAL,
    "gdelt_interval": MIN_GDELT_INTERVAL,
}


def _seconds_as_numbers(value: object) -> object:
    """ "600" or "600.5" (seconds, as .env files write them) -> a number, which pydantic reads as seconds; ISO 8601
    durations ("PT10M") and everything else pass through to pydantic's own parsing."""
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return value
    return value


Interval = Annotated[dt.timedelta, BeforeValidator(_seconds_as_numbers)]
"""A poll interval: an ISO 8601 duration ("PT10M") or a number of seconds ("600")."""


class WatcherSettings(BaseSettings):
    """What to watch, how often, where state lives, and where health is served."""

    model_config = SettingsConfigDict(env_prefix="WATCHER_", env_file=ENV_FILE, extra="ignore")

    treaties: list[str] = Field(default_factory=lambda: [DEFAULT_TREATY], description="MTDSG ids")
    treaty_sources: list[str] = Field(
        default_factory=lambda: list(DEFAULT_TEMPLATES),
        description="URL templates tried in order; {treaty}, {chapter} and {chapter_roman} are filled in",
    )
    feeds: list[str] = Field(default_factory=list, description="RSS / Atom feed URLs")
    feed_countries: dict[str, str] = Field(
        default_factory=dict, description="Feed URL -> ISO alpha-3 country assumed when an item names none"
    )
    state_dir: pathlib.Path = pathlib.Path("var/watcher")
    treaty_interval: Interval = dt.timedelta(minutes=15)
    feed_interval: Interval = dt.timedelta(minutes=10)
    feed_max_age: MaxAge = Field(
        default=DEFAULT_MAX_AGE, description="Feed items published longer ago are remembered, not emitted (none: off)"
    )
    gdelt_enabled: bool = Field(default=False, description="Poll the GDELT 2.0 events export for arrest reports")
    gdelt_lastupdate_url: str = Field(
        default=DEFAULT_LASTUPDATE_URL, description="GDELT 2.0 lastupdate.txt (or an export zip / CSV, a file)"
    )
    gdelt_interval: Interval = dt.timedelta(minutes=15)
    milestone_marks: list[int] = Field(default_factory=lambda: list(DEFAULT_MARKS))
    entry_into_force_threshold: int = Field(default=40, ge=1)
    signature_deadlines: dict[str, dt.date] = Field(
        default_factory=lambda: {DEFAULT_TREATY: dt.date(2026, 12, 31)},
        description="Per treaty: the last day it is open for signature",
    )
    deadline_lead_days: int = Field(default=30, ge=0)
    failure_threshold: int = Field(default=3, ge=1, description="Consecutive failed reads before `failing`")
    http_timeout: float = Field(default=30.0, gt=0)
    http_attempts: int = Field(default=4, ge=1)
    max_response_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    http_host: str = "127.0.0.1"
    http_port: int = Field(default=8081, ge=0, le=65535)
    log_level: LogLevel = "INFO"

    @field_validator("treaty_interval", "feed_interval", "gdelt_interval")
    @classmethod
    def _polite_interval(cls, value: dt.timedelta, info: ValidationInfo) -> dt.timedelta:
        minimum = POLITE_MINIMUMS[str(info.field_name)]
        if value < minimum:
            raise ValueError(f"{info.field_name} below the polite minimum of {minimum}")
        return value
