"""What a subscription request asks for, and the pure rules over a stored subscription.

Creation and PATCH requests arrive here validated (`NewSubscription`, `Changes`); `filters_of` and
`valid_secrets` read a stored row; `contact_token` derives the token that confirms a contact address.
"""

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any, TypedDict

from tocsin_notifier.i18n import LANGUAGE_NAMES, lowered, translator
from tocsin_notifier.models import Subscription
from tocsin_notifier.routing import Filters
from tocsin_notifier.tokens import confirm_token

SECRET_OVERLAP = dt.timedelta(hours=24)
# The newest signing secret and the one it replaced; older ones never sign again.
MAX_LIVE_SECRETS = 2


@dataclass(frozen=True)
class NewSubscription:
    """A validated creation request."""

    channel: str
    target: str
    filters: Filters
    digest: str = "immediate"
    contact_email: str | None = None
    discreet: bool = False
    language: str = "en"


class FilterChanges(TypedDict, total=False):
    """The filter fields a PATCH sets; the others keep their stored value."""

    countries: frozenset[str]
    event_types: frozenset[str]
    tags: frozenset[str]
    min_severity: str


@dataclass(frozen=True)
class Changes:
    """A PATCH: only the fields that are not None change; `filters` names only the filter fields to set."""

    filters: FilterChanges | None = None
    digest: str | None = None
    contact_email: str | None = None
    reactivate: bool = False
    discreet: bool | None = None
    language: str | None = None


# Providers where some characters of the local part reach the same mailbox ("a.da@gmail.com" is "ada@gmail.com";
# Proton is reported to ignore dots, hyphens and underscores), and domains that are another name of one.
IGNORED_IN_LOCAL = {"gmail.com": ".", "proton.me": "._-"}
SAME_DOMAIN = {
    "googlemail.com": "gmail.com",
    "protonmail.com": "proton.me",
    "protonmail.ch": "proton.me",
    "pm.me": "proton.me",
}
# Fastmail delivers anything@user.fastmail.com to user@fastmail.com
SUBDOMAIN_MAILBOX = ("fastmail.com",)


def mailbox_of(address: str) -> str:
    """The mailbox an address reaches, as far as a limit on mail to one person needs it: lower case, without a
    "+tag" ("victim+x@" reaches "victim@" at most providers), without the characters the provider ignores, at the
    provider's one domain. Folding two people's addresses together only limits mail to both a little more."""
    local, _, domain = address.strip().lower().rpartition("@")
    local, domain = local.split("+", 1)[0] or local, SAME_DOMAIN.get(domain, domain)
    for provider in SUBDOMAIN_MAILBOX:
        if domain.endswith("." + provider):
            local, domain = domain.removesuffix("." + provider).rsplit(".", 1)[-1], provider
    for char in IGNORED_IN_LOCAL.get(domain, ""):
        local = local.replace(char, "")
    return f"{local}@{domain}"


def filters_of(sub: Subscription) -> Filters:
    """The routing filters of a stored subscription."""
    f = sub.filters
    return Filters(
        countries=frozenset(f.get("countries", ())),
        event_types=frozenset(f.get("event_types", ())),
        tags=frozenset(f.get("tags", ())),
        min_severity=sub.min_severity,
    )


def filters_json(filters: Filters) -> dict[str, Any]:
    """The JSON column a subscription's filters are stored in (min_severity has its own column)."""
    return {
        "countries": sorted(filters.countries),
        "event_types": sorted(filters.event_types),
        "tags": sorted(filters.tags),
    }


def settings_key(sub: Subscription) -> str:
    """What an email subscription's owner is told of, canonically (JSON): equal exactly when the settings are, in any
    language and whatever their wording."""
    filters = filters_of(sub)
    chosen = (sorted(filters.countries), sorted(filters.tags), sorted(filters.event_types), filters.min_severity)
    return json.dumps([*chosen, sub.digest, sub.discreet, sub.language])


DELIVERY_SAID = {"immediate": "as they come", "hourly": "hourly digest", "daily": "daily digest"}


def settings_said(sub: Subscription) -> str:
    """What the subscription receives, in words (an email subscription's in its language): its filters and, for
    email, how it is delivered. Shown to the owner of the address (the confirmation page, the notice of a change):
    whoever created an email subscription holds its manage token, and its filters must not be narrowed behind the
    owner's back."""
    t = translator(sub.language if sub.channel == "email" else "en")
    f = filters_of(sub)
    countries = ", ".join(sorted(f.countries))
    every = t("any")
    parts = [
        t(
            "countries: {countries}",
            countries=t("{countries} (and alerts that concern every state)", countries=countries),
        )
        if countries
        else t("countries: {countries}", countries=every),
        t("tags: {tags}", tags=", ".join(t.tag(tag) for tag in sorted(f.tags)) or every),
        t(
            "event types: {types}",
            types=", ".join(lowered(t.event_type(kind)) for kind in sorted(f.event_types)) or every,
        ),
        t("lowest severity: {severity}", severity=t(f.min_severity)),
    ]
    if sub.channel == "email":
        delivery = DELIVERY_SAID.get(sub.digest)
        parts.append(t("delivery: {delivery}", delivery=t(delivery) if delivery else sub.digest))
        subjects = "discreet (no country, severity or headline)" if sub.discreet else "country, severity and headline"
        parts.append(t("subjects: {subjects}", subjects=t(subjects)))
        parts.append(t("language: {language}", language=LANGUAGE_NAMES.get(sub.language, sub.language)))
    return f"{t.semicolon} ".join(parts)


def valid_secrets(sub: Subscription, now: dt.datetime) -> list[str]:
    """Signing secrets in force at `now`, newest first: at most MAX_LIVE_SECRETS (two during a rotation)."""
    live = [s for s in sub.secrets if s["valid_until"] is None or dt.datetime.fromisoformat(s["valid_until"]) > now]
    return [s["secret"] for s in reversed(live)][:MAX_LIVE_SECRETS]


def contact_token(instance_key: str, subscription_id: str, contact_email: str) -> str:
    """The token confirming `contact_email` for a subscription; a new address gets a new token."""
    return confirm_token(instance_key, f"{subscription_id}\x1fcontact\x1f{contact_email}")
