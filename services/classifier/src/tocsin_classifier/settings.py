"""The classifier's settings (env prefix CLASSIFIER_); Kafka itself is tocsin_runtime.settings.KafkaSettings."""

from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from tocsin_runtime.logging import LogLevel
from tocsin_runtime.settings import ENV_FILE


class ClassifierSettings(BaseSettings):
    """Built once by `tocsin-classifier run` and passed down; defaults run on a laptop."""

    model_config = SettingsConfigDict(env_prefix="CLASSIFIER_", env_file=ENV_FILE, extra="ignore")

    group_id: str = "tocsin-classifier"
    http_host: str = "127.0.0.1"
    http_port: int = Field(default=8082, ge=0, le=65535)
    log_level: LogLevel = "INFO"
    fetch_max_wait_ms: int = 50
    # A new consumer group starts from the oldest retained event: nothing published before first start is lost.
    auto_offset_reset: Literal["earliest", "latest"] = "earliest"
    status_load_timeout_s: float = 60.0
