"""Abuse of the API: mail to unconfirmed addresses, test-event floods, SSRF by DNS, Host-header redirects."""

import datetime as dt
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from tests.notifier.fakes import NOW, Db, FakeEmail, FakeWebhooks
from tocsin_notifier.api import ApiContext, create_api
from tocsin_notifier.mail import Links, Mailer
from tocsin_notifier.mail_outbox import MailPolicy, MailWorker
from tocsin_notifier.models import OutgoingMail, Subscription
from tocsin_notifier.retry import SendResult
from tocsin_notifier.routing import Filters
from tocsin_notifier.settings import NotifierSettings
from tocsin_notifier.store import Changes, NewSubscription, queue_disabled_notice

ADMIN = {"Authorization": "Bearer admin-secret"}
EVIL_URL = "https://hooks.example.org/URGENT-your-account-is-suspended-verify-at-evil.example"
MAILER = Mailer(sender="Tocsin <alerts@tocsin.example>", links=Links("https://tocsin.example", "alerts@tocsin.example"))


@dataclass
class Api:
    client: httpx.AsyncClient
    db: Db
    webhooks: FakeWebhooks
    email: FakeEmail
    dns: dict[str, list[str]]

    async def create(self, body: dict[str, Any]) -> dict[str, Any]:
        response = await self.client.post("/v1/subscriptions", json=body)
        assert response.status_code == 201, response.text
        return dict(response.json())


@pytest.fixture
async def api(sqlite_db: Db) -> AsyncIterator[Api]:
    """The API over a migrated SQLite database, fake channels and a scripted resolver."""
    dns: dict[str, list[str]] = {}

    async def resolver(host: str, port: int) -> Sequence[str]:
        if host not in dns:
            raise OSError(f"cannot resolve {host}")
        return dns[host]

    settings = NotifierSettings(
        database_url=sqlite_db.url,
        admin_token=SecretStr("admin-secret"),
        public_url="https://tocsin.example",
        create_rate_limit=50,
    )
    webhooks, email = FakeWebhooks(), FakeEmail()
    worker = MailWorker(
        sqlite_db.subscriptions, sqlite_db.mails, email=email, mail=MAILER, policy=MailPolicy((dt.timedelta(0),))
    )

    async def ready() -> bool:
        return True

    ctx = ApiContext(
        settings=settings,
        subscriptions=sqlite_db.subscriptions,
        outbox=sqlite_db.outbox,
        webhooks=webhooks,
        email=email,
        mailer=MAILER,
        mail_worker=worker,
        readiness=ready,
        clock=lambda: dt.datetime.now(dt.UTC),
        resolver=resolver,
    )
    transport = httpx.ASGITransport(app=create_api(ctx))
    async with httpx.AsyncClient(transport=transport, base_url="https://tocsin.example") as client:
        yield Api(client, sqlite_db, webhooks, email, dns)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def _disable_and_notify(db: Db, sub_id: str, now: dt.datetime) -> bool:
    async with db.subscriptions.sessions.begin() as session:
        sub = await session.get(Subscription, sub_id)
        assert sub is not None
        sub.status = "disabled"
        return await queue_disabled_notice(session, sub, now=now)


async def _webhook(db: Db, contact: str | None, target: str = EVIL_URL) -> Subscription:
    new = NewSubscription("webhook", target, Filters(), contact_email=contact)
    return (await db.subscriptions.create(new, secret="whsec_" + "A" * 44, now=NOW)).subscription


async def test_unconfirmed_contact_gets_no_disabled_notice(sqlite_db: Db) -> None:
    """A contact address nobody confirmed is never sent a notice (double opt-in for notices too)."""
    sub = await _webhook(sqlite_db, "victim@example.org")
    assert sub.contact_confirmed_at is None
    assert not await _disable_and_notify(sqlite_db, sub.id, NOW)
    kinds = [m.kind for m in await sqlite_db.mails.listing(sub.id)]
    assert kinds == ["contact_confirmation"]


async def test_confirmed_contact_gets_at_most_one_notice_a_day(sqlite_db: Db) -> None:
    """Once confirmed, an address gets one notice per day however many subscriptions name it."""
    first, second = await _webhook(sqlite_db, "owner@example.org"), await _webhook(sqlite_db, "owner@example.org")
    for sub in (first, second):
        token = await sqlite_db.subscriptions.contact_token_for(sub)
        assert token is not None
        await sqlite_db.subscriptions.confirm_contact(token, now=NOW)
    assert await _disable_and_notify(sqlite_db, first.id, NOW)
    assert not await _disable_and_notify(sqlite_db, first.id, NOW + dt.timedelta(hours=1))
    assert not await _disable_and_notify(sqlite_db, second.id, NOW + dt.timedelta(hours=2))
    assert await _disable_and_notify(sqlite_db, second.id, NOW + dt.timedelta(days=1, minutes=1))


async def test_new_contact_address_must_be_confirmed_again(sqlite_db: Db) -> None:
    """Changing the contact address drops its confirmation and queued notices, and asks the new one."""
    sub = await _webhook(sqlite_db, "owner@example.org")
    token = await sqlite_db.subscriptions.contact_token_for(sub)
    assert token is not None
    await sqlite_db.subscriptions.confirm_contact(token, now=NOW)
    changed = await sqlite_db.subscriptions.change(sub.id, Changes(contact_email="other@example.org"), now=NOW)
    assert changed.contact_confirmed_at is None
    assert not await _disable_and_notify(sqlite_db, sub.id, NOW)
    assert await sqlite_db.subscriptions.by_contact_token(token) is None
    pending = [m.kind for m in await sqlite_db.mails.listing(sub.id) if m.status == "pending"]
    assert pending == ["contact_confirmation"]


async def test_contact_confirmation_page_needs_a_post(api: Api) -> None:
    """GET shows a button and changes nothing; POST confirms the contact; the link then stops working."""
    created = await api.create({"channel": "webhook", "target": EVIL_URL, "contact_email": "owner@example.org"})
    sub = await api.db.subscriptions.get(created["id"])
    assert sub is not None
    token = await api.db.subscriptions.contact_token_for(sub)
    page = await api.client.get(f"/v1/confirm-contact/{token}")
    assert page.status_code == 200
    assert 'method="post"' in page.text
    assert (await api.db.subscriptions.get(sub.id)).contact_confirmed_at is None  # type: ignore[union-attr]
    assert (await api.client.post(f"/v1/confirm-contact/{token}")).status_code == 200
    shown = await api.client.get(f"/v1/subscriptions/{sub.id}", headers=ADMIN)
    assert shown.json()["contact_confirmed"] is True
    assert (await api.db.subscriptions.get(sub.id)).contact_confirmed_at is not None  # type: ignore[union-attr]
    assert (await api.client.post(f"/v1/confirm-contact/{token}")).status_code == 404


def test_contact_confirmation_mail_links_to_the_contact_page() -> None:
    """The contact confirmation mail goes to the contact and links to /v1/confirm-contact/."""
    message = MAILER.contact_confirmation(to="owner@example.org", subscription_id="sub-1", confirm_token="tok")
    assert str(message["To"]) == "owner@example.org"
    text = message.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "https://tocsin.example/v1/confirm-contact/tok" in text


def test_disabled_notice_leaves_the_target_url_out() -> None:
    """The notice names the subscription and the target's host, never the subscriber-written path."""
    message = MAILER.disabled_notice(
        to="owner@example.org", subscription_id="sub-1", target=EVIL_URL, reason="HTTP 410", unsubscribe_token="u"
    )
    for part in ("plain", "html"):
        body = message.get_body((part,)).get_content()  # type: ignore[union-attr]
        assert "sub-1" in body
        assert "hooks.example.org" in body
        assert "URGENT" not in body


async def test_test_events_are_rate_limited_per_subscription(api: Api) -> None:
    """A flood of test events to one subscription gets 429 with Retry-After, whoever sends them."""
    created = await api.create({"channel": "webhook", "target": "https://example.org/hook"})
    codes = [
        (await api.client.post(f"/v1/subscriptions/{created['id']}/test", headers=ADMIN)).status_code for _ in range(8)
    ]
    assert codes[:5] == [200] * 5
    assert codes[-1] == 429
    assert len(api.webhooks.calls) == 5


async def test_reenabling_is_rate_limited(api: Api) -> None:
    """PATCH status=active, which makes the next delivery hit the target again, is limited too."""
    created = await api.create({"channel": "webhook", "target": "https://example.org/hook"})
    await _disable_and_notify(api.db, created["id"], NOW)
    path, body = f"/v1/subscriptions/{created['id']}", {"status": "active"}
    codes = [(await api.client.patch(path, json=body, headers=ADMIN)).status_code for _ in range(8)]
    assert codes[-1] == 429
    assert codes.count(200) == 5


async def test_idn_domain_is_accepted_in_ascii_form(api: Api) -> None:
    """user@bücher.de is stored as user@xn--bcher-kva.de, which every relay can carry."""
    created = await api.create({"channel": "email", "target": "user@bücher.de"})
    assert created["target"] == "user@xn--bcher-kva.de"


async def test_address_needing_smtputf8_is_refused(api: Api) -> None:
    """josé@example.com gets 422 on the target field instead of a confirmation that can never be sent."""
    response = await api.client.post("/v1/subscriptions", json={"channel": "email", "target": "josé@example.com"})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "target"]


async def test_trailing_slash_is_not_redirected(api: Api) -> None:
    """No redirect echoes the Host header: /v1/subscriptions/ is simply not found."""
    response = await api.client.get("/v1/subscriptions/", headers={**ADMIN, "Host": "evil.example"})
    assert response.status_code == 404
    assert "location" not in response.headers


async def test_webhook_host_resolving_inside_is_refused_without_the_address(api: Api) -> None:
    """A name that resolves to a private address is refused at subscribe time; the answer does not leak it."""
    api.dns["intranet.example.org"] = ["10.20.30.40"]
    response = await api.client.post(
        "/v1/subscriptions", json={"channel": "webhook", "target": "https://intranet.example.org/hook"}
    )
    assert response.status_code == 422
    assert "unsafe webhook target" in response.text
    assert "10.20.30.40" not in response.text


async def test_test_event_refused_as_unsafe_says_so_generically(api: Api) -> None:
    """A test event refused by the SSRF guard reports "unsafe webhook target", not the internal address."""
    created = await api.create({"channel": "webhook", "target": "https://example.org/hook"})
    api.webhooks.results = [SendResult(ok=False, retryable=False, error="unsafe target: resolves to 10.1.2.3: private")]
    response = await api.client.post(f"/v1/subscriptions/{created['id']}/test", headers=ADMIN)
    assert response.json()["error"] == "unsafe webhook target"
    assert "10.1.2.3" not in response.text


async def test_disabled_notice_queued_only_for_a_confirmed_email_target(sqlite_db: Db) -> None:
    """An email subscription's notice goes to its target only once that target was confirmed."""
    store = sqlite_db.subscriptions
    pending = await store.create(NewSubscription("email", "eve@example.org", Filters()), secret=None, now=NOW)
    assert not await _disable_and_notify(sqlite_db, pending.subscription.id, NOW)
    confirmed = await store.create(NewSubscription("email", "ada@example.org", Filters()), secret=None, now=NOW)
    assert confirmed.confirm_token is not None
    await store.confirm(confirmed.confirm_token, now=NOW)
    assert await _disable_and_notify(sqlite_db, confirmed.subscription.id, NOW)
    mails: list[OutgoingMail] = await sqlite_db.mails.listing(confirmed.subscription.id)
    assert [m.kind for m in mails].count("disabled_notice") == 1
