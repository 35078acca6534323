"""The public page where anyone subscribes an email address, without the API: GET /v1/subscribe shows the form (in
English, Spanish, French or Vietnamese: `?lang=vi`), POST makes the same pending subscription as POST
/v1/subscriptions, under the same limits (per client, per mailbox, refused addresses). Only the confirmation mail is
sent, and no alert until the address's owner presses its page's button; no manage token is shown (the owner changes
her settings from the page every mail links).
"""

from urllib.parse import parse_qs, urlsplit

import structlog
from fastapi import APIRouter, BackgroundTasks, HTTPException, Request
from fastapi.responses import HTMLResponse

from tocsin_notifier.api_access import Access
from tocsin_notifier.api_context import ApiContext
from tocsin_notifier.channels.email import validate_address
from tocsin_notifier.errors import InvalidAddressError, RefusedAddressError
from tocsin_notifier.i18n import LANGUAGES, Translator, translator
from tocsin_notifier.pages import FORM_FIELDS, FormError, form_error, form_settings, page, signup_page
from tocsin_notifier.subscription import NewSubscription

log = structlog.get_logger()
SIGNUP_FIELDS = FORM_FIELDS | {"address"}
REFUSED = (
    "The owner of this address refused a confirmation request they had not made: no confirmation mail goes to it "
    "before {day}."
)


def routes(ctx: ApiContext, access: Access) -> APIRouter:
    router = APIRouter(tags=["subscriber pages"], default_response_class=HTMLResponse)

    @router.get("/v1/subscribe", summary="Subscription form (an HTML page)")
    async def signup_form(lang: str = "en") -> HTMLResponse:
        """The form that subscribes an email address; `lang`: en, es, fr or vi (any other: en)."""
        return signup_page(lang.lower() if lang.lower() in LANGUAGES else "en")

    @router.post(
        "/v1/subscribe",
        summary="Subscribe an email address from the form",
        responses={
            403: {"description": "The form was posted from another site, or not as a form (an HTML page)"},
            409: {"description": "The address's owner refused a confirmation request (an HTML page)"},
            422: {"description": "A field is wrong: the form again, saying which (an HTML page)"},
            429: {"description": "Too many subscriptions from this client, or mails to this address (an HTML page)"},
        },
    )
    async def signup(request: Request, background: BackgroundTasks) -> HTMLResponse:
        """Makes a pending email subscription with the form's settings and queues its confirmation mail
        (application/x-www-form-urlencoded, every field, as the page sends them; from this site only)."""
        try:
            form = parse_qs((await request.body()).decode("utf-8"), keep_blank_values=True, max_num_fields=64)
        except (UnicodeDecodeError, ValueError):
            return signup_page("en", error="the form could not be read; nothing was sent", status=422)
        language = next((value for value in form.get("language", []) if value in LANGUAGES), "en")
        t = translator(language)
        if not _from_this_site(request, ctx.settings.public_url):
            log.warning("signup_refused", reason="cross-site", origin=request.headers.get("origin", "")[:100])
            return page(t("Not sent"), t(CROSS_SITE), status=403, lang=t.language)
        try:
            chosen = form_settings(form, SIGNUP_FIELDS)
            if len(form.get("address", [])) != 1:
                raise FormError("address", "give one address")
            address = validate_address(form["address"][0].strip())
        except InvalidAddressError as exc:
            return signup_page(language, form=form, error=form_error(FormError("address", str(exc)), t))
        except ValueError as exc:
            return signup_page(language, form=form, error=form_error(exc, t))
        try:
            # counted before anything is said of the address: a refusal must not be asked about without limit
            await access.limit_rate(request)
        except HTTPException as exc:
            return signup_page(language, form=form, error=_refusal(exc, t), status=exc.status_code)
        try:
            await access.limit_mail(address)
        except RefusedAddressError as exc:  # the day only, as the API says it
            return signup_page(language, form=form, error=t(REFUSED, day=t.day(exc.until)), status=409)
        except HTTPException as exc:
            return signup_page(language, form=form, error=_refusal(exc, t), status=exc.status_code)
        new = NewSubscription(
            "email",
            address,
            chosen.filters.to_filters(),
            chosen.digest,
            discreet=chosen.discreet,
            language=chosen.language or language,
        )
        created = await ctx.subscriptions.create(new, secret=None, now=ctx.clock())
        if created.confirmation_mail_id:
            background.add_task(ctx.mail_worker.send_now, created.confirmation_mail_id)
        log.info("subscription_created", subscription_id=created.subscription.id, channel="email", by="signup_page")
        return page(
            t("Check your inbox"),
            t(
                "A confirmation mail is on its way to {address}. Nothing else is sent to it until you press the button "
                "on the page its link opens.",
                address=address,
            ),
            lang=t.language,
        )

    return router


def _refusal(exc: HTTPException, t: Translator) -> str:
    """What a subscriber is told when a limit refuses her: to wait (429), or to come back later (503)."""
    if exc.status_code == 429:
        minutes = max(1, -(-int((exc.headers or {}).get("Retry-After", "60")) // 60))
        if minutes == 1:
            return t("Too many requests from this connection or to this address: try again in a minute.")
        return t(
            "Too many requests from this connection or to this address: try again in {minutes} minutes.",
            minutes=minutes,
        )
    return t("Tocsin cannot take subscriptions right now: try again in a few minutes.")


FORM_TYPE = "application/x-www-form-urlencoded"
CROSS_SITE = "Subscribe from Tocsin's own page, not from another site's form."


def _from_this_site(request: Request, public_url: str) -> bool:
    """Whether the form was posted by a browser from this site (or by a client that is no browser): a form on another
    site could make its visitors subscribe addresses, each visitor a client of its own to the per-client limit.
    Browsers say where a request comes from (`Sec-Fetch-Site`, `Origin`); a text/plain body is no form of ours."""
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != FORM_TYPE:
        return False
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    return _origin(origin) == _origin(public_url)  # not the request's Host: any name can point here


DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(url: str) -> str:
    """scheme://host:port, the port always written (browsers leave a default one out, NOTIFIER_PUBLIC_URL may not)."""
    try:
        parts = urlsplit(url)
        port = parts.port or DEFAULT_PORTS.get(parts.scheme.lower())
    except ValueError:
        return ""
    return f"{parts.scheme}://{parts.hostname}:{port}".lower()
