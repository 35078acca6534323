"""The pages a subscriber reaches from an email: confirm, confirm a contact address, change settings, unsubscribe.

GET only shows a page with a button (mail scanners prefetch links); POST acts. The unsubscribe POST is
RFC 8058 one-click: no cookies, no auth, no redirect. The settings page is keyed by the same token as the
unsubscribe link, which every mail to the address carries: whoever reads the mail may stop it, or change it.
"""

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, get_args
from urllib.parse import parse_qs

import structlog
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, select_autoescape
from pydantic import ValidationError

from tocsin_notifier.api_models import Digest, FiltersIn, WatcherType
from tocsin_notifier.errors import NotFoundError
from tocsin_notifier.i18n import LANGUAGE_NAMES, LANGUAGES, HtmlTranslator, Translator, translator
from tocsin_notifier.models import Subscription
from tocsin_notifier.store import UNSUBSCRIBED_KEPT, SubscriptionStore
from tocsin_notifier.subscription import Changes, filters_of, settings_key, settings_said
from tocsin_schemas import SEVERITIES, TAGS

log = structlog.get_logger()
UNKNOWN: dict[int | str, dict[str, Any]] = {404: {"description": "Unknown or already used link (an HTML page)"}}
_ENV = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
_PAGE = _ENV.from_string(
    """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="referrer" content="no-referrer"><title>{{ title }} - Tocsin</title></head>
<body style="font-family:sans-serif;max-width:36em;margin:3em auto">
<h1>{{ title }}</h1><p>{{ text }}</p>
{% if action %}<form method="post" action="{{ action }}">
<button type="submit" style="font-size:1.2em">{{ button }}</button></form>{% endif %}
</body></html>
"""
)


_SETTINGS = _ENV.from_string(
    """<!doctype html>
<html lang="{{ lang }}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="referrer" content="no-referrer"><title>{{ title }} - Tocsin</title></head>
<body style="font-family:sans-serif;max-width:36em;margin:3em auto">
{% if signup %}<p>{% for value, name in languages %}<a href="?lang={{ value }}" lang="{{ value }}">{{ name }}</a>
{%- if not loop.last %} · {% endif %}{% endfor %}</p>{% endif %}
<h1>{{ title }}</h1>
{% if signup %}<p>{{ t("Tocsin mails alerts on arrests over online speech, journalism and rights work, and on the \
signatures and ratifications of the UN Convention against Cybercrime. Choose what you want to receive: a mail asks you \
to confirm before any alert is sent, and every alert links to a page where you change your choice or unsubscribe.") }}
</p>
{% elif saved %}<p role="status"><strong>{{ t("Saved.") }}</strong>
{{ t("{address} now receives alerts with these settings: {settings}.", address=target, settings=said) }}</p>
{% else %}<p>{{ t("What {address} receives. Whoever created this subscription can change it too; you are told by mail \
each time. Your own changes are not mailed to you.", address=target) }}</p>{% endif %}
{% if error %}<p role="alert" style="color:#b00020"><strong>{{ t("Not sent:") if signup else t("Not saved:") }}</strong>
{{ error }}</p>{% endif %}
<form method="post" action="{{ action }}">
{% if signup %}<p><label for="address">{{ t("Your email address") }}</label><br>
<input id="address" name="address" type="email" value="{{ address }}" size="40" required></p>{% endif %}
<p><label for="countries">{{ t("Countries (ISO 3166-1 alpha-3 codes such as VNM, PAK; empty for every country). \
Alerts that concern every state, such as the Convention's entry into force, reach you whatever you choose.") }}
</label><br>
<input id="countries" name="countries" value="{{ countries }}" size="40"></p>
<fieldset><legend>{{ t("Tags (none ticked: any)") }}</legend>
{% for tag, label in tags %}<label><input type="checkbox" name="tags" value="{{ tag }}"
{%- if tag in chosen_tags %} checked{% endif %}>
{{ label }}</label><br>{% endfor %}</fieldset>
<fieldset><legend>{{ t("Event types (none ticked: any)") }}</legend>
{% for kind, name in event_types %}<label><input type="checkbox" name="event_types" value="{{ kind }}"
{%- if kind in chosen_types %} checked{% endif %}>
{{ name }}</label><br>{% endfor %}</fieldset>
<p><label for="min_severity">{{ t("Lowest severity") }}</label>
<select id="min_severity" name="min_severity">{% for level in severities %}
<option value="{{ level }}"{% if level == min_severity %} selected{% endif %}>{{ t(level) }}</option>
{%- endfor %}</select></p>
<p><label for="digest">{{ t("Delivery") }}</label>
<select id="digest" name="digest">{% for value, words in digests %}
<option value="{{ value }}"{% if value == digest %} selected{% endif %}>{{ t(words) }}</option>{% endfor %}</select></p>
<p><label><input type="checkbox" name="discreet" value="yes"{% if discreet %} checked{% endif %}>
{{ t('Discreet subjects: "Tocsin: 1 new alert", never the country, severity or headline (a subject shows on a lock \
screen and to your mail provider)') }}</label></p>
<p><label for="language">{{ t("Language of mails and pages") }}</label>
<select id="language" name="language">{% for value, name in languages %}
<option value="{{ value }}" lang="{{ value }}"{% if value == language %} selected{% endif %}>{{ name }}</option>
{%- endfor %}</select></p>
<button type="submit" style="font-size:1.2em">{{ t("Subscribe") if signup else t("Save") }}</button>
</form>
{% if unsubscribe %}<p><a href="{{ unsubscribe }}">{{ t("Unsubscribe instead") }}</a></p>{% endif %}
</body></html>
"""
)
_DIGESTS = {"immediate": "each alert as it comes", "hourly": "an hourly digest", "daily": "a daily digest"}
_LIST = re.compile(r"[,;]")  # codes are listed with commas, or with spaces alone: "VNM PAK"
_SPACED_CODES = re.compile(r"[A-Za-z]{3}(?:\s+[A-Za-z]{3})+")
FORM_FIELDS = frozenset({"countries", "tags", "event_types", "min_severity", "digest", "discreet", "language"})
# a text field and selects: in every submission of the form (a form from a page older than the language select
# sends no language, and keeps the one stored)
ALWAYS_SENT = ("countries", "min_severity", "digest")
_FIELD_NAME = re.compile(r"[a-z_]{1,32}")


_PAGE_HEADERS = {"Cache-Control": "no-store", "X-Frame-Options": "DENY", "Referrer-Policy": "no-referrer"}


def page(
    title: str, text: str, *, action: str | None = None, button: str = "", status: int = 200, lang: str = "en"
) -> HTMLResponse:
    """An autoescaped HTML page, never cached, never framed; `lang`: the language its words are in."""
    html = _PAGE.render(title=title, text=text, action=action, button=button, lang=lang)
    return HTMLResponse(html, status_code=status, headers={**_PAGE_HEADERS, "Content-Language": lang})


def _settings_page(
    token: str, sub: Subscription, *, form: dict[str, list[str]] | None = None, error: str = "", saved: bool = False
) -> HTMLResponse:
    """The owner's form, filled with the stored settings, or with what she sent when it was refused."""
    f = filters_of(sub)
    stored = {
        "countries": [", ".join(sorted(f.countries))],
        "tags": sorted(f.tags),
        "event_types": sorted(f.event_types),
        "min_severity": [f.min_severity],
        "digest": [sub.digest],
        "discreet": ["yes"] if sub.discreet else [],
        "language": [sub.language],
    }
    t = translator(sub.language)
    return _form_page(
        t,
        stored if form is None else form,
        title=t("Your Tocsin alerts"),
        action=f"/v1/settings/{token}",
        unsubscribe=f"/v1/unsubscribe/{token}",
        target=sub.target,
        said=settings_said(sub),
        saved=saved,
        error=error,
    )


def signup_page(
    language: str, *, form: dict[str, list[str]] | None = None, error: str = "", status: int = 200
) -> HTMLResponse:
    """The public form that subscribes an email address (filled with what was sent when it was refused)."""
    t = translator(language)
    return _form_page(
        t,
        form or {"language": [t.language]},
        title=t("Subscribe to Tocsin alerts"),
        action="/v1/subscribe",
        signup=True,
        address=(form or {}).get("address", [""])[0],
        error=error,
        status=status,
    )


def _form_page(
    t: Translator,
    shown: dict[str, list[str]],
    *,
    title: str,
    action: str,
    unsubscribe: str | None = None,
    target: str = "",
    said: str = "",
    saved: bool = False,
    signup: bool = False,
    address: str = "",
    error: str = "",
    status: int = 200,
) -> HTMLResponse:
    """The settings form (an owner's page, or the public signup page), showing the settings in `shown`."""
    html = _SETTINGS.render(
        t=HtmlTranslator(t),
        lang=t.language,
        title=title,
        signup=signup,
        address=address,
        languages=list(LANGUAGE_NAMES.items()),
        language=(shown.get("language") or [t.language])[0],
        action=action,
        unsubscribe=unsubscribe,
        target=target,
        said=said,
        saved=saved,
        error=error,
        countries=" ".join(shown.get("countries", [])[:1]),
        tags=[(tag, t.tag(tag)) for tag in TAGS],
        chosen_tags=set(shown.get("tags", [])),
        event_types=[(kind, t.event_type(kind)) for kind in get_args(WatcherType)],
        chosen_types=set(shown.get("event_types", [])),
        severities=SEVERITIES,
        min_severity=(shown.get("min_severity") or ["info"])[0],
        digests=list(_DIGESTS.items()),
        digest=(shown.get("digest") or ["immediate"])[0],
        discreet=bool(shown.get("discreet")),
    )
    return HTMLResponse(
        html,
        status_code=422 if error and status == 200 else status,
        headers={**_PAGE_HEADERS, "Content-Language": t.language},
    )


class FormError(ValueError):
    """A form field that is wrong: `field` names it ("form" for the form as a whole), the message says how (English)."""

    def __init__(self, field: str, detail: str) -> None:
        super().__init__(detail)
        self.field = field


# What a reader is told of a wrong field, in her language; the English detail follows in brackets.
FIELD_ERRORS = {
    "countries": "Countries: use three-letter codes (ISO 3166-1 alpha-3) such as VNM or PAK, separated by commas or "
    "spaces.",
    "address": "This is not an email address Tocsin can write to.",
}
FORM_ERROR = "This form was not sent as the page sends it: reload the page and try again."
UNREADABLE = "The form could not be read; nothing was changed."


def form_error(exc: ValueError, t: Translator) -> str:
    """A wrong field said to the reader: what to do in her language, then the detail as the check gave it."""
    field = exc.field if isinstance(exc, FormError) else "form"
    return f"{t(FIELD_ERRORS.get(field, FORM_ERROR))} ({exc})"


@dataclass(frozen=True)
class FormSettings:
    """What the settings form sets: filters, delivery, discreet subjects and, when it was sent, the language."""

    filters: FiltersIn
    digest: str
    discreet: bool
    language: str | None


def form_settings(form: dict[str, list[str]], fields: frozenset[str] = FORM_FIELDS) -> FormSettings:
    """The whole settings the form sets (it shows them all); ValueError saying which field is wrong.

    The page's form always sends countries, lowest severity and delivery (ticked boxes only when ticked): one without
    them, or with one twice, is no submission of it, and would otherwise set them back to their defaults unseen.
    `fields`: the form's fields (the signup page's has the address too).
    """
    if unknown := set(form) - fields:
        names = sorted(name for name in unknown if _FIELD_NAME.fullmatch(name))
        if len(names) < len(unknown):  # JSON, multipart: not echoed back
            raise FormError(
                "form", "this is not the page's form (send it from the page, as application/x-www-form-urlencoded)"
            )
        raise FormError("form", f"unknown fields: {', '.join(names)}")
    if missing := [field for field in ALWAYS_SENT if field not in form]:
        raise FormError("form", f"missing fields: {', '.join(missing)} (the page's form sends them all)")
    if repeated := [field for field in ALWAYS_SENT if len(form[field]) > 1]:
        raise FormError("form", f"given more than once: {', '.join(repeated)}")
    [digest] = form["digest"]
    if digest not in get_args(Digest):
        raise FormError("digest", f"delivery must be one of {', '.join(get_args(Digest))}")
    codes = [
        code
        for text in form["countries"]
        for piece in _LIST.split(text)
        for code in (piece.split() if _SPACED_CODES.fullmatch(piece.strip()) else [piece.strip()])
        if code
    ]
    try:
        filters = FiltersIn(
            countries=codes,
            tags=form.get("tags", []),
            event_types=form.get("event_types", []),
            min_severity=form["min_severity"][0],
        )
    except ValidationError as exc:
        errors = exc.errors()
        field = str(errors[0]["loc"][0]) if errors and errors[0]["loc"] else "form"
        detail = "; ".join(f"{'.'.join(map(str, e['loc'][:1]))}: {e['msg']}" for e in errors)
        raise FormError(field, detail) from None
    if form.get("discreet", ["yes"]) != ["yes"]:  # a ticked box sends its value once; an unticked one nothing
        raise FormError("discreet", "discreet subjects: tick the box or leave it")
    language = form.get("language")
    if language is not None and (len(language) != 1 or language[0] not in LANGUAGES):
        raise FormError("language", f"language: one of {', '.join(LANGUAGES)}, once")
    return FormSettings(filters, digest, "discreet" in form, language[0] if language else None)


def _changes_from_form(form: dict[str, list[str]]) -> Changes:
    """The changes the owner's settings form makes (`form_settings`)."""
    chosen = form_settings(form)
    return Changes(
        filters=chosen.filters.changed(), digest=chosen.digest, discreet=chosen.discreet, language=chosen.language
    )


def _digest(settings: str) -> str:
    return hashlib.sha256(settings.encode()).hexdigest()[:16]


def _confirmation_page(token: str, sub: Subscription, *, changed: bool = False) -> HTMLResponse:
    """The page whose button confirms these settings: it POSTs their digest, and a changed one confirms nothing."""
    t, settings = translator(sub.language), settings_said(sub)
    key = settings_key(sub)
    first = t("The settings changed since you opened this page.") + " " if changed else ""
    return page(
        t("Confirm your Tocsin subscription"),
        first
        + t(
            "Press the button to receive Tocsin alerts at {address}, with these settings: {settings}. Whoever asked "
            "for them can change them later; you will be told by mail each time, and every alert links to a page "
            "where you change them yourself.",
            address=sub.target,
            settings=settings,
        ),
        action=f"/v1/confirm/{token}?settings={_digest(key)}",
        button=t("Confirm subscription"),
        lang=t.language,
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
        return _confirmation_page(token, sub)

    @router.post("/v1/confirm/{token}", summary="Confirm an email subscription", responses=UNKNOWN)
    async def confirm(token: str, settings: str | None = None) -> HTMLResponse:
        """Confirms a pending email subscription (double opt-in). `settings` (the page's button sends it): a digest
        of the settings the page showed; when they changed since, the page is shown again with the new ones and
        nothing is confirmed (its creator changed them while the owner read the page)."""
        if settings is not None:
            pending = await subscriptions.by_confirm_token(token)
            if pending is not None and pending.status == "pending" and settings != _digest(settings_key(pending)):
                return _confirmation_page(token, pending, changed=True)
        try:
            sub = await subscriptions.confirm(token, now=clock())
        except NotFoundError:
            return unknown
        log.info("subscription_confirmed", subscription_id=sub.id)
        t = translator(sub.language)
        return page(
            t("Subscription confirmed"),
            t(
                "You will receive alerts that match your filters. Every alert links to a page where you can change "
                "them."
            ),
            lang=t.language,
        )

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

    async def owned_email(token: str) -> Subscription | None:
        """The active email subscription whose mails carry this token (the settings page's key)."""
        sub = await subscriptions.by_unsubscribe_token(token)
        return sub if sub is not None and sub.channel == "email" and sub.status == "active" else None

    @router.get("/v1/settings/{token}", summary="Settings page of an email subscription", responses=UNKNOWN)
    async def settings_page(token: str) -> HTMLResponse:
        """The form where the owner of the address sees and changes what it receives (GET changes nothing)."""
        sub = await owned_email(token)
        return unknown if sub is None else _settings_page(token, sub)

    @router.post(
        "/v1/settings/{token}",
        summary="Change an email subscription's settings",
        responses={**UNKNOWN, 422: {"description": "A field is wrong: the form again, saying which (an HTML page)"}},
    )
    async def change_settings(token: str, request: Request) -> HTMLResponse:
        """Sets the filters and delivery the form sends (application/x-www-form-urlencoded; every field, as the
        page sends them all). Not mailed back to the address: its owner made the change."""
        sub = await owned_email(token)
        if sub is None:
            return unknown
        try:
            form = parse_qs((await request.body()).decode("utf-8"), keep_blank_values=True, max_num_fields=64)
        except (UnicodeDecodeError, ValueError):
            unread = translator(sub.language)(UNREADABLE)
            return _settings_page(token, sub, error=unread)
        try:
            changes = _changes_from_form(form)
        except ValueError as exc:
            return _settings_page(token, sub, form=form, error=form_error(exc, translator(sub.language)))
        changed = await subscriptions.change(sub.id, changes, now=clock(), tell_owner=False)
        log.info("subscription_changed", subscription_id=sub.id, by="owner")
        return _settings_page(token, changed, saved=True)

    @router.get("/v1/unsubscribe/{token}", summary="Unsubscribe page", responses=UNKNOWN)
    async def unsubscribe_page(token: str) -> HTMLResponse:
        """Shows a button that unsubscribes (GET changes nothing)."""
        sub = await subscriptions.by_unsubscribe_token(token)
        if sub is None:
            return unknown
        t = translator(sub.language if sub.channel == "email" else "en")
        return page(
            t("Unsubscribe"),
            t("Press the button to stop Tocsin alerts to {address}.", address=sub.target),
            action=f"/v1/unsubscribe/{token}",
            button=t("Unsubscribe"),
            lang=t.language,
        )

    @router.post("/v1/unsubscribe/{token}", summary="One-click unsubscribe", responses=UNKNOWN)
    async def unsubscribe(token: str) -> HTMLResponse:
        """RFC 8058 one-click unsubscribe: works without cookies, auth or redirects; idempotent."""
        try:
            sub = await subscriptions.unsubscribe(token, now=clock())
        except NotFoundError:
            return unknown
        log.info("subscription_unsubscribed", subscription_id=sub.id)
        t = translator(sub.language if sub.channel == "email" else "en")
        return page(
            t("Unsubscribed"),
            t(
                "You will receive no more alerts from this subscription. Tocsin keeps your address and the record of "
                "what it sent you for {days} days, then deletes them; press the button to delete them now.",
                days=UNSUBSCRIBED_KEPT.days,
            ),
            action=f"/v1/unsubscribe/{token}/forget",
            button=t("Delete my address now"),
            lang=t.language,
        )

    @router.post("/v1/unsubscribe/{token}/forget", summary="Unsubscribe and delete the address now", responses=UNKNOWN)
    async def forget(token: str) -> HTMLResponse:
        """Unsubscribe, and delete the subscription with its address and delivery history at once."""
        known = await subscriptions.by_unsubscribe_token(token)  # its language, read before it is gone
        t = translator(known.language if known is not None and known.channel == "email" else "en")
        try:
            sub_id = await subscriptions.forget(token, now=clock())
        except NotFoundError:
            return unknown
        log.info("subscription_forgotten", subscription_id=sub_id)
        return page(
            t("Deleted"),
            t(
                "This subscription is deleted, with your address and the record of what it sent you. Another "
                "subscription to your address, if there is one, has its own link in its own mails."
            ),
            lang=t.language,
        )

    return router
