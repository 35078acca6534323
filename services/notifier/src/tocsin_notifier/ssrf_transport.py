"""Connect-time SSRF guard: an httpx transport that dials only addresses `ssrf.resolve_and_check` approved.

The host is resolved once per new connection; if ANY address is unsafe the connection is refused, else the socket
goes to a checked address while the Host header and TLS SNI keep the name, so DNS rebinding cannot slip in.
"""

import asyncio
import ssl
from collections.abc import Iterable, Sequence
from typing import Any

import httpcore
import httpx

from tocsin_notifier.errors import UnsafeTargetError
from tocsin_notifier.ssrf import Network, Resolver, resolve_and_check


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """An httpcore network backend that dials only addresses `resolve_and_check` approved."""

    def __init__(self, allow: Sequence[Network], resolver: Resolver | None) -> None:
        self._allow = tuple(allow)
        self._resolver = resolver
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        try:
            async with asyncio.timeout(timeout):
                addresses = await resolve_and_check(host, port, self._allow, resolver=self._resolver)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"resolving {host} timed out") from None
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from exc
        failure: Exception = httpcore.ConnectError(f"cannot connect to {host}")
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                failure = exc
        raise failure

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.AsyncNetworkStream:
        raise UnsafeTargetError("unix sockets are never webhook targets")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class GuardedTransport(httpx.AsyncHTTPTransport):
    """httpx transport whose every new connection passes the SSRF guard after DNS resolution."""

    def __init__(
        self,
        allow: Sequence[Network] = (),
        *,
        resolver: Resolver | None = None,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        super().__init__(trust_env=False)
        # httpx offers no network_backend option, so its pool is replaced by one that uses ours.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context or httpx.create_ssl_context(trust_env=False),
            max_connections=100,
            max_keepalive_connections=20,
            keepalive_expiry=5.0,
            network_backend=_GuardedBackend(allow, resolver),
        )


def guarded_transport(
    allow: Sequence[Network] = (),
    *,
    resolver: Resolver | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> httpx.AsyncBaseTransport:
    """An httpx transport that refuses, at connect time, any host resolving to an unsafe address.

    TLS is verified against the host name (SNI included) although the socket goes to the checked IP.
    """
    return GuardedTransport(allow, resolver=resolver, ssl_context=ssl_context)
