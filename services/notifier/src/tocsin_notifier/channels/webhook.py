"""Webhook channel: POST a structured CloudEvent signed the Standard Webhooks way; classify the outcome.

Headers `webhook-id`, `webhook-timestamp` and `webhook-signature` ("v1,<base64 HMAC-SHA256>" once per
secret, so during a rotation the old and the new secret both verify). Every non-2xx answer but 410 is
retried on the schedule; only a refused (SSRF) or invalid target fails at once, logged as
`webhook_target_refused`. Redirects are never followed, at most 64 KiB of a response is read, the whole
exchange is bounded by the timeout, and every connection passes the SSRF guard after DNS resolution.
"""

import asyncio
import base64
import binascii
import hashlib
import hmac
import secrets as _random
from collections.abc import Sequence
from datetime import UTC, datetime
from types import TracebackType
from typing import Self

import httpx
import structlog

from tocsin_notifier.errors import MalformedUrlError, UnsafeTargetError
from tocsin_notifier.retry import SendResult, classify_http_status, parse_retry_after
from tocsin_notifier.ssrf import Network, check_url
from tocsin_notifier.ssrf_transport import guarded_transport

__all__ = ["WebhookSender", "new_secret", "secret_key", "sign"]

log = structlog.get_logger()
SECRET_PREFIX = "whsec_"  # noqa: S105 -- a format prefix, not a secret
RESPONSE_READ_LIMIT = 64 * 1024
_EXCERPT_CHARS = 200


def new_secret() -> str:
    """A fresh signing secret: "whsec_" + base64 of 32 random bytes."""
    return SECRET_PREFIX + base64.b64encode(_random.token_bytes(32)).decode("ascii")


def secret_key(secret: str) -> bytes:
    """The HMAC key inside a "whsec_<base64>" secret; ValueError (never echoing it) if malformed."""
    if not secret.startswith(SECRET_PREFIX):
        raise ValueError("signing secret does not start with 'whsec_'")
    encoded = secret.removeprefix(SECRET_PREFIX)
    try:
        key = base64.b64decode(encoded + "=" * (-len(encoded) % 4), validate=True)
    except binascii.Error:
        raise ValueError("signing secret is not valid base64") from None
    if not key:
        raise ValueError("signing secret is empty")
    return key


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """The Standard Webhooks v1 signature "v1,<base64 HMAC-SHA256(key, f'{id}.{ts}.{body}')>"."""
    signed = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


class WebhookSender:
    """Delivers signed webhooks over one pooled, SSRF-guarded HTTP client."""

    def __init__(
        self,
        *,
        allow_networks: Sequence[Network] = (),
        timeout: float = 15.0,
        user_agent: str = "Tocsin-Webhooks/0.1",
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._allow = tuple(allow_networks)
        self._timeout = timeout
        self._client = httpx.AsyncClient(
            transport=transport or guarded_transport(self._allow),
            timeout=httpx.Timeout(timeout),
            follow_redirects=False,
            trust_env=False,
            headers={"user-agent": user_agent},
        )

    async def send(
        self,
        url: str,
        *,
        msg_id: str,
        body: bytes,
        secrets: Sequence[str],
        timestamp: datetime | None = None,
    ) -> SendResult:
        """POST `body` to `url`, signed with every secret in `secrets`; never raises for delivery trouble."""
        try:
            check_url(url, self._allow)
        except UnsafeTargetError as exc:
            return _refused(exc, msg_id, stage="url")
        stamp = int((timestamp or datetime.now(UTC)).timestamp())
        try:
            if not secrets:
                raise ValueError("no signing secret")
            signature = " ".join(sign(s, msg_id, stamp, body) for s in secrets)
        except ValueError as exc:
            return _failure(False, f"cannot sign: {exc}")
        headers = {
            "content-type": "application/json",
            "accept-encoding": "identity",
            "webhook-id": msg_id,
            "webhook-timestamp": str(stamp),
            "webhook-signature": signature,
        }
        try:
            async with asyncio.timeout(self._timeout):
                return await self._post(url, body, headers)
        except UnsafeTargetError as exc:  # raised at connect time, after DNS resolution
            return _refused(exc, msg_id, stage="connect")
        except (TimeoutError, httpx.TimeoutException):
            return _failure(True, f"timed out after {self._timeout:g} s")
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            return _failure(False, f"invalid URL: {exc}")
        except httpx.RequestError as exc:
            return _failure(True, f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)

    async def _post(self, url: str, body: bytes, headers: dict[str, str]) -> SendResult:
        async with self._client.stream("POST", url, content=body, headers=headers) as response:
            excerpt = await _read_excerpt(response)
        return _classify(response, excerpt)

    async def aclose(self) -> None:
        """Close pooled connections."""
        await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()


async def _read_excerpt(response: httpx.Response) -> str:
    """Read at most RESPONSE_READ_LIMIT bytes of the body; return its start as one line of text."""
    chunks: list[bytes] = []
    size = 0
    async for chunk in response.aiter_raw():
        chunks.append(chunk)
        size += len(chunk)
        if size >= RESPONSE_READ_LIMIT:
            break
    text = b"".join(chunks)[:RESPONSE_READ_LIMIT].decode("utf-8", errors="replace")
    return _one_line(text, _EXCERPT_CHARS)


def _classify(response: httpx.Response, excerpt: str) -> SendResult:
    status = response.status_code
    if 200 <= status <= 299:
        return SendResult(ok=True, retryable=False, http_status=status)
    retryable, gone = classify_http_status(status)
    retry_after = parse_retry_after(response.headers.get("retry-after"), datetime.now(UTC)) if retryable else None
    if 300 <= status <= 399:
        location = _one_line(response.headers.get("location", "(none)"), _EXCERPT_CHARS)
        error = f"HTTP {status} redirect to {location} not followed; subscribe the final URL instead"
    elif gone:
        error = "HTTP 410 Gone: the receiver asked to stop deliveries"
    else:
        reason = response.reason_phrase
        error = f"HTTP {status}{' ' + reason if reason else ''}{': ' + excerpt if excerpt else ''}"
    return SendResult(
        ok=False,
        retryable=retryable,
        http_status=status,
        error=_one_line(error, 400),
        retry_after=retry_after,
        gone=gone,
    )


def _refused(exc: UnsafeTargetError, msg_id: str, *, stage: str) -> SendResult:
    """A permanent failure for a target the SSRF guard refused or could not read; logged, never raised."""
    error = str(exc) if isinstance(exc, MalformedUrlError) else f"unsafe target: {exc}"
    log.warning("webhook_target_refused", webhook_id=msg_id, stage=stage, reason=_one_line(error, 400))
    return _failure(False, error)


def _failure(retryable: bool, error: str) -> SendResult:
    return SendResult(ok=False, retryable=retryable, error=_one_line(error, 400))


def _one_line(text: str, limit: int) -> str:
    flat = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
