"""The webhook channel against a real HTTP receiver on 127.0.0.1 that verifies signatures."""

import base64
import json
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from standardwebhooks import Webhook
from structlog.testing import capture_logs

from tests.notifier.channels.receiver import Receiver, running_receiver
from tocsin_notifier.channels.webhook import WebhookSender, new_secret, secret_key, sign
from tocsin_notifier.ssrf import parse_networks

OLD_SECRET = new_secret()
NEW_SECRET = new_secret()
BODY = json.dumps(
    {"specversion": "1.0", "id": "a1", "type": "tocsin.alert.classified", "data": {"severity": "high"}}
).encode()
MSG_ID = "msg_2f0c8a3e-alert-x-subscription"


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with running_receiver(secret=OLD_SECRET) as running:
        yield running


@pytest.fixture
async def sender() -> AsyncIterator[WebhookSender]:
    # generous: a 0.5 s timeout failed a rotation test once on a loaded machine; the timeout test sets its own
    async with WebhookSender(allow_networks=parse_networks("127.0.0.0/8"), timeout=10.0) as webhook_sender:
        yield webhook_sender


def test_new_secret_is_whsec_with_at_least_24_random_bytes() -> None:
    """Secrets follow the Standard Webhooks format and never repeat."""
    secret = new_secret()
    assert secret.startswith("whsec_")
    assert len(secret_key(secret)) >= 24
    assert secret != new_secret()


def test_sign_matches_the_standardwebhooks_reference() -> None:
    """Our signature equals the one the reference library computes for the same id, time and body."""
    stamp = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    expected = Webhook(OLD_SECRET).sign(MSG_ID, stamp, BODY.decode())
    assert sign(OLD_SECRET, MSG_ID, int(stamp.timestamp()), BODY) == expected


@pytest.mark.parametrize(
    ("secret", "reason"),
    [
        ("abc", "does not start with 'whsec_'"),
        ("whsec_not*base64", "is not valid base64"),
        ("whsec_", "is empty"),
    ],
)
def test_malformed_secret_is_rejected_without_echoing_it(secret: str, reason: str) -> None:
    """A broken secret is a clear ValueError whose message never contains the secret itself."""
    with pytest.raises(ValueError, match=reason) as caught:
        secret_key(secret)
    assert "not*base64" not in str(caught.value)


async def test_signed_delivery_is_accepted_by_a_verifying_receiver(receiver: Receiver, sender: WebhookSender) -> None:
    """The receiver verifies the signature with standardwebhooks and answers 204."""
    result = await sender.send(receiver.url("/hook"), msg_id=MSG_ID, body=BODY, secrets=[OLD_SECRET])
    assert (result.ok, result.http_status, result.error) == (True, 204, None)
    [request] = receiver.requests
    assert request.body == BODY
    assert request.headers["webhook-id"] == MSG_ID
    assert request.headers["content-type"] == "application/json"
    assert request.headers["user-agent"] == "Tocsin-Webhooks/0.1"
    assert abs(int(request.headers["webhook-timestamp"]) - datetime.now(UTC).timestamp()) < 300


async def test_rotation_sends_both_signatures_and_each_verifies(receiver: Receiver, sender: WebhookSender) -> None:
    """During a rotation a receiver holding either the old or the new secret accepts the delivery."""
    result = await sender.send(receiver.url("/hook"), msg_id=MSG_ID, body=BODY, secrets=[NEW_SECRET, OLD_SECRET])
    assert result.ok
    [request] = receiver.requests
    assert len(request.headers["webhook-signature"].split(" ")) == 2
    assert receiver.verifies(request, OLD_SECRET)
    assert receiver.verifies(request, NEW_SECRET)
    assert not receiver.verifies(request, new_secret())


async def test_wrong_secret_is_a_retryable_4xx(receiver: Receiver, sender: WebhookSender) -> None:
    """Signed with a secret the receiver does not hold, the delivery is refused (401) and retried later."""
    result = await sender.send(receiver.url("/hook"), msg_id=MSG_ID, body=BODY, secrets=[NEW_SECRET])
    assert (result.ok, result.retryable, result.http_status) == (False, True, 401)


async def test_old_timestamp_is_refused_by_the_receiver(receiver: Receiver, sender: WebhookSender) -> None:
    """The timestamp we sign is the one we send: a stale one fails the receiver's 5-minute window."""
    stale = datetime.now(UTC) - timedelta(minutes=10)
    result = await sender.send(receiver.url("/hook"), msg_id=MSG_ID, body=BODY, secrets=[OLD_SECRET], timestamp=stale)
    assert result.http_status == 401
    assert receiver.requests[0].headers["webhook-timestamp"] == str(int(stale.timestamp()))


async def test_410_marks_the_target_gone(receiver: Receiver, sender: WebhookSender) -> None:
    """410 Gone is permanent and tells the pipeline to disable the subscription."""
    result = await sender.send(receiver.url("/gone"), msg_id=MSG_ID, body=BODY, secrets=[OLD_SECRET])
    assert (result.ok, result.retryable, result.gone, result.http_status) == (False, False, True, 410)


async def test_429_is_retryable_with_retry_after_seconds(receiver: Receiver, sender: WebhookSender) -> None:
    """429 with Retry-After: 120 asks for a two-minute wait."""
    result = await sender.send(receiver.url("/throttle"), msg_id=MSG_ID, body=BODY, secrets=[OLD_SECRET])
    assert (result.ok, result.retryable, result.http_status) == (False, True, 429)
    assert result.retry_after == timedelta(seconds=120)


async def test_503_is_retryable_with_retry_after_date(receiver: Receiver, sender: WebhookSender) -> None:
    """503 with an HTTP-date Retry-After ten minutes ahead yields a delay of about ten minutes."""
    result = await sender.send(receiver.url("/unavailable"), msg_id=MSG_ID, body=BODY, secrets=[OLD_SECRET])
    assert (result.ok, result.retryable, result.http_status) == (False, True, 503)
    assert result.retry_after is not None
    assert timedelta(minutes=9) <= result.retry_after <= timedelta(minutes=10)


async def test_redirect_is_not_followed_but_retried(receiver: Receiver, sender: WebhookSender) -> None:
    """A 302 is a retryable failure naming the Location; the target of the redirect is never called."""
    result = await sender.send(receiver.url("/redirect"), msg_id=MSG_ID, body=BODY, secrets=[OLD_SECRET])
    assert (result.ok, result.retryable, result.http_status) == (False, True, 302)
    assert result.error is not None
    assert "redirect to /hook not followed" in result.error
    assert [r.path for r in receiver.requests] == ["/redirect"]


async def test_timeout_is_retryable(receiver: Receiver) -> None:
    """A receiver slower than the timeout (0.5 s here) yields a retryable failure."""
    async with WebhookSender(allow_networks=parse_networks("127.0.0.0/8"), timeout=0.5) as sender:
        result = await sender.send(receiver.url("/slow"), msg_id=MSG_ID, body=BODY, secrets=[OLD_SECRET])
    assert (result.ok, result.retryable, result.http_status) == (False, True, None)
    assert result.error == "timed out after 0.5 s"


async def test_other_4xx_is_retried_with_an_excerpt_of_the_body(receiver: Receiver, sender: WebhookSender) -> None:
    """400 is retried on the schedule; the start of the receiver's answer is kept for the delivery history."""
    result = await sender.send(receiver.url("/reject"), msg_id=MSG_ID, body=BODY, secrets=[OLD_SECRET])
    assert (result.ok, result.retryable, result.http_status) == (False, True, 400)
    assert result.error == 'HTTP 400 Bad Request: {"error": "unknown event type"}'


async def test_huge_error_body_is_read_capped(receiver: Receiver, sender: WebhookSender) -> None:
    """A 4 MiB 500 answer is read only up to the cap; the error stays short and the 500 is retryable."""
    result = await sender.send(receiver.url("/huge"), msg_id=MSG_ID, body=BODY, secrets=[OLD_SECRET])
    assert (result.ok, result.retryable, result.http_status) == (False, True, 500)
    assert result.error is not None
    assert len(result.error) <= 400


async def test_connection_refused_is_retryable(sender: WebhookSender) -> None:
    """Nobody listening is a transient failure."""
    with running_receiver() as gone:
        url = gone.url("/hook")
    result = await sender.send(url, msg_id=MSG_ID, body=BODY, secrets=[OLD_SECRET])
    assert (result.ok, result.retryable) == (False, True)
    assert result.error is not None
    assert "ConnectError" in result.error


async def test_loopback_is_refused_without_allow_list(receiver: Receiver) -> None:
    """Without NOTIFIER_WEBHOOK_ALLOW_NETWORKS, 127.0.0.1 is an SSRF target: permanent, never contacted."""
    async with WebhookSender() as guarded:
        result = await guarded.send(receiver.url("/hook"), msg_id=MSG_ID, body=BODY, secrets=[OLD_SECRET])
    assert (result.ok, result.retryable) == (False, False)
    assert result.error is not None
    assert result.error.startswith("unsafe target:")
    assert "loopback" in result.error
    assert receiver.requests == []


async def test_name_resolving_to_loopback_is_refused_at_connect_time_and_logged(receiver: Receiver) -> None:
    """'localhost' passes the text check once loopback is allowed, but only 127.0.0.1 is: refused after DNS."""
    async with WebhookSender(allow_networks=parse_networks("::1/128")) as guarded:
        with capture_logs() as logs:
            result = await guarded.send(
                receiver.url("/hook", host="localhost"), msg_id=MSG_ID, body=BODY, secrets=[OLD_SECRET]
            )
    assert (result.ok, result.retryable) == (False, False)
    assert result.error is not None
    assert result.error.startswith("unsafe target:")
    assert receiver.requests == []
    (refused,) = [e for e in logs if e["event"] == "webhook_target_refused"]
    assert (refused["log_level"], refused["stage"], refused["webhook_id"]) == ("warning", "connect", MSG_ID)


@pytest.mark.parametrize("url", ["https://[::1", "http://a..b/hook", f"https://{'a' * 64}.example/hook"])
async def test_unreadable_url_is_a_permanent_failure_logged_not_raised(url: str, sender: WebhookSender) -> None:
    """A stored target that cannot be parsed or resolved fails at once with a clear error and a warning."""
    with capture_logs() as logs:
        result = await sender.send(url, msg_id=MSG_ID, body=BODY, secrets=[OLD_SECRET])
    assert (result.ok, result.retryable, result.http_status) == (False, False, None)
    assert result.error is not None
    assert result.error.startswith("invalid URL: ")
    (refused,) = [e for e in logs if e["event"] == "webhook_target_refused"]
    assert refused["log_level"] == "warning"
    assert refused["reason"] == result.error


async def test_localhost_target_is_delivered_when_loopback_is_allowed(receiver: Receiver) -> None:
    """With 127.0.0.0/8 and ::1 allowed, http://localhost:PORT/ is delivered like a name resolving there."""
    async with WebhookSender(allow_networks=parse_networks("127.0.0.0/8,::1/128"), timeout=5.0) as local:
        result = await local.send(
            receiver.url("/hook", host="localhost"), msg_id=MSG_ID, body=BODY, secrets=[OLD_SECRET]
        )
    assert (result.ok, result.http_status) == (True, 204)
    assert [r.headers["host"] for r in receiver.requests] == [f"localhost:{receiver.port}"]


async def test_missing_or_broken_secret_is_a_permanent_failure(receiver: Receiver, sender: WebhookSender) -> None:
    """Nothing unsigned ever leaves: no secret, or a broken one, fails before any request."""
    no_secret = await sender.send(receiver.url("/hook"), msg_id=MSG_ID, body=BODY, secrets=[])
    broken = await sender.send(receiver.url("/hook"), msg_id=MSG_ID, body=BODY, secrets=["whsec_%%%"])
    assert (no_secret.retryable, broken.retryable) == (False, False)
    assert no_secret.error == "cannot sign: no signing secret"
    assert broken.error == "cannot sign: signing secret is not valid base64"
    assert receiver.requests == []


def test_secret_without_padding_is_accepted() -> None:
    """Unpadded base64 (as some providers print it) decodes like the reference library does."""
    raw = base64.b64encode(b"k" * 25).decode().rstrip("=")
    assert secret_key("whsec_" + raw) == b"k" * 25
