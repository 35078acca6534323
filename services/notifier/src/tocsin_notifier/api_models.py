"""Request and response bodies of the HTTP API (they are the OpenAPI schema), and the strict JSON they arrive in."""

import datetime as dt
import json
import math
from typing import Any, Literal

import pycountry
from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator

from tocsin_notifier.i18n import Language
from tocsin_notifier.models import Delivery, DeliveryAttempt, Subscription
from tocsin_notifier.routing import Filters
from tocsin_notifier.subscription import FilterChanges
from tocsin_schemas.events import CountryCode, Severity, Tag

WatcherType = Literal[
    "tocsin.treaty.action", "tocsin.treaty.milestone", "tocsin.arrest.reported", "tocsin.source.health"
]
Digest = Literal["immediate", "hourly", "daily"]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FiltersIn(_In):
    """What to receive; an empty list means any."""

    countries: list[CountryCode] = Field(default_factory=list, max_length=250, examples=[["VNM", "PAK"]])
    event_types: list[WatcherType] = Field(default_factory=list, max_length=4)
    tags: list[Tag] = Field(default_factory=list, max_length=9, examples=[["press-freedom"]])
    min_severity: Severity = "info"

    @field_validator("countries", mode="before")
    @classmethod
    def _spelled_as_alpha_3(cls, value: Any) -> Any:
        """'vnm' is read as VNM; 'VN', 'Viet Nam' or 'vietnam' are refused naming the code meant ("VNM"), instead
        of a bare pattern error."""
        if not isinstance(value, list):
            return value
        codes, meant = [], []
        for item in value:
            if not isinstance(item, str):
                codes.append(item)
                continue
            code = item.strip().upper()
            if len(code) == 3 and code.isascii() and pycountry.countries.get(alpha_3=code) is not None:
                codes.append(code)
            elif code in ("EU", "EUR", "EUROPEAN UNION"):
                meant.append(f"{item!r} (the European Union is no country: its treaty actions reach every filter)")
            elif (hint := _alpha_3_meant(item)) is not None:
                meant.append(f"{item!r} (use {hint})")
            else:
                codes.append(item)  # the pattern and the list of codes refuse it below
        if meant:
            raise ValueError(f"countries are ISO 3166-1 alpha-3 codes: {', '.join(meant)}")
        return codes

    @field_validator("countries")
    @classmethod
    def _iso_3166_alpha_3(cls, codes: list[str]) -> list[str]:
        unknown = [code for code in codes if pycountry.countries.get(alpha_3=code) is None]
        if unknown:
            raise ValueError(f"not ISO 3166-1 alpha-3 country codes: {', '.join(unknown)}")
        return codes

    def to_filters(self) -> Filters:
        return Filters(frozenset(self.countries), frozenset(self.event_types), frozenset(self.tags), self.min_severity)

    def changed(self) -> FilterChanges:
        """Only the fields the request named (a PATCH merges them into the stored filters)."""
        given, changes = self.model_fields_set, FilterChanges()
        if "countries" in given:
            changes["countries"] = frozenset(self.countries)
        if "event_types" in given:
            changes["event_types"] = frozenset(self.event_types)
        if "tags" in given:
            changes["tags"] = frozenset(self.tags)
        if "min_severity" in given:
            changes["min_severity"] = self.min_severity
        return changes


def _alpha_3_meant(text: str) -> str | None:
    """The alpha-3 code of a country named by its alpha-2 code or its name (any case), else None."""
    try:
        return str(pycountry.countries.lookup(text.strip()).alpha_3)
    except LookupError:
        return None


class SubscriptionCreate(_In):
    """POST /v1/subscriptions."""

    channel: Literal["webhook", "email"]
    target: str = Field(
        min_length=3,
        max_length=2048,
        description="webhook URL (https; plain http is accepted but carries alerts unencrypted) or email address",
    )
    filters: FiltersIn = Field(default_factory=FiltersIn)
    digest: Digest = Field(default="immediate", description="hourly and daily apply to email only")
    discreet: StrictBool = Field(
        default=False,
        description="email only: alert mails' subjects say only 'Tocsin: N new alerts', never a country, severity or "
        "headline (a subject shows on a lock screen and to the mail provider even when the body is encrypted)",
    )
    language: Language = Field(
        default="en",
        description="email only: the language of Tocsin's own words in the mails and the pages they link to (en, es, "
        "fr, vi); reports' titles and summaries stay as written, the classifier's reading is in English",
    )
    contact_email: str | None = Field(
        default=None,
        max_length=320,
        description="webhooks only: told if the webhook is disabled, once it confirms (a mail asks)",
    )


class SubscriptionPatch(_In):
    """PATCH /v1/subscriptions/{id}: fields left out do not change, inside `filters` too."""

    filters: FiltersIn | None = None
    digest: Digest | None = None
    discreet: StrictBool | None = None
    language: Language | None = None
    contact_email: str | None = Field(default=None, max_length=320)
    status: Literal["active"] | None = Field(default=None, description="re-enable a disabled subscription")


class SubscriptionOut(BaseModel):
    id: str
    channel: str
    target: str
    status: str
    filters: FiltersIn
    digest: str
    discreet: bool
    language: str
    contact_email: str | None
    contact_confirmed: bool = Field(description="Notices go to the contact address only once its owner confirmed it")
    created_at: dt.datetime
    updated_at: dt.datetime
    disabled_reason: str | None

    @classmethod
    def of(cls, sub: Subscription) -> "SubscriptionOut":
        return cls(
            id=sub.id,
            channel=sub.channel,
            target=sub.target,
            status=sub.status,
            filters=FiltersIn.model_validate({**sub.filters, "min_severity": sub.min_severity}),
            digest=sub.digest,
            discreet=sub.discreet,
            language=sub.language,
            contact_email=sub.contact_email,
            contact_confirmed=sub.contact_confirmed_at is not None,
            created_at=sub.created_at,
            updated_at=sub.updated_at,
            disabled_reason=sub.disabled_reason,
        )


class SubscriptionCreated(SubscriptionOut):
    manage_token: str = Field(description="Bearer token for this subscription; shown once")
    secret: str | None = Field(description="Webhook signing secret (whsec_...); shown once")


class SubscriptionPage(BaseModel):
    items: list[SubscriptionOut]
    total: int


class SecretRotation(_In):
    revoke_previous: StrictBool = Field(
        default=False, description="End the replaced secret now instead of in 24 h (for a leaked secret)"
    )


class SecretRotated(BaseModel):
    secret: str = Field(description="The new signing secret; the one it replaces stays valid for 24 h")
    previous_valid_until: dt.datetime = Field(
        description="When the replaced secret stops signing (now with revoke_previous); older ones already have"
    )


class ConfirmationQueued(BaseModel):
    """The confirmation mail is queued and retried until the SMTP relay accepts it."""

    subscription_id: str
    status: Literal["queued"] = "queued"


class Redelivery(_In):
    since: dt.datetime | None = Field(
        default=None,
        description="Only deliveries created at or after this time (RFC 3339, with its offset); all when absent",
    )

    @field_validator("since")
    @classmethod
    def _with_offset(cls, value: dt.datetime | None) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("give the time with its offset, e.g. 2026-11-29T06:00:00Z")
        return value


class Redelivered(BaseModel):
    reopened: int = Field(description="Deliveries given up for good that will be tried once more, now")
    more: bool = Field(description="True when the batch was full: send the request again for the rest")


class TestSent(BaseModel):
    ok: bool
    http_status: int | None
    error: str | None


class AttemptOut(BaseModel):
    attempt: int
    at: dt.datetime
    outcome: str
    http_status: int | None
    error: str | None


class DeliveryOut(BaseModel):
    id: str = Field(description="Also the webhook-id header")
    alert_id: str
    subscription_id: str
    channel: str
    status: str
    attempts: int
    next_attempt_at: dt.datetime | None
    last_http_status: int | None
    last_error: str | None
    digest_bucket: str | None
    created_at: dt.datetime
    delivered_at: dt.datetime | None
    history: list[AttemptOut]

    @classmethod
    def of(cls, row: Delivery, attempts: list[DeliveryAttempt]) -> "DeliveryOut":
        return cls(
            id=row.id,
            alert_id=row.alert_id,
            subscription_id=row.subscription_id,
            channel=row.channel,
            status=row.status,
            attempts=row.attempts,
            next_attempt_at=row.next_attempt_at if row.status in ("pending", "retrying") else None,
            last_http_status=row.last_http_status,
            last_error=row.last_error,
            digest_bucket=row.digest_bucket,
            created_at=row.created_at,
            delivered_at=row.delivered_at,
            history=[AttemptOut.model_validate(a, from_attributes=True) for a in attempts],
        )


DeliveryStatus = Literal["pending", "delivered", "retrying", "failed", "disabled"]


class DeliveryPage(BaseModel):
    items: list[DeliveryOut]
    next_cursor: str | None = Field(
        default=None, description="Pass as `cursor` for the next (older) page; null on the last page"
    )


class Problem(BaseModel):
    detail: str


MAX_JSON_DEPTH = 32
MAX_JSON_INT_DIGITS = 100


class JsonBodyError(ValueError):
    """A request body that is not strict JSON; the message says what is wrong without quoting the body."""


def strict_json(body: bytes) -> Any:
    """The value of a JSON request body, or JsonBodyError naming why it is refused.

    Stricter than json.loads: UTF-8 only (a BOM is skipped), no NaN or Infinity (nor 1e999, which overflows to
    it), no lone surrogates such as "\\ud800", no duplicate keys, integers of at most MAX_JSON_INT_DIGITS digits
    and at most MAX_JSON_DEPTH levels of nesting: such values cannot be answered back in JSON, or read two ways.
    """
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise JsonBodyError(f"the body is not valid UTF-8 (byte {exc.start})") from None
    try:
        value = json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_float=_finite_float,
            parse_int=_bounded_int,
            object_pairs_hook=_unique_keys,
        )
    except json.JSONDecodeError as exc:
        raise JsonBodyError(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise JsonBodyError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
    _check_strings_and_depth(value)
    return value


def _refuse_constant(name: str) -> Any:
    raise JsonBodyError(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise JsonBodyError(f"number {_excerpt(text)} is out of range")
    return number


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_JSON_INT_DIGITS:
        raise JsonBodyError(f"integer with more than {MAX_JSON_INT_DIGITS} digits")
    return int(text)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: set[str] = set()
    for key, _ in pairs:
        if key in seen:
            raise JsonBodyError(f"duplicate key {_excerpt(key)} in a JSON object")
        seen.add(key)
    return dict(pairs)


def _check_strings_and_depth(value: Any) -> None:
    """Refuse lone surrogates in any string or key, and nesting deeper than MAX_JSON_DEPTH (no recursion)."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise JsonBodyError("a string holds a lone UTF-16 surrogate (such as \\ud800)") from None
        elif isinstance(item, dict | list):
            if depth > MAX_JSON_DEPTH:
                raise JsonBodyError(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
            children = [*item.keys(), *item.values()] if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)


def _excerpt(text: str) -> str:
    """`text` quoted for an error message: ASCII only (lone surrogates escaped), at most 40 characters."""
    quoted = ascii(text)
    return quoted if len(quoted) <= 40 else quoted[:39] + "…"
