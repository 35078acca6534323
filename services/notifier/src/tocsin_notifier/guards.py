"""What stands in front of the routes: who is calling (401/403), who counts as one client (429), how much (413).

The rate limits themselves are counted in the database: see rate_limits.py.
"""

import asyncio
import hmac
import ipaddress
import json
from dataclasses import dataclass

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send


@dataclass(frozen=True)
class Principal:
    """The caller: the admin, or the owner of one subscription."""

    admin: bool
    subscription_id: str | None = None

    def may_manage(self, subscription_id: str) -> bool:
        return self.admin or self.subscription_id == subscription_id


def is_admin_token(token: str, admin_token: str | None) -> bool:
    """Constant-time comparison with NOTIFIER_ADMIN_TOKEN (never true when it is unset)."""
    return bool(admin_token) and hmac.compare_digest(token.encode(), (admin_token or "").encode())


def client_of(request: Request) -> str:
    """The rate-limit key of the peer that sent `request` (`client_key`), "unknown" when it has none."""
    return client_key(request.client.host) if request.client else "unknown"


def client_key(host: str) -> str:
    """The rate-limit key of a peer: an IPv4 address as is, an IPv6 address as its /64 (one site's share).

    IPv4-mapped IPv6 addresses count as their IPv4 address; anything unparsable is its own key.
    """
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address)


async def read_body(receive: Receive, *, limit: int | None = None) -> bytes | None:
    """The whole request body from `receive`; None as soon as it grows past `limit` bytes."""
    body, more = b"", True
    while more:
        message = await receive()
        if message["type"] != "http.request":
            break
        body += message.get("body", b"")
        more = message.get("more_body", False)
        if limit is not None and len(body) > limit:
            return None
    return body


def replaying(body: bytes, receive: Receive) -> Receive:
    """A `receive` that hands the app the body already read, then whatever comes after it (a disconnect)."""
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


BODY_TIMEOUT_S = 30.0  # a request body not whole by then is answered 408 and the connection closed


class BodyLimit:
    """ASGI middleware: 413 for request bodies over `max_bytes`, declared or streamed; 408 for one still not whole
    after `timeout` seconds (a client sending a byte a minute held its connection, and a worker's attention, for ever).
    """

    def __init__(self, app: ASGIApp, max_bytes: int, timeout: float = BODY_TIMEOUT_S) -> None:
        self.app, self.max_bytes, self.timeout = app, max_bytes, timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._reject(send)
            return
        try:
            async with asyncio.timeout(self.timeout):
                body = await read_body(receive, limit=self.max_bytes)
        except TimeoutError:
            await _answer(send, 408, f"request body not received whole within {self.timeout:g} s", close=True)
            return
        if body is None:
            await self._reject(send)
            return
        await self.app(scope, replaying(body, receive), send)

    async def _reject(self, send: Send) -> None:
        await _answer(send, 413, f"request body larger than {self.max_bytes} bytes")


async def _answer(send: Send, status: int, detail: str, *, close: bool = False) -> None:
    """A JSON problem answer; `close` asks the server to end the connection after it."""
    payload = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    if close:
        headers.append((b"connection", b"close"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
