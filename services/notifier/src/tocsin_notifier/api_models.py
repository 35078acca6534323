"""Request and response bodies of the HTTP API (they are the OpenAPI schema)."""

import datetime as dt
from typing import Literal

import pycountry
from pydantic import BaseModel, ConfigDict, Field, field_validator

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
    contact_email: str | None = Field(
        default=None, max_length=320, description="told if a webhook is disabled, once it confirms (a mail asks)"
    )


class SubscriptionPatch(_In):
    """PATCH /v1/subscriptions/{id}: fields left out do not change, inside `filters` too."""

    filters: FiltersIn | None = None
    digest: Digest | None = None
    contact_email: str | None = Field(default=None, max_length=320)
    status: Literal["active"] | None = Field(default=None, description="re-enable a disabled subscription")


class SubscriptionOut(BaseModel):
    id: str
    channel: str
    target: str
    status: str
    filters: FiltersIn
    digest: str
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
    revoke_previous: bool = Field(
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
