"""Settings shared by every service: Kafka connection (env prefix KAFKA_), and `load_settings`, which reads any
settings class and turns a bad variable into one line naming it."""

import os
import re
from typing import Literal, TypeVar

from pydantic import Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict, SettingsError

SettingsT = TypeVar("SettingsT", bound=BaseSettings)
# The dotenv file every settings class reads: `.env` in the working directory, or the file TOCSIN_ENV_FILE names
# ("" for none: the test suite sets that, so a developer's .env with other ports does not change what tests see).
ENV_FILE = os.environ.get("TOCSIN_ENV_FILE", ".env") or None
_UNPARSABLE = re.compile(r'error parsing value for field "(?P<field>[^"]+)" from source "(?P<source>[^"]+)"')


class KafkaSettings(BaseSettings):
    """How to reach the Kafka cluster. Defaults match `deploy/kafka/kafka.sh start` on a laptop."""

    model_config = SettingsConfigDict(env_prefix="KAFKA_", env_file=ENV_FILE, extra="ignore")

    bootstrap_servers: str = "127.0.0.1:9092"
    client_id: str = "tocsin"
    # the protocols aiokafka speaks; anything else is refused here rather than when the broker is built
    security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    sasl_mechanism: Literal["PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"] | None = None
    sasl_username: str | None = None
    sasl_password: SecretStr | None = None
    ssl_cafile: str | None = None
    create_topics: bool = True  # services declare the contract topics on start
    replication_factor: int = 1
    # the local broker's port (deploy/kafka/kafka.sh): with no KAFKA_BOOTSTRAP_SERVERS, 127.0.0.1 at this port, for
    # every service and command alike (only scripts/up followed it: the CLI tools talked to 9092, someone else's)
    port: int | None = Field(default=None, ge=1, le=65535)

    @model_validator(mode="after")
    def _bootstrap_follows_port(self) -> "KafkaSettings":
        if self.port is not None and "bootstrap_servers" not in self.model_fields_set:
            self.bootstrap_servers = f"127.0.0.1:{self.port}"
        return self


def load_settings(cls: type[SettingsT]) -> SettingsT:
    """`cls()` read from the environment and .env; any bad variable raises SettingsError with a one-line message,
    'invalid KAFKA_ settings: security_protocol: Input should be ...', naming each field and what is wrong. The
    input is not echoed (it may be a credential); only a validator's own message may quote part of it."""
    prefix = str(cls.model_config.get("env_prefix", ""))
    try:
        return cls()
    except ValidationError as exc:
        problems = "; ".join(
            f"{_where(e['loc']) or cls.__name__}: {e['msg'].removeprefix('Value error, ')}"
            for e in exc.errors(include_input=False)
        )
    except SettingsError as exc:  # a list or dict variable that is not JSON fails before validation
        problems = _unparsable(exc, prefix)
    raise SettingsError(f"invalid {prefix} settings: {problems}") from None


def _where(loc: tuple[int | str, ...]) -> str:
    """The field and the positions inside it; a mapping's keys are input too (a feed URL may hold a token), so a
    key shows as `<key>`."""
    field, *inside = loc
    return ".".join([str(field), *(str(part) if isinstance(part, int) else "<key>" for part in inside)])


def _unparsable(exc: SettingsError, prefix: str) -> str:
    match = _UNPARSABLE.search(str(exc))
    if match is None:
        return str(exc)  # pydantic-settings' own messages name fields and sources, not values
    field = match["field"]
    where = ".env" if match["source"].startswith("DotEnv") else "the environment"
    return f"{field}: {prefix}{field.upper()} in {where} is not valid JSON (lists and dicts are given as JSON)"
