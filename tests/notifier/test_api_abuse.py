"""Abuse of the API: mail to unconfirmed addresses, test-event floods, SSRF by DNS, Host-header redirects."""

import datetime as dt
import html
import re
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr

from tests.notifier.fakes import NOW, Db, FakeEmail, FakeWebhooks, api_context
from tocsin_notifier.api import ApiContext, create_api
from tocsin_notifier.guards import client_key
from tocsin_notifier.mail import Links, Mailer
from tocsin_notifier.mail_outbox import MailPolicy, MailWorker
from tocsin_notifier.models import OutgoingMail, RefusedAddress, Subscription
from tocsin_notifier.rate_limits import RateLimit
from tocsin_notifier.retry import SendResult
from tocsin_notifier.routing import Filters
from tocsin_notifier.sample import sample_alert
from tocsin_notifier.settings import NotifierSettings
from tocsin_notifier.store import Changes, NewSubscription, queue_disabled_notice
from tocsin_notifier.subscription import settings_said
from tocsin_notifier.tokens import refusal_key

ADMIN = {"Authorization": "Bearer admin-secret-0123456789"}
EVIL_URL = "https://hooks.example.org/URGENT-your-account-is-suspended-verify-at-evil.example"
MAILER = Mailer(sender="Tocsin <alerts@tocsin.example>", links=Links("https://tocsin.example"))


@dataclass
class Api:
    client: httpx.AsyncClient
    db: Db
    webhooks: FakeWebhooks
    email: FakeEmail
    dns: dict[str, list[str]]
    ctx: ApiContext

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
        admin_token=SecretStr("admin-secret-0123456789"),
        public_url="https://tocsin.example",
        create_rate_limit=50,
    )
    webhooks, email = FakeWebhooks(), FakeEmail()
    ctx = api_context(sqlite_db, settings, webhooks=webhooks, email=email, resolver=resolver, mailer=MAILER)
    transport = httpx.ASGITransport(app=create_api(ctx))
    async with httpx.AsyncClient(transport=transport, base_url="https://tocsin.example") as client:
        yield Api(client, sqlite_db, webhooks, email, dns, ctx)


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


async def _rotate(api: Api, sub_id: str, **kwargs: Any) -> dict[str, Any]:
    response = await api.client.post(f"/v1/subscriptions/{sub_id}/rotate-secret", headers=ADMIN, **kwargs)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def _signing_secrets(api: Api, sub_id: str) -> list[str]:
    assert (await api.client.post(f"/v1/subscriptions/{sub_id}/test", headers=ADMIN)).status_code == 200
    return list(api.webhooks.calls[-1].secrets)


async def test_repeated_rotations_leave_two_live_secrets(api: Api) -> None:
    """Three rotations in a row sign with the newest secret and the one before it, nothing older."""
    created = await api.create({"channel": "webhook", "target": "https://example.org/hook"})
    rotated = [(await _rotate(api, created["id"]))["secret"] for _ in range(3)]
    assert await _signing_secrets(api, created["id"]) == [rotated[2], rotated[1]]
    sub = await api.db.subscriptions.get(created["id"])
    assert sub is not None
    assert len(sub.secrets) == 2


@pytest.mark.parametrize("how", [{"json": {"revoke_previous": True}}, {"params": {"revoke_previous": "true"}}])
async def test_revoke_previous_ends_the_old_secret_at_once(api: Api, how: dict[str, Any]) -> None:
    """revoke_previous (JSON body or query flag) leaves only the new secret signing."""
    created = await api.create({"channel": "webhook", "target": "https://example.org/hook"})
    await _rotate(api, created["id"])
    rotated = await _rotate(api, created["id"], **how)
    assert await _signing_secrets(api, created["id"]) == [rotated["secret"]]
    assert dt.datetime.fromisoformat(rotated["previous_valid_until"]) <= dt.datetime.now(dt.UTC)


async def test_rotation_body_rejects_unknown_fields(api: Api) -> None:
    """A misspelt flag is 422, never a silent rotation that keeps a leaked secret alive."""
    created = await api.create({"channel": "webhook", "target": "https://example.org/hook"})
    path = f"/v1/subscriptions/{created['id']}/rotate-secret"
    response = await api.client.post(path, headers=ADMIN, json={"revoke_previos": True})
    assert response.status_code == 422


@pytest.mark.parametrize("value", ["yes", "1", "on", "no"])
async def test_revoke_previous_as_a_query_flag_is_true_or_false_nothing_else(api: Api, value: str) -> None:
    """`?revoke_previous=yes` revoked the old secret while "yes" in a JSON body was refused: a flag that ends a
    secret is not guessed at either way."""
    created = await api.create({"channel": "webhook", "target": "https://example.org/hook"})
    path = f"/v1/subscriptions/{created['id']}/rotate-secret"
    response = await api.client.post(path, headers=ADMIN, params={"revoke_previous": value})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["query", "revoke_previous"]


@pytest.mark.parametrize("value", ["yes", "true", 1, 0, "no"])
async def test_revoke_previous_in_a_json_body_must_be_a_json_boolean(api: Api, value: object) -> None:
    """ "yes" or 1 used to be read as true (and "no" as false): a flag that ends a secret is not guessed at."""
    created = await api.create({"channel": "webhook", "target": "https://example.org/hook"})
    path = f"/v1/subscriptions/{created['id']}/rotate-secret"
    response = await api.client.post(path, headers=ADMIN, json={"revoke_previous": value})
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "revoke_previous"]
    assert len(await _signing_secrets(api, created["id"])) == 1  # nothing rotated


@pytest.mark.parametrize(
    ("host", "key"),
    [
        ("203.0.113.7", "203.0.113.7"),
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
        ("2001:db8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"),
        ("::ffff:203.0.113.7", "203.0.113.7"),
        ("fe80::1%eth0", "fe80::/64"),
        ("testclient", "testclient"),
    ],
)
def test_client_key_is_the_ipv4_address_or_the_ipv6_64(host: str, key: str) -> None:
    """IPv4 peers are counted per address, IPv6 peers per /64, anything else as given."""
    assert client_key(host) == key


async def test_ipv6_clients_in_one_64_share_the_creation_limit(api: Api) -> None:
    """Rotating addresses inside one IPv6 /64 does not escape the per-client limit; another /64 does."""
    api.ctx.per_client = RateLimit("client", 2, 60.0)
    body = {"channel": "webhook", "target": "https://example.org/hook"}
    codes = []
    for host in ("2001:db8:1:2::1", "2001:db8:1:2::2", "2001:db8:1:2::3", "2001:db8:1:3::1"):
        transport = httpx.ASGITransport(app=create_api(api.ctx), client=(host, 4711))
        async with httpx.AsyncClient(transport=transport, base_url="https://tocsin.example") as client:
            codes.append((await client.post("/v1/subscriptions", json=body)).status_code)
    assert codes == [201, 201, 429, 201]


async def test_confirmation_mails_to_one_address_are_limited(api: Api) -> None:
    """A fourth confirmation mail to one address within an hour, in any spelling or role, is 429."""
    created = [await api.create({"channel": "email", "target": "victim@example.org"}) for _ in range(2)]
    resend = f"/v1/subscriptions/{created[0]['id']}/resend-confirmation"
    assert (await api.client.post(resend, headers=ADMIN)).status_code == 202
    again = await api.client.post("/v1/subscriptions", json={"channel": "email", "target": "Victim@example.org"})
    assert again.status_code == 429
    assert int(again.headers["retry-after"]) >= 1
    contact = {"channel": "webhook", "target": "https://example.org/hook", "contact_email": "victim@example.org"}
    assert (await api.client.post("/v1/subscriptions", json=contact)).status_code == 429
    assert (await api.client.post(resend, headers=ADMIN)).status_code == 429
    assert len(api.email.sent) == 3
    await api.create({"channel": "email", "target": "someone-else@example.org"})


@pytest.mark.parametrize(
    ("first", "variants"),
    [
        ("victim@example.org", ["victim+1@example.org", "Victim+2@example.org", "victim+x+y@example.org"]),
        ("mb.victim@gmail.com", ["m.b.victim@gmail.com", "mbvictim+7@gmail.com", "M.B.Victim@googlemail.com"]),
    ],
)
async def test_tagged_and_dotted_spellings_of_one_mailbox_share_its_confirmation_limit(
    api: Api, first: str, variants: list[str]
) -> None:
    """Addresses "victim+1@", "victim+2@" … reach one mailbox: they could mail-bomb it through the subscribe form,
    3 mails an hour each, so the limit counts them as one (so do Gmail's dotted spellings)."""
    codes = [(await api.client.post("/v1/subscriptions", json={"channel": "email", "target": first})).status_code]
    for target in variants:
        codes.append(
            (await api.client.post("/v1/subscriptions", json={"channel": "email", "target": target})).status_code
        )
    assert codes[:3] == [201, 201, 201]
    assert codes[3] == 429
    assert len(api.email.sent) == 3


async def test_openapi_documents_the_rotation_cap_and_revoke_previous(api: Api) -> None:
    """The rotate-secret operation explains the two-secret cap and both ways to pass revoke_previous."""
    operation = (await api.client.get("/openapi.json")).json()["paths"]["/v1/subscriptions/{sub_id}/rotate-secret"]
    post = operation["post"]
    assert "At most two secrets" in post["description"]
    assert "revoke_previous" in post["description"]
    assert any(p["name"] == "revoke_previous" and p["in"] == "query" for p in post["parameters"])
    assert "requestBody" in post


async def test_changing_the_contact_counts_towards_the_address_limit(api: Api) -> None:
    """Re-pointing a webhook's contact at one address over and over mails it at most 3 times an hour."""
    hook = await api.create({"channel": "webhook", "target": "https://example.org/hook"})
    path = f"/v1/subscriptions/{hook['id']}"
    codes = []
    for address in ("victim@example.org", "other@example.org") * 4:
        codes.append((await api.client.patch(path, json={"contact_email": address}, headers=ADMIN)).status_code)
    assert codes == [200] * 6 + [429, 200]  # the last one changes nothing: "other" is still the contact


async def test_changing_the_contact_counts_towards_the_client_creation_limit(api: Api) -> None:
    """One client re-pointing a webhook's contact at ever new third parties mailed each of them: a contact change
    now counts like a creation (50 a window in this fixture), so the 51st request of the window is a 429."""
    hook = await api.create({"channel": "webhook", "target": "https://example.org/hook"})
    path = f"/v1/subscriptions/{hook['id']}"
    codes = [
        (
            await api.client.patch(path, json={"contact_email": f"victim{n}@third-party.example"}, headers=ADMIN)
        ).status_code
        for n in range(50)
    ]
    assert codes == [200] * 49 + [429]  # the creation above took one of the 50
    assert (await api.client.patch(path, json={"filters": {"min_severity": "high"}}, headers=ADMIN)).status_code == 200


async def test_no_api_page_loads_scripts_from_a_cdn(api: Api) -> None:
    """/docs and /redoc loaded unpinned scripts from jsdelivr on the API's origin (where an operator pastes the admin
    token); only the machine-readable description is served."""
    for page in ("/docs", "/redoc"):
        assert (await api.client.get(page)).status_code == 404
    assert (await api.client.get("/openapi.json")).status_code == 200


async def test_refusing_a_confirmation_request_stops_further_ones_to_that_address(api: Api) -> None:
    """Unsubscribing from a confirmation mail stopped nothing: anyone could ask again, 3 times an hour, for ever.
    A refusal (unsubscribing a subscription still pending) holds for 30 days, for every way of mailing the address."""
    created = await api.create({"channel": "email", "target": "harassed@ngo.example"})
    token = await api.ctx.subscriptions.unsubscribe_token_for(created["id"])
    assert (await api.client.post(f"/v1/unsubscribe/{token}")).status_code == 200
    sent = len(api.email.sent)
    again = await api.client.post("/v1/subscriptions", json={"channel": "email", "target": "Harassed@NGO.example"})
    assert again.status_code == 409
    assert "refused a confirmation request" in again.json()["detail"]
    assert re.search(r"before \d{4}-\d{2}-\d{2}$", again.json()["detail"])  # the day, not the minute she refused
    as_contact = {"channel": "webhook", "target": "https://example.org/hook", "contact_email": "harassed@ngo.example"}
    assert (await api.client.post("/v1/subscriptions", json=as_contact)).status_code == 409
    plus = await api.client.post("/v1/subscriptions", json={"channel": "email", "target": "harassed+x@ngo.example"})
    assert plus.status_code == 409  # the same mailbox at most providers
    hook = await api.create({"channel": "webhook", "target": "https://example.org/hook"})
    patched = await api.client.patch(
        f"/v1/subscriptions/{hook['id']}", json={"contact_email": "harassed@ngo.example"}, headers=ADMIN
    )
    assert patched.status_code == 409
    assert len(api.email.sent) == sent
    await api.create({"channel": "email", "target": "someone-else@ngo.example"})  # others are mailed as before
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=31)
    assert await api.ctx.subscriptions.refused_until("harassed@ngo.example", now=later) is None


async def test_unsubscribing_a_confirmed_subscription_refuses_nothing(api: Api) -> None:
    """Leaving a subscription one had confirmed is no refusal: the owner may subscribe again at once."""
    created = await api.create({"channel": "email", "target": "reader@ngo.example"})
    confirm = await api.ctx.subscriptions.confirm_token_for(created["id"])
    assert (await api.client.post(f"/v1/confirm/{confirm}")).status_code == 200
    token = await api.ctx.subscriptions.unsubscribe_token_for(created["id"])
    assert (await api.client.post(f"/v1/unsubscribe/{token}")).status_code == 200
    await api.create({"channel": "email", "target": "reader@ngo.example"})


async def test_the_owner_of_an_email_address_is_shown_and_told_the_settings_its_creator_chooses(api: Api) -> None:
    """Whoever creates an email subscription holds its manage token: one narrowed a confirmed subscription of a
    journalist's to nothing (countries ["ATA"], critical only) and she never knew. The confirmation page now shows the
    settings, and every change is mailed to the address, changes in a row as one mail."""
    created = await api.create(
        {"channel": "email", "target": "defender@ngo.example", "filters": {"countries": ["VNM"]}}
    )
    confirm = await api.ctx.subscriptions.confirm_token_for(created["id"])
    shown = (await api.client.get(f"/v1/confirm/{confirm}")).text
    assert "countries: VNM (and alerts that concern every state)" in shown
    assert "lowest severity: info" in shown
    assert (await api.client.post(f"/v1/confirm/{confirm}")).status_code == 200
    owner = bearer(created["manage_token"])
    path = f"/v1/subscriptions/{created['id']}"
    for change in ({"filters": {"countries": ["ATA"]}}, {"filters": {"min_severity": "critical"}}, {"digest": "daily"}):
        assert (await api.client.patch(path, json=change, headers=owner)).status_code == 200
    sent = len(api.email.sent)
    later = MailWorker(
        api.ctx.subscriptions,
        api.db.mails,
        email=api.email,
        mail=MAILER,
        policy=MailPolicy((dt.timedelta(0),)),
        clock=lambda: dt.datetime.now(dt.UTC) + dt.timedelta(minutes=11),
    )
    assert await later.run_once() == 1
    [notice] = api.email.sent[sent:]
    assert notice["To"] == "defender@ngo.example"
    assert notice["Subject"] == "The settings of your Tocsin subscription were changed"
    body = notice.get_body(("plain",))
    assert body is not None
    text = body.get_content()
    assert "countries: ATA (and alerts that concern every state)" in text
    assert "lowest severity: critical" in text
    assert "delivery: daily digest" in text
    assert "List-Unsubscribe" in notice
    assert await later.run_once() == 0  # nothing more waits: one mail for the three changes


async def test_a_webhook_or_an_unconfirmed_email_subscription_sends_no_settings_notice(api: Api) -> None:
    """Only a confirmed address is told anything."""
    hook = await api.create({"channel": "webhook", "target": "https://example.org/hook"})
    pending = await api.create({"channel": "email", "target": "pending@ngo.example"})
    for created in (hook, pending):
        path = f"/v1/subscriptions/{created['id']}"
        change = {"filters": {"min_severity": "high"}}
        assert (await api.client.patch(path, json=change, headers=bearer(created["manage_token"]))).status_code == 200
    kinds = {m.kind for created in (hook, pending) for m in await api.db.mails.listing(created["id"])}
    assert "settings_notice" not in kinds


async def test_settings_changed_while_the_owner_reads_the_confirmation_page_are_not_confirmed(api: Api) -> None:
    """The page showed "countries: any"; its creator narrowed it to ATA/critical meanwhile, and the button confirmed
    that, with no notice (the re-test). The button now confirms only the settings the page showed."""
    created = await api.create({"channel": "email", "target": "reader@ngo.example"})
    token = await api.ctx.subscriptions.confirm_token_for(created["id"])
    shown = (await api.client.get(f"/v1/confirm/{token}")).text
    action = re.search(r'action="([^"]+)"', shown)
    assert action is not None
    assert "countries: any" in shown
    narrowed = {"filters": {"countries": ["ATA"], "min_severity": "critical"}}
    path = f"/v1/subscriptions/{created['id']}"
    assert (await api.client.patch(path, json=narrowed, headers=bearer(created["manage_token"]))).status_code == 200
    again = await api.client.post(html.unescape(action.group(1)))
    assert "The settings changed since you opened this page" in again.text
    assert "countries: ATA" in again.text
    assert (await api.client.get(path, headers=ADMIN)).json()["status"] == "pending"
    second = re.search(r'action="([^"]+)"', again.text)
    assert second is not None
    assert "Subscription confirmed" in (await api.client.post(html.unescape(second.group(1)))).text
    assert (await api.client.get(path, headers=ADMIN)).json()["status"] == "active"


async def test_the_owner_of_a_contact_address_can_refuse_it(api: Api) -> None:
    """A webhook's contact-confirmation mail said "ignore this message: nothing more will be sent", yet a second
    webhook naming the address mailed it again, and it offered no way to refuse. Its page now refuses: the
    subscription forgets the address and no confirmation mail goes to it for 30 days, whoever asks."""
    body = {"channel": "webhook", "target": "https://example.org/hook", "contact_email": "editor@ngo.example"}
    created = await api.create(body)
    [mail] = [m for m in api.email.sent if m["To"] == "editor@ngo.example"]
    plain = mail.get_body(("plain",))
    assert plain is not None
    refuse = re.search(r"https://tocsin\.example(/v1/refuse-contact/\S+)", plain.get_content())
    assert refuse is not None
    assert "Refuse" in (await api.client.get(refuse.group(1))).text  # GET changes nothing
    assert (await api.client.get(f"/v1/subscriptions/{created['id']}", headers=ADMIN)).json()["contact_email"]
    assert "Refused" in (await api.client.post(refuse.group(1))).text
    shown = (await api.client.get(f"/v1/subscriptions/{created['id']}", headers=ADMIN)).json()
    assert (shown["contact_email"], shown["status"]) == (None, "active")  # the webhook itself goes on
    assert (await api.client.post("/v1/subscriptions", json=body)).status_code == 409
    assert (await api.client.post(refuse.group(1))).status_code == 404  # once


async def test_a_client_guessing_tokens_is_refused_after_twenty_even_with_the_right_one(api: Api) -> None:
    """Unknown bearer tokens are counted per client: the 21st attempt in ten minutes gets 429 with Retry-After,
    and so does the admin token from that client until the window ends (a guess gains not even an answer)."""
    for n in range(20):
        response = await api.client.get("/v1/subscriptions", headers=bearer(f"guess-{n:04d}-abcdefghijkl"))
        assert response.status_code == 401, response.text
    refused = await api.client.get("/v1/subscriptions", headers=bearer("guess-9999-abcdefghijkl"))
    assert refused.status_code == 429
    assert 0 < int(refused.headers["Retry-After"]) <= 601
    assert (await api.client.get("/v1/subscriptions", headers=ADMIN)).status_code == 429
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=11)
    api.ctx.rate_limits.clock = lambda: later
    assert (await api.client.get("/v1/subscriptions", headers=ADMIN)).status_code == 200


async def test_a_right_token_is_never_counted_against_its_client(api: Api) -> None:
    """Only unknown tokens count: an operator's script calling a hundred times is not throttled by this."""
    for _ in range(30):
        assert (await api.client.get("/v1/subscriptions", headers=ADMIN)).status_code == 200
    assert (await api.client.get("/v1/subscriptions", headers=bearer("not-a-token-at-all-xx"))).status_code == 401


async def _confirmed_email(api: Api, target: str, **extra: Any) -> tuple[dict[str, Any], str]:
    """An email subscription its owner confirmed, and the token of her settings page (her mails' unsubscribe one)."""
    created = await api.create({"channel": "email", "target": target, **extra})
    confirm = await api.ctx.subscriptions.confirm_token_for(created["id"])
    assert (await api.client.post(f"/v1/confirm/{confirm}")).status_code == 200
    return created, await api.ctx.subscriptions.unsubscribe_token_for(created["id"])


async def test_the_owner_of_an_email_address_changes_what_it_receives_from_her_own_page(api: Api) -> None:
    """She could only unsubscribe and subscribe again when its creator narrowed it; her mails now link a page where
    she sets countries, tags, event types, severity and delivery herself, and her own change is not mailed to her."""
    created, token = await _confirmed_email(
        api, "journalist@ngo.example", filters={"countries": ["ATA"], "min_severity": "critical"}
    )
    shown = await api.client.get(f"/v1/settings/{token}")
    assert shown.status_code == 200
    assert shown.headers["Cache-Control"] == "no-store"
    assert 'value="ATA"' in shown.text
    assert '<option value="critical" selected>' in shown.text
    form = "countries=vnm%2C+PAK&tags=press-freedom&tags=due-process&min_severity=medium&digest=daily"
    saved = await api.client.post(
        f"/v1/settings/{token}", content=form, headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    assert saved.status_code == 200, saved.text
    assert "Saved." in saved.text
    assert "countries: PAK, VNM (and alerts that concern every state)" in html.unescape(saved.text)
    out = (await api.client.get(f"/v1/subscriptions/{created['id']}", headers=ADMIN)).json()
    assert out["filters"] == {
        "countries": ["PAK", "VNM"],
        "event_types": [],
        "tags": ["due-process", "press-freedom"],
        "min_severity": "medium",
    }
    assert out["digest"] == "daily"
    kinds = [m.kind for m in await api.db.mails.listing(created["id"])]
    assert "settings_notice" not in kinds  # she made the change herself
    spaced = await api.client.post(
        f"/v1/settings/{token}",
        content="countries=NGA+ken&min_severity=info&digest=immediate",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert "countries: KEN, NGA (and alerts that concern every state)" in html.unescape(spaced.text)


async def test_a_wrong_field_on_the_settings_page_changes_nothing_and_says_which(api: Api) -> None:
    """'Viet Nam' is no code: the form comes back (422) with what she typed and the code meant; nothing is stored."""
    created, token = await _confirmed_email(api, "reader@ngo.example", filters={"countries": ["VNM"]})
    for form, said in (
        ("countries=Viet+Nam&min_severity=info&digest=immediate", "use VNM"),
        ("countries=&min_severity=urgent&digest=immediate", "min_severity"),
        ("countries=&min_severity=info&digest=weekly", "delivery must be one of"),
        ("countries=&min_severity=info&digest=immediate&status=unsubscribed", "unknown fields: status"),
        ("countries=VNM", "missing fields: min_severity, digest"),  # they were set back to their defaults, unseen
        ("countries=&min_severity=critical&min_severity=info&digest=immediate", "given more than once: min_severity"),
        ('{"countries": ["VNM"]}', "not the page's form"),  # raw input is not echoed back
    ):
        refused = await api.client.post(
            f"/v1/settings/{token}", content=form, headers={"Content-Type": "application/x-www-form-urlencoded"}
        )
        assert refused.status_code == 422, form
        assert said in html.unescape(refused.text), refused.text
    assert 'value="Viet Nam"' not in refused.text  # the last form shown is the last one sent
    out = (await api.client.get(f"/v1/subscriptions/{created['id']}", headers=ADMIN)).json()
    assert out["filters"]["countries"] == ["VNM"]
    assert out["filters"]["min_severity"] == "info"
    garbage = await api.client.post(f"/v1/settings/{token}", content=b"\xff\xfe")
    assert garbage.status_code == 422
    assert "nothing was changed" in garbage.text


async def test_the_settings_page_opens_only_for_an_active_email_subscription(api: Api) -> None:
    """A webhook's, a pending or an unsubscribed subscription's token, or an unknown one, gets the unknown-link page."""
    hook = await api.create({"channel": "webhook", "target": "https://example.org/hook"})
    pending = await api.create({"channel": "email", "target": "pending@ngo.example"})
    _gone, gone_token = await _confirmed_email(api, "left@ngo.example")
    assert (await api.client.post(f"/v1/unsubscribe/{gone_token}")).status_code == 200
    tokens = [await api.ctx.subscriptions.unsubscribe_token_for(s["id"]) for s in (hook, pending)]
    for token in (*tokens, gone_token, "not-a-token"):
        assert (await api.client.get(f"/v1/settings/{token}")).status_code == 404
        assert (await api.client.post(f"/v1/settings/{token}", content="digest=daily")).status_code == 404


async def test_every_alert_and_settings_notice_links_the_owners_settings_page(api: Api) -> None:
    """The page is reached from the mails themselves: an alert's footer and the notice of a change by the creator."""
    alert = MAILER.alert([sample_alert("s", NOW)], to="a@ngo.example", unsubscribe_token="tok")
    notice = MAILER.settings_notice(
        to="a@ngo.example", subscription_id="s", settings="countries: any", unsubscribe_token="tok"
    )
    for mail in (alert, notice):
        for kind in ("plain", "html"):
            part = mail.get_body((kind,))
            assert part is not None
            assert "https://tocsin.example/v1/settings/tok" in part.get_content()


async def test_an_unsubscribed_subscription_cannot_be_kept_alive_or_given_a_contact_by_its_creator(api: Api) -> None:
    """Whoever created an email subscription held its manage token: a PATCH after the address's owner unsubscribed
    moved its purge clock (kept 30 days after the last change) and stored any contact address on it. 409 now."""
    created = await api.create({"channel": "email", "target": "ayesha@example.org"})
    owner = {"Authorization": f"Bearer {created['manage_token']}"}
    token = await api.db.subscriptions.unsubscribe_token_for(created["id"])
    assert (await api.client.post(f"/v1/unsubscribe/{token}")).status_code == 200
    before = (await api.client.get(f"/v1/subscriptions/{created['id']}", headers=owner)).json()
    for change in ({}, {"digest": "daily"}, {"filters": {"countries": ["PAK"]}}):
        answer = await api.client.patch(f"/v1/subscriptions/{created['id']}", json=change, headers=owner)
        assert answer.status_code == 409, answer.text
        assert "unsubscribed" in answer.json()["detail"]
    after = (await api.client.get(f"/v1/subscriptions/{created['id']}", headers=owner)).json()
    assert after == before
    assert (await api.client.delete(f"/v1/subscriptions/{created['id']}", headers=owner)).status_code == 204


@pytest.mark.parametrize("target", ["victim@example.org", "third.party@example.org"])
async def test_an_email_subscription_takes_no_contact_address(api: Api, target: str) -> None:
    """A contact is a webhook's: on an email subscription it was stored unconfirmed, past any refusal, and never
    mailed or purged. 422 on creation and change."""
    body = {"channel": "email", "target": "linh@example.org", "contact_email": target}
    made = await api.client.post("/v1/subscriptions", json=body)
    assert made.status_code == 422
    assert "webhook" in made.text
    created = await api.create({"channel": "email", "target": "linh@example.org"})
    owner = {"Authorization": f"Bearer {created['manage_token']}"}
    changed = await api.client.patch(
        f"/v1/subscriptions/{created['id']}", json={"contact_email": target}, headers=owner
    )
    assert changed.status_code == 422
    shown = (await api.client.get(f"/v1/subscriptions/{created['id']}", headers=owner)).json()
    assert shown["contact_email"] is None


FORM = {"Content-Type": "application/x-www-form-urlencoded"}


async def test_discreet_is_set_on_creation_changed_by_patch_and_refused_for_webhooks(api: Api) -> None:
    made = await api.create({"channel": "email", "target": "ayesha@example.org", "discreet": True})
    assert made["discreet"] is True
    owner = {"Authorization": f"Bearer {made['manage_token']}"}
    changed = await api.client.patch(f"/v1/subscriptions/{made['id']}", json={"discreet": False}, headers=owner)
    assert (changed.status_code, changed.json()["discreet"]) == (200, False)
    hook = {"channel": "webhook", "target": "https://example.org/hook", "discreet": True}
    refused = await api.client.post("/v1/subscriptions", json=hook)
    assert refused.status_code == 422
    assert "discreet" in refused.text


async def test_the_owner_ticks_discreet_subjects_on_her_settings_page(api: Api) -> None:
    created, token = await _confirmed_email(api, "amel@example.org", filters={})
    page = await api.client.get(f"/v1/settings/{token}")
    assert 'name="discreet" value="yes">' in page.text  # shown, not ticked
    form = "countries=&min_severity=info&digest=immediate&discreet=yes"
    saved = await api.client.post(f"/v1/settings/{token}", content=form, headers=FORM)
    assert saved.status_code == 200, saved.text
    assert "subjects: discreet" in html.unescape(saved.text)
    out = (await api.client.get(f"/v1/subscriptions/{created['id']}", headers=ADMIN)).json()
    assert out["discreet"] is True
    cleared = await api.client.post(
        f"/v1/settings/{token}", content="countries=&min_severity=info&digest=immediate", headers=FORM
    )
    assert cleared.status_code == 200
    assert (await api.client.get(f"/v1/subscriptions/{created['id']}", headers=ADMIN)).json()["discreet"] is False


@pytest.mark.parametrize("extra", ["&discreet=on", "&discreet=yes&discreet=yes"])
async def test_a_discreet_field_the_page_never_sends_changes_nothing(api: Api, extra: str) -> None:
    created, token = await _confirmed_email(api, "carlos@example.org", filters={})
    form = "countries=&min_severity=info&digest=immediate" + extra
    refused = await api.client.post(f"/v1/settings/{token}", content=form, headers=FORM)
    assert refused.status_code == 422
    assert (await api.client.get(f"/v1/subscriptions/{created['id']}", headers=ADMIN)).json()["discreet"] is False


async def test_the_owner_of_an_address_deletes_it_at_once_after_unsubscribing(api: Api) -> None:
    """Unsubscribing kept her address and what she was sent for 30 days, and only the subscription's creator or the
    operator could delete them sooner. The page after unsubscribing now offers to delete them at once."""
    created, token = await _confirmed_email(api, "ayesha@pk-journo.example", filters={})
    done = await api.client.post(f"/v1/unsubscribe/{token}")
    assert done.status_code == 200
    assert f'action="/v1/unsubscribe/{token}/forget"' in done.text
    assert await api.db.subscriptions.get(created["id"]) is not None  # unsubscribing alone keeps it 30 days
    forgotten = await api.client.post(f"/v1/unsubscribe/{token}/forget")
    assert forgotten.status_code == 200
    assert "deleted" in forgotten.text
    assert await api.db.subscriptions.get(created["id"]) is None
    assert (await api.client.post(f"/v1/unsubscribe/{token}/forget")).status_code == 404
    assert (await api.client.get(f"/v1/unsubscribe/{token}")).status_code == 404


async def test_deleting_at_once_a_subscription_someone_else_made_still_refuses_further_requests(api: Api) -> None:
    """A pending subscription she never asked for, deleted from its first mail: the refusal (an HMAC, not the
    address) stays, so no one can make her the target again for 30 days."""
    created = await api.create({"channel": "email", "target": "harassed@ngo.example"})
    token = await api.ctx.subscriptions.unsubscribe_token_for(created["id"])
    assert (await api.client.post(f"/v1/unsubscribe/{token}/forget")).status_code == 200
    assert await api.db.subscriptions.get(created["id"]) is None
    again = await api.client.post("/v1/subscriptions", json={"channel": "email", "target": "harassed@ngo.example"})
    assert again.status_code == 409


@pytest.mark.parametrize("value", ["yes", 1, "true"])
async def test_discreet_takes_only_true_or_false(api: Api, value: object) -> None:
    made = await api.create({"channel": "email", "target": "linh@example.org"})
    owner = {"Authorization": f"Bearer {made['manage_token']}"}
    answer = await api.client.patch(f"/v1/subscriptions/{made['id']}", json={"discreet": value}, headers=owner)
    assert answer.status_code == 422


async def test_the_owner_is_told_when_subjects_stop_being_discreet(api: Api) -> None:
    """Turned off by the creator, the settings she is mailed said nothing of subjects: now they always do."""
    created, _ = await _confirmed_email(api, "amel@example.org", filters={}, discreet=True)
    sub = await api.db.subscriptions.get(created["id"])
    assert sub is not None
    assert "subjects: discreet" in settings_said(sub)
    owner = {"Authorization": f"Bearer {created['manage_token']}"}
    await api.client.patch(f"/v1/subscriptions/{created['id']}", json={"discreet": False}, headers=owner)
    sub = await api.db.subscriptions.get(created["id"])
    assert sub is not None
    assert "subjects: country, severity and headline" in settings_said(sub)


async def test_replaying_a_creation_does_not_move_an_unsubscribed_subscriptions_purge(api: Api) -> None:
    headers = {"Idempotency-Key": "replay-after-unsubscribe-0001"}
    body = {"channel": "email", "target": "frank@example.org"}
    made = (await api.client.post("/v1/subscriptions", json=body, headers=headers)).json()
    token = await api.ctx.subscriptions.unsubscribe_token_for(made["id"])
    await api.client.post(f"/v1/unsubscribe/{token}")
    before = await api.db.subscriptions.get(made["id"])
    assert before is not None
    replayed = await api.client.post("/v1/subscriptions", json=body, headers=headers)
    assert replayed.status_code == 200
    after = await api.db.subscriptions.get(made["id"])
    assert after is not None
    assert after.updated_at == before.updated_at


@pytest.mark.parametrize(
    ("refused", "later"),
    [
        ("target@gmail.com", "t.arget@gmail.com"),
        ("target@gmail.com", "target@googlemail.com"),
        ("vic.tim@proton.me", "victim+2@protonmail.com"),
    ],
)
async def test_a_refusal_covers_every_spelling_of_the_mailbox(api: Api, refused: str, later: str) -> None:
    created = await api.create({"channel": "email", "target": refused})
    token = await api.ctx.subscriptions.unsubscribe_token_for(created["id"])
    assert (await api.client.post(f"/v1/unsubscribe/{token}")).status_code == 200
    again = await api.client.post("/v1/subscriptions", json={"channel": "email", "target": later})
    assert again.status_code == 409


async def test_a_refusal_stored_before_mailboxes_were_folded_still_holds(api: Api) -> None:
    """Refusals made by the previous release are keyed with only "+tag" left out: they are still honoured."""
    store = api.ctx.subscriptions
    key = refusal_key(await store.instance_key(), "m.b.victim@gmail.com")
    async with api.db.subscriptions.sessions.begin() as session:
        session.add(RefusedAddress(key=key, until=dt.datetime.now(dt.UTC) + dt.timedelta(days=10)))
    again = await api.client.post("/v1/subscriptions", json={"channel": "email", "target": "m.b.victim@gmail.com"})
    assert again.status_code == 409


async def test_deleting_at_once_leaves_the_address_in_no_database_file(api: Api) -> None:
    """The -wal file kept the deleted rows' old pages after the page said the address was gone."""
    _, token = await _confirmed_email(api, "alice.erased@example.net", filters={})
    assert (await api.client.post(f"/v1/unsubscribe/{token}/forget")).status_code == 200
    path = Path(api.db.url.split("///", 1)[1])
    for file in (path, path.with_name(path.name + "-wal")):
        if file.exists():
            assert b"alice.erased@example.net" not in file.read_bytes(), file
