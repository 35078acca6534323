"""The HTTP API through httpx's ASGI transport: every status code the issue lists."""

import asyncio
import base64
import datetime as dt
import hashlib
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from aiosmtpd.controller import Controller
from pydantic import SecretStr
from sqlalchemy import event
from structlog.testing import capture_logs

from tests.notifier.channels.receiver import running_receiver
from tests.notifier.fakes import NOW, FakeEmail, FakeWebhooks, free_port, fresh_pg_database, make_alert
from tocsin_notifier import readiness
from tocsin_notifier.app import Notifier
from tocsin_notifier.database import migrate
from tocsin_notifier.outcomes import Decision
from tocsin_notifier.retry import SendResult
from tocsin_notifier.routing import Filters
from tocsin_notifier.settings import NotifierSettings
from tocsin_notifier.store import IDEMPOTENCY_WINDOW, Idempotency, IdempotencyRace, NewSubscription
from tocsin_runtime.metrics import READY

ADMIN = {"Authorization": "Bearer admin-secret-0123456789"}
HOOK = {"channel": "webhook", "target": "https://example.org/hook"}


class Api:
    def __init__(self, notifier: Notifier, client: httpx.AsyncClient, webhooks: FakeWebhooks, email: FakeEmail):
        self.notifier, self.client, self.webhooks, self.email = notifier, client, webhooks, email

    async def create(self, body: dict[str, Any] | None = None) -> dict[str, Any]:
        response = await self.client.post("/v1/subscriptions", json=body or HOOK)
        assert response.status_code == 201, response.text
        return dict(response.json())


@pytest.fixture(params=["sqlite", "postgresql"])
async def api(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Api]:
    """The API over a fresh database (SQLite and PostgreSQL), with fake channels."""
    if request.param == "sqlite":
        url = f"sqlite+aiosqlite:///{tmp_path / 'api.db'}"
    else:
        url = await fresh_pg_database(request.getfixturevalue("pg_url"))
    settings = NotifierSettings(
        database_url=url,
        admin_token=SecretStr("admin-secret-0123456789"),
        public_url="https://tocsin.example",
        create_rate_limit=5,
        max_body_bytes=2048,
        worker_poll_interval=3600,  # the mail loop stays out of the way; tests drive mail explicitly
        inbound_smtp_port=free_port(),
        unsubscribe_mailbox="unsubscribe@tocsin.example",
    )
    webhooks, email = FakeWebhooks(), FakeEmail()
    notifier = Notifier(settings, None, webhooks=webhooks, email=email)
    await notifier.start()
    transport = httpx.ASGITransport(app=notifier.api)
    async with httpx.AsyncClient(transport=transport, base_url="https://tocsin.example") as client:
        yield Api(notifier, client, webhooks, email)
    await notifier.stop()


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def test_create_webhook_returns_token_and_secret_once(api: Api) -> None:
    """201 with id, active status, a manage token and a whsec_ secret; GET never shows them again."""
    created = await api.create({**HOOK, "filters": {"countries": ["VNM"], "tags": ["press-freedom"]}})
    assert created["status"] == "active"
    assert created["secret"].startswith("whsec_")
    assert len(created["manage_token"]) >= 40
    shown = await api.client.get(f"/v1/subscriptions/{created['id']}", headers=bearer(created["manage_token"]))
    assert shown.status_code == 200
    assert "secret" not in shown.json()
    assert "manage_token" not in shown.json()
    assert shown.json()["filters"]["countries"] == ["VNM"]


async def test_email_subscription_is_pending_and_gets_a_confirmation_mail(api: Api) -> None:
    """An email subscription starts pending; the mail links to the confirmation page."""
    created = await api.create({"channel": "email", "target": "ada@example.org"})
    assert created["status"] == "pending"
    assert created["secret"] is None
    (mail,) = api.email.sent
    assert str(mail["To"]) == "ada@example.org"
    assert "https://tocsin.example/v1/confirm/" in mail.as_string()


async def test_confirmation_needs_a_post(api: Api) -> None:
    """GET shows a button and changes nothing; POST confirms; the token then no longer works."""
    created = await api.create({"channel": "email", "target": "ada@example.org"})
    text = api.email.sent[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    token = text.split("/v1/confirm/", 1)[1].split()[0]
    page = await api.client.get(f"/v1/confirm/{token}")
    assert page.status_code == 200
    assert 'method="post"' in page.text
    headers = bearer(created["manage_token"])
    assert (await api.client.get(f"/v1/subscriptions/{created['id']}", headers=headers)).json()["status"] == "pending"
    assert (await api.client.post(f"/v1/confirm/{token}")).status_code == 200
    assert (await api.client.get(f"/v1/subscriptions/{created['id']}", headers=headers)).json()["status"] == "active"
    assert (await api.client.post(f"/v1/confirm/{token}")).status_code == 404


async def test_one_click_unsubscribe_works_without_auth_cookies_or_redirect(api: Api) -> None:
    """RFC 8058: a bare POST with List-Unsubscribe=One-Click unsubscribes and answers 200 directly."""
    created = await api.create()
    token = await api.notifier.subscriptions.unsubscribe_token_for(created["id"])
    page = await api.client.get(f"/v1/unsubscribe/{token}")
    assert page.status_code == 200
    assert "<button" in page.text
    still = await api.client.get(f"/v1/subscriptions/{created['id']}", headers=ADMIN)
    assert still.json()["status"] == "active"  # a prefetching mail scanner changes nothing
    response = await api.client.post(
        f"/v1/unsubscribe/{token}",
        content="List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 200
    assert "set-cookie" not in response.headers
    shown = await api.client.get(f"/v1/subscriptions/{created['id']}", headers=ADMIN)
    assert shown.json()["status"] == "unsubscribed"
    assert (await api.client.post("/v1/unsubscribe/not-a-token")).status_code == 404


def list_unsubscribe(token: str) -> str:
    """The exact List-Unsubscribe of the `api` fixture's emails: https one-click URL, then the read mailbox."""
    return (
        f"<https://tocsin.example/v1/unsubscribe/{token}>, "
        f"<mailto:unsubscribe@tocsin.example?subject=unsubscribe%20{token}>"
    )


async def test_unsubscribe_headers_point_at_the_one_click_endpoint(api: Api) -> None:
    """The test email's List-Unsubscribe is this instance's https one-click URL, then its unsubscribe mailbox."""
    created = await api.create({"channel": "email", "target": "ada@example.org"})
    text = api.email.sent[0].get_body(("plain",)).get_content()  # type: ignore[union-attr]
    await api.client.post(f"/v1/confirm/{text.split('/v1/confirm/', 1)[1].split()[0]}")
    sent = await api.client.post(f"/v1/subscriptions/{created['id']}/test", headers=ADMIN)
    assert sent.status_code == 200
    assert sent.json()["ok"]
    token = await api.notifier.subscriptions.unsubscribe_token_for(created["id"])
    assert str(api.email.sent[-1]["List-Unsubscribe"]) == list_unsubscribe(token)
    assert api.email.sent[-1]["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"channel": "sms", "target": "x@example.org"}, "channel"),
        ({**HOOK, "filters": {"countries": ["vn"]}}, "filters"),
        ({**HOOK, "filters": {"tags": ["gossip"]}}, "filters"),
        ({**HOOK, "digest": "weekly"}, "digest"),
        ({**HOOK, "digest": "daily"}, "digest"),
        ({"channel": "webhook", "target": "http://127.0.0.1:9/hook"}, "target"),
        ({"channel": "webhook", "target": "http://169.254.169.254/latest"}, "target"),
        ({"channel": "webhook", "target": "file:///etc/passwd"}, "target"),
        ({"channel": "email", "target": "not an address"}, "target"),
        ({"channel": "email", "target": "a@example.org\r\nBcc: b@example.org"}, "target"),
        ({**HOOK, "surprise": 1}, "surprise"),
    ],
)
async def test_invalid_subscription_is_422_with_the_field(api: Api, body: dict[str, Any], field: str) -> None:
    """Bad input is refused with a field-level 422 (SSRF-unsafe webhooks and bad addresses included)."""
    response = await api.client.post("/v1/subscriptions", json=body)
    assert response.status_code == 422
    assert any(field in [str(p) for p in error["loc"]] for error in response.json()["detail"])


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("https://[::1", "Invalid IPv6 URL"),
        ("http://a..b/", "empty label"),
        ("https://" + "a" * 64 + ".example/", "longer than 63 characters"),
        ("http://a!b.example/", "letters, digits"),
    ],
)
async def test_malformed_webhook_target_is_422_naming_the_target(api: Api, target: str, reason: str) -> None:
    """A URL that cannot be parsed or whose host cannot be looked up is a field-level 422, never a 500."""
    response = await api.client.post("/v1/subscriptions", json={"channel": "webhook", "target": target})
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert (error["loc"], error["type"]) == (["body", "target"], "value_error")
    assert error["msg"].startswith("invalid URL: ")
    assert reason in error["msg"]
    assert (await api.client.get("/v1/subscriptions", headers=ADMIN)).json()["total"] == 0


async def test_unknown_country_code_is_422_naming_the_field(api: Api) -> None:
    """An unknown alpha-3 code such as XXX is refused on create and on PATCH, naming the field."""
    response = await api.client.post("/v1/subscriptions", json={**HOOK, "filters": {"countries": ["VNM", "XXX"]}})
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert error["loc"] == ["body", "filters", "countries"]
    assert "XXX" in error["msg"]
    assert "VNM" not in error["msg"]
    created = await api.create({**HOOK, "filters": {"countries": ["PAK"]}})
    url, headers = f"/v1/subscriptions/{created['id']}", bearer(created["manage_token"])
    patched = await api.client.patch(url, json={"filters": {"countries": ["XXX"]}}, headers=headers)
    assert patched.status_code == 422
    assert (await api.client.get(url, headers=headers)).json()["filters"]["countries"] == ["PAK"]


async def test_a_lowercase_code_is_read_and_a_name_or_alpha_2_code_is_refused_naming_the_code_meant(api: Api) -> None:
    """ "vnm", "VN" and "Viet Nam" all got a bare "should match pattern '^[A-Z]{3}$'"."""
    created = await api.create({**HOOK, "filters": {"countries": ["vnm", " nga "]}})
    assert created["filters"]["countries"] == ["NGA", "VNM"]
    response = await api.client.post(
        "/v1/subscriptions", json={**HOOK, "filters": {"countries": ["VN", "Viet Nam", "Nigeria", "PAK"]}}
    )
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert error["loc"] == ["body", "filters", "countries"]
    assert "'VN' (use VNM), 'Viet Nam' (use VNM), 'Nigeria' (use NGA)" in error["msg"]
    union = await api.client.post("/v1/subscriptions", json={**HOOK, "filters": {"countries": ["EU"]}})
    assert "'EU' (the European Union is no country: its treaty actions reach every filter)" in union.text


async def test_401_403_404_are_distinct(api: Api) -> None:
    """No or unknown token: 401; another subscription's token: 403; unknown id: 404."""
    mine, other = await api.create(), await api.create()
    url = f"/v1/subscriptions/{other['id']}"
    no_token = await api.client.get(url)
    assert no_token.status_code == 401
    assert no_token.headers["www-authenticate"] == "Bearer"
    assert (await api.client.get(url, headers=bearer("forged"))).status_code == 401
    assert (await api.client.get(url, headers=bearer(mine["manage_token"]))).status_code == 403
    assert (await api.client.get("/v1/subscriptions/nope", headers=ADMIN)).status_code == 404
    assert (await api.client.get("/v1/subscriptions/nope", headers=bearer(mine["manage_token"]))).status_code == 404
    assert (await api.client.get(url, headers=ADMIN)).status_code == 200


async def test_listing_needs_the_admin_token(api: Api) -> None:
    """The admin sees every subscription; an owner's token is forbidden there."""
    mine = await api.create()
    await api.create()
    assert (await api.client.get("/v1/subscriptions", headers=bearer(mine["manage_token"]))).status_code == 403
    listing = await api.client.get("/v1/subscriptions", headers=ADMIN)
    assert listing.status_code == 200
    assert listing.json()["total"] == 2


async def test_patch_and_delete(api: Api) -> None:
    """The owner changes filters, then deletes; a deleted subscription is 404 to the admin."""
    created = await api.create()
    headers, url = bearer(created["manage_token"]), f"/v1/subscriptions/{created['id']}"
    changed = await api.client.patch(url, json={"filters": {"min_severity": "high"}}, headers=headers)
    assert changed.status_code == 200
    assert changed.json()["filters"]["min_severity"] == "high"
    assert (await api.client.patch(url, json={"filters": {"min_severity": "dire"}}, headers=headers)).status_code == 422
    assert (await api.client.patch(url, json={"status": "active"}, headers=headers)).status_code == 200
    assert (await api.client.delete(url, headers=headers)).status_code == 204
    assert (await api.client.get(url, headers=ADMIN)).status_code == 404


async def test_patch_merges_only_the_filter_fields_it_names(api: Api) -> None:
    """PATCH filters.min_severity keeps the stored tags and countries; an explicit empty list clears one."""
    created = await api.create({**HOOK, "filters": {"countries": ["VNM"], "tags": ["free-expression"]}})
    headers, url = bearer(created["manage_token"]), f"/v1/subscriptions/{created['id']}"
    changed = await api.client.patch(url, json={"filters": {"min_severity": "high"}}, headers=headers)
    assert changed.status_code == 200
    expected = {"countries": ["VNM"], "event_types": [], "tags": ["free-expression"], "min_severity": "high"}
    assert changed.json()["filters"] == expected
    assert (await api.client.get(url, headers=headers)).json()["filters"] == expected
    cleared = await api.client.patch(url, json={"filters": {"countries": []}}, headers=headers)
    assert cleared.json()["filters"] == {**expected, "countries": []}


async def test_oversized_body_is_413(api: Api) -> None:
    """A request body over NOTIFIER_MAX_BODY_BYTES is refused before parsing."""
    response = await api.client.post("/v1/subscriptions", content=b"{" + b" " * 4096 + b"}")
    assert response.status_code == 413


async def test_creation_is_rate_limited_per_client(api: Api) -> None:
    """The sixth creation within a minute from one client gets 429 with Retry-After."""
    for _ in range(5):
        await api.create()
    response = await api.client.post("/v1/subscriptions", json=HOOK)
    assert response.status_code == 429
    assert int(response.headers["retry-after"]) >= 1


async def test_test_event_is_signed_and_sent_now(api: Api) -> None:
    """POST /test sends a signed test event and reports the receiver's answer."""
    created = await api.create()
    response = await api.client.post(f"/v1/subscriptions/{created['id']}/test", headers=bearer(created["manage_token"]))
    assert response.status_code == 200
    assert response.json() == {"ok": True, "http_status": 204, "error": None}
    (call,) = api.webhooks.calls
    assert call.secrets == [created["secret"]]
    assert b'"subject":"test"' in call.body


async def test_rotate_secret_keeps_both_signing(api: Api) -> None:
    """After rotation the test event is signed with the new and the old secret."""
    created = await api.create()
    headers = bearer(created["manage_token"])
    rotated = await api.client.post(f"/v1/subscriptions/{created['id']}/rotate-secret", headers=headers)
    assert rotated.status_code == 200
    assert rotated.json()["secret"] != created["secret"]
    await api.client.post(f"/v1/subscriptions/{created['id']}/test", headers=headers)
    assert api.webhooks.calls[0].secrets == [rotated.json()["secret"], created["secret"]]


async def test_delivery_history_lists_pending_deliveries(api: Api) -> None:
    """GET /v1/deliveries shows each delivery with its status and next attempt."""
    created = await api.create()
    await api.notifier.outbox.record(make_alert(time=dt.datetime.now(dt.UTC)), now=NOW)
    response = await api.client.get(
        "/v1/deliveries", params={"subscription_id": created["id"]}, headers=bearer(created["manage_token"])
    )
    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["status"] == "pending"
    assert item["attempts"] == 0
    assert item["next_attempt_at"]
    assert (await api.client.get("/v1/deliveries", headers=ADMIN)).status_code == 422


async def test_delivery_history_pages_newest_first_without_skipping_or_repeating(api: Api) -> None:
    """Five deliveries recorded at the same instant, read two at a time: every one once, then no cursor."""
    created = await api.create()
    for n in range(5):
        await api.notifier.outbox.record(
            make_alert(key=str(n), time=dt.datetime.now(dt.UTC)), now=NOW + dt.timedelta(seconds=n // 2)
        )
    headers = bearer(created["manage_token"])
    seen: list[str] = []
    pages = 0
    params: dict[str, Any] = {"subscription_id": created["id"], "limit": 2}
    while True:
        response = await api.client.get("/v1/deliveries", params=params, headers=headers)
        assert response.status_code == 200
        body = response.json()
        seen += [item["id"] for item in body["items"]]
        pages += 1
        if body["next_cursor"] is None:
            break
        params["cursor"] = body["next_cursor"]
    assert pages == 3
    assert len(seen) == len(set(seen)) == 5
    created_at = [item["created_at"] for item in (await _all_deliveries(api, created)).json()["items"]]
    assert created_at == sorted(created_at, reverse=True)


async def _all_deliveries(api: Api, created: dict[str, Any]) -> httpx.Response:
    return await api.client.get(
        "/v1/deliveries",
        params={"subscription_id": created["id"], "limit": 500},
        headers=bearer(created["manage_token"]),
    )


# times no cursor of ours holds: without an offset, or at the calendar's edges where UTC overflows
EDGES = ("2026-03-01T08:00:00", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00")


async def test_delivery_history_filters_by_status_and_refuses_a_forged_cursor(api: Api) -> None:
    """`status` narrows the history; a cursor the API did not give is a 422 naming `cursor`."""
    created = await api.create()
    await api.notifier.outbox.record(make_alert(time=dt.datetime.now(dt.UTC)), now=NOW)
    headers = bearer(created["manage_token"])
    query = {"subscription_id": created["id"]}
    pending = await api.client.get("/v1/deliveries", params={**query, "status": "pending"}, headers=headers)
    failed = await api.client.get("/v1/deliveries", params={**query, "status": "failed"}, headers=headers)
    assert len(pending.json()["items"]) == 1
    assert failed.json()["items"] == []
    forged = [base64.urlsafe_b64encode(f"{when}|id".encode()).decode() for when in EDGES]
    for cursor in ("not-a-cursor", "bm90IGEgZGF0ZXxpZA", *forged):  # the second is base64 of "not a date|id"
        refused = await api.client.get("/v1/deliveries", params={**query, "cursor": cursor}, headers=headers)
        assert refused.status_code == 422
        assert "cursor" in refused.text
    unknown = await api.client.get("/v1/deliveries", params={**query, "status": "lost"}, headers=headers)
    assert unknown.status_code == 422


async def test_health_readiness_metrics_and_openapi(api: Api) -> None:
    """/healthz, /readyz and /metrics answer on the API's port; OpenAPI documents the routes."""
    assert (await api.client.get("/healthz")).status_code == 200
    assert (await api.client.get("/readyz")).status_code == 200
    assert "tocsin_notifier_delivery_attempts_total" in (await api.client.get("/metrics")).text
    paths = (await api.client.get("/openapi.json")).json()["paths"]
    assert {"/v1/subscriptions", "/v1/subscriptions/{sub_id}", "/v1/deliveries", "/v1/unsubscribe/{token}"} <= set(
        paths
    )


def _sample(metrics: str, name: str) -> str:
    """The value of one unlabelled sample in Prometheus text."""
    (line,) = [line for line in metrics.splitlines() if line.startswith(name + " ")]
    return line.split(" ", 1)[1]


async def test_ready_gauge_and_readyz_follow_the_database(tmp_path: Path) -> None:
    """`tocsin_ready` is 1 while /readyz answers 200, and 0 with a 503 once the database cannot be opened."""
    folder = tmp_path / "db"
    folder.mkdir()
    settings = NotifierSettings(database_url=f"sqlite+aiosqlite:///{folder / 'ready.db'}", inbound_smtp_port=0)
    notifier = Notifier(settings, None)
    notifier.readiness.interval = 3600  # only /readyz moves the gauge after the first background check
    await notifier.start()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=notifier.api), base_url="http://n") as client:
            READY.set(0)
            ready = await client.get("/readyz")
            assert (ready.status_code, ready.text) == (200, "ready\ndatabase: ok\nkafka: not used\n")
            assert _sample((await client.get("/metrics")).text, "tocsin_ready") == "1.0"
            for path in folder.iterdir():
                path.unlink()
            folder.rmdir()  # the file and its directory are gone: no new connection can open it
            await notifier.engine.dispose()
            down = await client.get("/readyz")
            assert (down.status_code, down.text) == (503, "not ready\ndatabase: unreachable\nkafka: not used\n")
            assert _sample((await client.get("/metrics")).text, "tocsin_ready") == "0.0"
    finally:
        await notifier.stop()


async def test_readyz_says_the_database_takes_no_write_while_writes_fail(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database whose file took no write (made immutable in a chaos test) answered SELECT 1, so /readyz said
    "database: ok" while the API answered 503 and consuming stopped. Readiness now tries a write of its own in the
    background: it finds the failure while nothing else writes, and the recovery too."""
    monkeypatch.setattr(readiness, "PROBE_INTERVAL", 0.0)
    settings = NotifierSettings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'ro.db'}", inbound_smtp_port=0)
    notifier = Notifier(settings, None)
    notifier.readiness.interval = 3600  # the test refreshes it itself
    await notifier.start()
    read_only = True

    def query_only(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA query_only={'ON' if read_only else 'OFF'}")
        cursor.close()

    event.listen(notifier.engine.sync_engine, "connect", query_only)
    await notifier.engine.dispose()  # every connection from now on is opened read-only

    async def readyz_once_refreshed(client: httpx.AsyncClient, status: int) -> httpx.Response:
        for _ in range(200):
            await notifier.readiness.refresh()
            answer = await client.get("/readyz")
            if answer.status_code == status:
                return answer
            await asyncio.sleep(0.02)
        raise AssertionError(f"/readyz never answered {status}: {answer.text!r}")

    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=notifier.api), base_url="http://n") as client:
            down = await readyz_once_refreshed(client, 503)  # no request wrote anything: the probe found it
            assert down.text.startswith("not ready\ndatabase: not writable for ")
            assert "readonly database" in down.text
            refused = await client.post("/v1/subscriptions", json={"channel": "email", "target": "ana@example.org"})
            assert refused.status_code == 503
            read_only = False
            await notifier.engine.dispose()  # writable again, and nothing else writes: readiness finds out itself
            ready = await readyz_once_refreshed(client, 200)
            assert ready.text == "ready\ndatabase: ok\nkafka: not used\n"
    finally:
        await notifier.stop()


async def test_localhost_webhook_is_accepted_and_reached_when_loopback_is_allowed(tmp_path: Path) -> None:
    """With 127.0.0.0/8 and ::1 allowed, http://localhost:PORT/ subscribes and a real test event reaches it."""
    settings = NotifierSettings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'local.db'}",
        webhook_allow_networks="127.0.0.0/8,::1/128",
        inbound_smtp_port=0,
    )
    notifier = Notifier(settings, None)
    await notifier.start()
    try:
        with running_receiver() as receiver:
            async with httpx.AsyncClient(
                transport=httpx.ASGITransport(app=notifier.api), base_url="http://n"
            ) as client:
                created = await client.post(
                    "/v1/subscriptions", json={"channel": "webhook", "target": receiver.url("/hook", host="localhost")}
                )
                assert created.status_code == 201, created.text
                receiver.secret = created.json()["secret"]
                headers = bearer(created.json()["manage_token"])
                tested = await client.post(f"/v1/subscriptions/{created.json()['id']}/test", headers=headers)
        assert tested.json() == {"ok": True, "http_status": 204, "error": None}
        (request,) = receiver.requests
        assert receiver.verifies(request, created.json()["secret"])
    finally:
        await notifier.stop()


async def test_metrics_show_the_delivery_backlog(api: Api) -> None:
    """/metrics carries the backlog gauges, refreshed from the database the API runs on."""
    await api.create()
    await api.notifier.outbox.record(
        make_alert(time=dt.datetime.now(dt.UTC)), now=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    )
    await api.notifier.backlog.refresh()
    text = (await api.client.get("/metrics")).text
    assert 'tocsin_notifier_deliveries_open{channel="webhook",state="due"} 1.0' in text
    assert 'tocsin_notifier_mails_pending{kind="confirmation"} 0.0' in text
    assert "tocsin_notifier_deliveries_due_lag_seconds" in text


class _Inbox:
    """An aiosmtpd handler that keeps every message."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server: object, session: object, envelope: Any) -> str:
        self.messages.append(envelope.content)
        return "250 OK"


async def test_confirmation_mail_reaches_a_real_smtp_server(tmp_path: Path) -> None:
    """With the real SMTP channel, the confirmation mail arrives at aiosmtpd with a confirm link."""
    inbox, port = _Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings = NotifierSettings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'smtp.db'}",
        smtp_host="127.0.0.1",
        smtp_port=port,
        public_url="https://tocsin.example",
        inbound_smtp_port=0,
    )
    notifier = Notifier(settings, None)
    await notifier.start()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=notifier.api), base_url="http://n") as client:
            response = await client.post("/v1/subscriptions", json={"channel": "email", "target": "ada@example.org"})
        assert response.status_code == 201
        (message,) = inbox.messages
        assert b"https://tocsin.example/v1/confirm/" in message
        assert b"mailto" not in message  # NOTIFIER_INBOUND_SMTP_PORT=0: no mailbox is read, none is offered
    finally:
        await notifier.stop()
        controller.stop()


def confirm_path(message: Any) -> str:
    """The /v1/confirm/... path in a confirmation mail."""
    text = message.get_body(("plain",)).get_content()
    return "/v1/confirm/" + str(text.split("/v1/confirm/", 1)[1].split()[0])


async def test_confirmation_mail_offers_one_click_unsubscribe(api: Api) -> None:
    """The confirmation mail, like every email, carries List-Unsubscribe (https, then mailto) and one-click."""
    created = await api.create({"channel": "email", "target": "ada@example.org"})
    (mail,) = api.email.sent
    token = await api.notifier.subscriptions.unsubscribe_token_for(created["id"])
    assert str(mail["List-Unsubscribe"]) == list_unsubscribe(token)
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


async def test_confirmation_lost_to_an_smtp_outage_is_sent_later(api: Api) -> None:
    """SMTP down at creation: the subscription is still created and its confirmation goes out on retry."""
    api.email.results = [SendResult(ok=False, retryable=True, error="ConnectionRefusedError")]
    created = await api.create({"channel": "email", "target": "ada@example.org"})
    assert len(api.email.sent) == 1
    (queued,) = await api.notifier.mails.listing(created["id"])
    assert (queued.status, queued.attempts) == ("pending", 1)
    api.notifier.mail_worker.clock = lambda: queued.next_attempt_at  # type: ignore[assignment,return-value]
    assert await api.notifier.mail_worker.run_once() == 1
    assert confirm_path(api.email.sent[0]) == confirm_path(api.email.sent[1])
    assert (await api.client.post(confirm_path(api.email.sent[1]))).status_code == 200


async def test_resend_confirmation(api: Api) -> None:
    """The owner can ask for the confirmation again (same link); not for an active subscription."""
    created = await api.create({"channel": "email", "target": "ada@example.org"})
    url, headers = f"/v1/subscriptions/{created['id']}/resend-confirmation", bearer(created["manage_token"])
    assert (await api.client.post(url)).status_code == 401
    resent = await api.client.post(url, headers=headers)
    assert resent.status_code == 202
    assert resent.json() == {"subscription_id": created["id"], "status": "queued"}
    assert len(api.email.sent) == 2
    assert confirm_path(api.email.sent[0]) == confirm_path(api.email.sent[1])
    await api.client.post(confirm_path(api.email.sent[1]))
    assert (await api.client.post(url, headers=headers)).status_code == 409
    hook = await api.create()
    assert (
        await api.client.post(f"/v1/subscriptions/{hook['id']}/resend-confirmation", headers=ADMIN)
    ).status_code == 409
    assert (await api.client.post("/v1/subscriptions/nope/resend-confirmation", headers=ADMIN)).status_code == 404


async def test_pending_email_cannot_be_activated_without_confirmation(api: Api) -> None:
    """PATCH status=active does not bypass double opt-in: 409 for a pending subscription."""
    created = await api.create({"channel": "email", "target": "ada@example.org"})
    url = f"/v1/subscriptions/{created['id']}"
    response = await api.client.patch(url, json={"status": "active"}, headers=bearer(created["manage_token"]))
    assert response.status_code == 409
    assert (await api.client.get(url, headers=ADMIN)).json()["status"] == "pending"


async def test_secrets_and_tokens_never_appear_in_logs(api: Api) -> None:
    """Creation, confirmation, rotation, test, unsubscribe and deletion log ids, never a token or secret."""
    with capture_logs() as logs:
        mail = await api.create({"channel": "email", "target": "ada@example.org"})
        path = confirm_path(api.email.sent[0])
        await api.client.get(path)
        await api.client.post(path)
        hook = await api.create()
        headers = bearer(hook["manage_token"])
        rotated = (await api.client.post(f"/v1/subscriptions/{hook['id']}/rotate-secret", headers=headers)).json()
        await api.client.post(f"/v1/subscriptions/{hook['id']}/test", headers=headers)
        await api.client.patch(f"/v1/subscriptions/{hook['id']}", json={"digest": "immediate"}, headers=headers)
        unsubscribe = await api.notifier.subscriptions.unsubscribe_token_for(mail["id"])
        await api.client.post(f"/v1/unsubscribe/{unsubscribe}")
        await api.client.get(f"/v1/subscriptions/{hook['id']}", headers=bearer("wrong-token"))
        await api.client.delete(f"/v1/subscriptions/{hook['id']}", headers=headers)
    events = {entry["event"] for entry in logs}
    assert {"subscription_created", "subscription_confirmed", "secret_rotated", "subscription_unsubscribed"} <= events
    assert all(" " not in entry["event"] for entry in logs)  # events, not sentences
    dump = repr(logs)
    secrets = [mail["manage_token"], hook["manage_token"], hook["secret"], rotated["secret"], unsubscribe]
    secrets += [path.rsplit("/", 1)[1], "admin-secret-0123456789", "wrong-token"]
    assert not [s for s in secrets if s in dump]


async def test_openapi_documents_every_route(api: Api) -> None:
    """Every operation has a summary, a description and a documented success response; JSON ones a schema."""
    spec = (await api.client.get("/openapi.json")).json()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            assert operation.get("summary"), f"{method} {path} has no summary"
            assert operation.get("description"), f"{method} {path} has no description"
            ok = [code for code in operation["responses"] if code.startswith("2")]
            assert ok, f"{method} {path} documents no success response"
    create = spec["paths"]["/v1/subscriptions"]["post"]["responses"]
    assert {"201", "422", "429"} <= set(create)
    assert create["201"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/SubscriptionCreated"
    }
    assert {"401", "403", "404"} <= set(spec["paths"]["/v1/subscriptions/{sub_id}"]["get"]["responses"])


async def test_unsubscribing_from_the_confirmation_mail_cannot_be_undone_by_its_link(api: Api) -> None:
    """A recipient who unsubscribes from the confirmation mail is not subscribed by its confirm link later."""
    created = await api.create({"channel": "email", "target": "ada@example.org"})
    unsubscribe = str(api.email.sent[0]["List-Unsubscribe"]).split("<", 1)[1].split(">", 1)[0]
    assert (await api.client.post(unsubscribe.removeprefix("https://tocsin.example"))).status_code == 200
    assert (await api.client.get(confirm_path(api.email.sent[0]))).status_code == 404
    assert (await api.client.post(confirm_path(api.email.sent[0]))).status_code == 404
    shown = await api.client.get(f"/v1/subscriptions/{created['id']}", headers=ADMIN)
    assert shown.json()["status"] == "unsubscribed"


# --- A creation retried with the same Idempotency-Key (the first answer lost to a timeout) finds the subscription
# the first request created instead of making a second one that would deliver every alert twice.

IDEM_NOW = dt.datetime(2026, 11, 29, 6, 0, tzinfo=dt.UTC)


def keyed(key: str | None = None) -> dict[str, str]:
    return {"Idempotency-Key": key or str(uuid.uuid4())}


async def _subscription_count(api: Api) -> int:
    listed = await api.client.get("/v1/subscriptions", headers=ADMIN)
    assert listed.status_code == 200
    return int(listed.json()["total"])


async def test_a_retried_webhook_creation_finds_the_first_and_hands_out_fresh_credentials(api: Api) -> None:
    headers = keyed()
    first = await api.client.post("/v1/subscriptions", json=HOOK, headers=headers)
    again = await api.client.post("/v1/subscriptions", json=HOOK, headers=headers)
    assert first.status_code == 201
    assert "idempotent-replayed" not in first.headers
    assert again.status_code == 200
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]
    assert await _subscription_count(api) == 1
    # the first credentials went to an answer the client did not get: they stop working
    assert again.json()["manage_token"] != first.json()["manage_token"]
    stale = await api.client.get(
        f"/v1/subscriptions/{first.json()['id']}", headers=bearer(first.json()["manage_token"])
    )
    fresh = await api.client.get(
        f"/v1/subscriptions/{first.json()['id']}", headers=bearer(again.json()["manage_token"])
    )
    assert (stale.status_code, fresh.status_code) == (401, 200)
    sub = await api.notifier.subscriptions.get(first.json()["id"])
    assert sub is not None
    assert [s["secret"] for s in sub.secrets] == [again.json()["secret"]]
    assert again.json()["secret"] != first.json()["secret"]


async def test_without_a_key_two_posts_are_two_subscriptions(api: Api) -> None:
    for _ in range(2):
        assert (await api.client.post("/v1/subscriptions", json=HOOK)).status_code == 201
    assert await _subscription_count(api) == 2


async def test_a_retried_email_creation_sends_no_second_confirmation_mail(api: Api) -> None:
    body, headers = {"channel": "email", "target": "ada@example.org"}, keyed()
    first = await api.client.post("/v1/subscriptions", json=body, headers=headers)
    again = await api.client.post("/v1/subscriptions", json=body, headers=headers)
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["status"] == "pending"
    assert again.json()["secret"] is None
    assert len(api.email.sent) == 1


async def test_the_same_key_with_another_body_is_refused_and_creates_nothing(api: Api) -> None:
    headers = keyed()
    assert (await api.client.post("/v1/subscriptions", json=HOOK, headers=headers)).status_code == 201
    other = {**HOOK, "filters": {"countries": ["VNM"]}}
    refused = await api.client.post("/v1/subscriptions", json=other, headers=headers)
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["loc"] == ["header", "Idempotency-Key"]
    assert await _subscription_count(api) == 1


@pytest.mark.parametrize("key", [b"short", b"x" * 256, b"has spaces in it ok", "ключ-идемпотентности-1".encode()])
async def test_a_key_that_is_too_short_too_long_or_not_printable_ascii_is_a_422(api: Api, key: bytes) -> None:
    refused = await api.client.post("/v1/subscriptions", json=HOOK, headers=[(b"Idempotency-Key", key)])
    assert refused.status_code == 422
    assert refused.json()["detail"][0]["loc"] == ["header", "Idempotency-Key"]
    assert await _subscription_count(api) == 0


async def test_a_key_finds_its_subscription_for_24_hours_then_creates_a_new_one(api: Api) -> None:
    store = api.notifier.subscriptions
    idem = Idempotency("k" * 64, "r" * 64)
    new = NewSubscription("webhook", "https://example.org/hook", Filters())
    made = await store.create(new, secret="whsec_" + "A" * 44, now=IDEM_NOW, idempotency=idem)
    found = await store.replay(
        idem, secret="whsec_" + "B" * 44, now=IDEM_NOW + IDEMPOTENCY_WINDOW - dt.timedelta(seconds=1)
    )
    assert found is not None
    assert found.subscription.id == made.subscription.id
    later = IDEM_NOW + IDEMPOTENCY_WINDOW + dt.timedelta(seconds=1)
    assert await store.replay(idem, secret="whsec_" + "C" * 44, now=later) is None
    second = await store.create(new, secret="whsec_" + "C" * 44, now=later, idempotency=idem)
    assert second.subscription.id != made.subscription.id


async def test_two_creations_with_one_key_at_once_create_one_subscription(api: Api) -> None:
    """The unique key stops the second; the API answers it 409 (retry), never a duplicate."""
    store = api.notifier.subscriptions
    idem = Idempotency("k" * 64, "r" * 64)
    new = NewSubscription("webhook", "https://example.org/hook", Filters())
    await store.create(new, secret="whsec_" + "A" * 44, now=IDEM_NOW, idempotency=idem)
    with pytest.raises(IdempotencyRace):
        await store.create(new, secret="whsec_" + "B" * 44, now=IDEM_NOW, idempotency=idem)
    assert await _subscription_count(api) == 1


# --- Redelivery: once a receiver is fixed, what was given up for good can be sent again.


async def _given_up(api: Api, sub_id: str, key: str) -> str:
    """Record an alert for the subscription and give its delivery up, as after the last retry."""
    await api.notifier.outbox.record(make_alert(key=key, time=dt.datetime.now(dt.UTC)), now=NOW)
    (claimed,) = await api.notifier.outbox.claim_due(NOW, limit=1, lease=dt.timedelta(minutes=5))
    await api.notifier.outbox.settle(
        [claimed], Decision("failed", error="HTTP 500"), now=NOW, disable_after=dt.timedelta(days=5)
    )
    return claimed.id


async def test_redeliver_reopens_what_was_given_up_once_and_only_for_its_owner(api: Api) -> None:
    created = await api.create()
    owner, url = bearer(created["manage_token"]), f"/v1/subscriptions/{created['id']}/redeliver"
    first = await _given_up(api, created["id"], "r1")
    assert (await api.client.post(url, headers=bearer((await api.create())["manage_token"]))).status_code == 403
    answer = await api.client.post(url, headers=owner)
    assert (answer.status_code, answer.json()) == (200, {"reopened": 1, "more": False})
    (row,) = await _deliveries(api, created["id"])
    assert (row.id, row.status, row.attempts) == (first, "pending", 1)  # one more attempt; its count goes on
    assert row.next_attempt_at is not None
    assert (await api.client.post(url, headers=owner)).json()["reopened"] == 0  # nothing left given up


async def test_redeliver_since_a_time_and_only_for_an_active_subscription(api: Api) -> None:
    created = await api.create()
    owner, url = bearer(created["manage_token"]), f"/v1/subscriptions/{created['id']}/redeliver"
    await _given_up(api, created["id"], "s1")
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=1)).isoformat()
    assert (await api.client.post(url, headers=owner, json={"since": later})).json()["reopened"] == 0
    naive = await api.client.post(url, headers=owner, json={"since": "2026-11-29T06:00:00"})
    assert naive.status_code == 422
    assert naive.json()["detail"][0]["loc"] == ["body", "since"]
    await api.client.delete(f"/v1/subscriptions/{created['id']}", headers=owner)
    other = await api.create({"channel": "email", "target": "ada@example.org"})  # pending: receives nothing yet
    refused = await api.client.post(f"/v1/subscriptions/{other['id']}/redeliver", headers=bearer(other["manage_token"]))
    assert refused.status_code == 409
    assert refused.json()["detail"] == "the subscription is pending: confirm it first"


async def _deliveries(api: Api, sub_id: str) -> list[Any]:
    rows = await api.notifier.outbox.history(sub_id, limit=10)
    return [row for row, _ in rows]


async def test_an_idempotency_key_is_the_clients_own_so_another_client_cannot_take_the_subscription_over(
    api: Api,
) -> None:
    """A replay hands out new credentials: someone else who learnt the key (and the body) must not get them."""
    headers = keyed()
    first = await api.client.post("/v1/subscriptions", json=HOOK, headers=headers)
    elsewhere = httpx.ASGITransport(app=api.notifier.api, client=("203.0.113.9", 5000))
    async with httpx.AsyncClient(transport=elsewhere, base_url="https://tocsin.example") as other:
        theirs = await other.post("/v1/subscriptions", json=HOOK, headers=headers)
    assert (first.status_code, theirs.status_code) == (201, 201)  # a subscription of their own, not a replay
    assert theirs.json()["id"] != first.json()["id"]
    mine = await api.client.get(f"/v1/subscriptions/{first.json()['id']}", headers=bearer(first.json()["manage_token"]))
    assert mine.status_code == 200  # the first owner's token still works


async def test_a_stored_idempotency_key_does_not_give_away_its_clients_address(api: Api) -> None:
    """It was a plain SHA-256 of the client's address and the key: with the database and the key, an IPv4 address
    is found by trying every one. It is an HMAC under the instance's key now."""
    key = str(uuid.uuid4())
    made = await api.client.post("/v1/subscriptions", json=HOOK, headers=keyed(key))
    sub = await api.notifier.subscriptions.get(made.json()["id"])
    assert sub is not None
    assert sub.idempotency_key_hash
    client = "127.0.0.1"  # httpx's ASGITransport's client address
    assert hashlib.sha256(f"{client}\x1f{key}".encode()).hexdigest() != sub.idempotency_key_hash
    assert client not in sub.idempotency_key_hash
    assert (await api.client.post("/v1/subscriptions", json=HOOK, headers=keyed(key))).status_code == 200


async def test_a_running_notifier_forgets_email_subscriptions_left_unconfirmed(tmp_path: Path) -> None:
    """The purge runs in the service (at start, then hourly), not only when someone calls it."""
    settings = NotifierSettings(database_url=f"sqlite+aiosqlite:///{tmp_path / 'purge.db'}", inbound_smtp_port=0)
    notifier = Notifier(settings, None, webhooks=FakeWebhooks(), email=FakeEmail())
    await migrate(notifier.engine)
    stale = NewSubscription("email", "someone-else@example.org", Filters())
    made = await notifier.subscriptions.create(stale, secret=None, now=dt.datetime.now(dt.UTC) - dt.timedelta(days=8))
    gone = False
    with capture_logs() as logs:
        await notifier.start()
        try:
            for _ in range(100):
                gone = await notifier.subscriptions.get(made.subscription.id) is None
                if gone:
                    break
                await asyncio.sleep(0.05)
        finally:
            await notifier.stop()
    assert gone
    assert any(e["event"] == "unconfirmed_subscriptions_purged" and e["count"] == 1 for e in logs)
