"""The pages a subscriber reaches from an email: confirm, confirm a contact address, unsubscribe.

GET only shows a page with a button (mail scanners prefetch links); POST acts. The unsubscribe POST is
RFC 8058 one-click: no cookies, no auth, no redirect.
"""

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Any

import structlog
from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from jinja2 import Environment, select_autoescape

from tocsin_notifier.errors import NotFoundError
from tocsin_notifier.models import Subscription
from tocsin_notifier.store import SubscriptionStore
from tocsin_notifier.subscription import settings_said

log = structlog.get_logger()
UNKNOWN: dict[int | str, dict[str, Any]] = {404: {"description": "Unknown or already used link (an HTML page)"}}
_ENV = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
_PAGE = _ENV.from_string(
    """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="referrer" content="no-referrer"><title>{{ title }} - Tocsin</title></head>
<body style="font-family:sans-serif;max-width:36em;margin:3em auto">
<h1>{{ title }}</h1><p>{{ text }}</p>
{% if action %}<form method="post" action="{{ action }}">
<button type="submit" style="font-size:1.2em">{{ button }}</button></form>{% endif %}
</body></html>
"""
)


def page(title: str, text: str, *, action: str | None = None, button: str = "", status: int = 200) -> HTMLResponse:
    """An autoescaped HTML page, never cached, never framed."""
    html = _PAGE.render(title=title, text=text, action=action, button=button)
    headers = {"Cache-Control": "no-store", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"}
    return HTMLResponse(html, status_code=status, headers=headers)


def _digest(settings: str) -> str:
    return hashlib.sha256(settings.encode()).hexdigest()[:16]


def _confirmation_page(token: str, target: str, settings: str, *, changed: bool = False) -> HTMLResponse:
    """The page whose button confirms these settings: it POSTs their digest, and a changed one confirms nothing."""
    first = "The settings changed since you opened this page. " if changed else ""
    return page(
        "Confirm your subscription",
        f"{first}Press the button to receive Tocsin alerts at {target}, with these settings: {settings}. Whoever "
        "asked for them can change them later; you will be told by mail each time.",
        action=f"/v1/confirm/{token}?settings={_digest(settings)}",
        button="Confirm subscription",
    )


def routes(subscriptions: SubscriptionStore, clock: Callable[[], dt.datetime]) -> APIRouter:
    router = APIRouter(tags=["subscriber pages"], default_response_class=HTMLResponse)
    unknown = page("Link not valid", "This link is unknown or has already been used.", status=404)

    async def unconfirmed_contact(token: str) -> Subscription | None:
        """The subscription whose contact address this token was mailed to, while the address is unconfirmed."""
        sub = await subscriptions.by_contact_token(token)
        return sub if sub is not None and sub.contact_confirmed_at is None else None

    @router.get("/v1/confirm/{token}", summary="Confirmation page", responses=UNKNOWN)
    async def confirm_page(token: str) -> HTMLResponse:
        """Shows the subscription's settings and a button that confirms them (GET changes nothing)."""
        sub = await subscriptions.by_confirm_token(token)
        if sub is None or sub.status != "pending":
            return unknown
        return _confirmation_page(token, sub.target, settings_said(sub))

    @router.post("/v1/confirm/{token}", summary="Confirm an email subscription", responses=UNKNOWN)
    async def confirm(token: str, settings: str | None = None) -> HTMLResponse:
        """Confirms a pending email subscription (double opt-in). `settings` (the page's button sends it): a digest
        of the settings the page showed; when they changed since, the page is shown again with the new ones and
        nothing is confirmed (its creator changed them while the owner read the page)."""
        if settings is not None:
            pending = await subscriptions.by_confirm_token(token)
            if pending is not None and pending.status == "pending" and settings != _digest(settings_said(pending)):
                return _confirmation_page(token, pending.target, settings_said(pending), changed=True)
        try:
            sub = await subscriptions.confirm(token, now=clock())
        except NotFoundError:
            return unknown
        log.info("subscription_confirmed", subscription_id=sub.id)
        return page("Subscription confirmed", "You will receive alerts that match your filters.")

    @router.get("/v1/confirm-contact/{token}", summary="Contact confirmation page", responses=UNKNOWN)
    async def confirm_contact_page(token: str) -> HTMLResponse:
        """Shows a button that confirms a webhook's contact address (GET changes nothing)."""
        sub = await unconfirmed_contact(token)
        if sub is None:
            return unknown
        return page(
            "Confirm your contact address",
            f"Press the button to be told at {sub.contact_email} when subscription {sub.id} is disabled. If this "
            "was not you, open the mail's other link instead, to refuse it.",
            action=f"/v1/confirm-contact/{token}",
            button="Confirm contact address",
        )

    @router.get("/v1/refuse-contact/{token}", summary="Refuse a contact address page", responses=UNKNOWN)
    async def refuse_contact_page(token: str) -> HTMLResponse:
        """Shows a button that refuses a contact address one never gave (GET changes nothing)."""
        sub = await unconfirmed_contact(token)
        if sub is None:
            return unknown
        return page(
            "Refuse this contact address",
            f"Press the button if you never gave {sub.contact_email} as a contact: the subscription forgets it, and "
            "no confirmation request will reach this address for 30 days, whoever asks.",
            action=f"/v1/refuse-contact/{token}",
            button="Refuse",
        )

    @router.post("/v1/refuse-contact/{token}", summary="Refuse a contact address", responses=UNKNOWN)
    async def refuse_contact(token: str) -> HTMLResponse:
        """Forgets an unconfirmed contact address and refuses further confirmation mail to it for 30 days."""
        try:
            sub = await subscriptions.refuse_contact(token, now=clock())
        except NotFoundError:
            return unknown
        log.info("contact_refused", subscription_id=sub.id)
        return page("Refused", "No confirmation request will reach this address for 30 days.")

    @router.post("/v1/confirm-contact/{token}", summary="Confirm a contact address", responses=UNKNOWN)
    async def confirm_contact(token: str) -> HTMLResponse:
        """Confirms the contact address of a webhook subscription (double opt-in for notices)."""
        try:
            sub = await subscriptions.confirm_contact(token, now=clock())
        except NotFoundError:
            return unknown
        log.info("contact_confirmed", subscription_id=sub.id)
        return page("Contact address confirmed", "You will be told here if this subscription is disabled.")

    @router.get("/v1/unsubscribe/{token}", summary="Unsubscribe page", responses=UNKNOWN)
    async def unsubscribe_page(token: str) -> HTMLResponse:
        """Shows a button that unsubscribes (GET changes nothing)."""
        sub = await subscriptions.by_unsubscribe_token(token)
        if sub is None:
            return unknown
        return page(
            "Unsubscribe",
            f"Press the button to stop Tocsin alerts to {sub.target}.",
            action=f"/v1/unsubscribe/{token}",
            button="Unsubscribe",
        )

    @router.post("/v1/unsubscribe/{token}", summary="One-click unsubscribe", responses=UNKNOWN)
    async def unsubscribe(token: str) -> HTMLResponse:
        """RFC 8058 one-click unsubscribe: works without cookies, auth or redirects; idempotent."""
        try:
            sub = await subscriptions.unsubscribe(token, now=clock())
        except NotFoundError:
            return unknown
        log.info("subscription_unsubscribed", subscription_id=sub.id)
        return page("Unsubscribed", "You will receive no more alerts from this subscription.")

    return router
