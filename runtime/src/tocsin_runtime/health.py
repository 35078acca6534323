"""Liveness (/healthz), readiness (/readyz) and Prometheus metrics (/metrics) over a tiny HTTP server.

Used by services without an HTTP API of their own; the notifier mounts the same handlers in its API.
"""

import asyncio
import os
from collections.abc import Awaitable, Callable

import structlog
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from tocsin_runtime.metrics import READY

Readiness = Callable[[], Awaitable[bool]]
log = structlog.get_logger()


async def always_ready() -> bool:
    """Readiness check for services with nothing to wait for."""
    return True


async def probe(path: str, readiness: Readiness) -> tuple[int, str, bytes]:
    """Status, content type and body for one of the three endpoints (404 for anything else)."""
    match path:
        case "/healthz":
            return 200, "text/plain", b"ok\n"
        case "/readyz":
            ready = await readiness()
            READY.set(1 if ready else 0)
            return (200, "text/plain", b"ready\n") if ready else (503, "text/plain", b"not ready\n")
        case "/metrics":
            return 200, CONTENT_TYPE_LATEST, generate_latest()
    return 404, "text/plain", b"not found\n"


class ReadinessLog:
    """Logs a service's readiness only when it changes: `<service>_not_ready` with its problems, then
    `<service>_ready` once they are gone (nothing before the first problem)."""

    def __init__(self, service: str) -> None:
        self._service = service
        self._problems: list[str] | None = None  # as of the last check; None before the first

    def record(self, problems: list[str], **context: object) -> bool:
        """Note the problems found now (none: ready) and return whether the service is ready."""
        if problems != self._problems:
            if problems:
                log.warning(f"{self._service}_not_ready", problems=problems, **context)
            elif self._problems is not None:
                log.info(f"{self._service}_ready")
        self._problems = problems
        return not problems


class ListenError(OSError):
    """The port a service must listen on cannot be bound (taken, or not allowed); the message says which and why."""


class HealthServer:
    """Serves the three endpoints on host:port until stopped."""

    def __init__(self, host: str, port: int, readiness: Readiness = always_ready) -> None:
        self.host, self.port, self._readiness = host, port, readiness
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        """Listen; ListenError naming host:port and the reason when the port cannot be bound."""
        try:
            self._server = await asyncio.start_server(self._handle, self.host, self.port)
        except OSError as exc:
            reason = os.strerror(exc.errno) if exc.errno else str(exc)
            raise ListenError(exc.errno, f"cannot listen on {self.host}:{self.port}: {reason}") from exc
        self.port = self._server.sockets[0].getsockname()[1]
        log.info("health_server_started", host=self.host, port=self.port)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            request = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=5)
            parts = request.split(b" ", 2)
            method, path = (parts[0], parts[1].decode("latin-1")) if len(parts) >= 2 else (b"", "")
            if method not in (b"GET", b"HEAD"):
                status, ctype, body = 405, "text/plain", b"method not allowed\n"
            else:
                status, ctype, body = await probe(path.split("?", 1)[0], self._readiness)
            head = (
                f"HTTP/1.1 {status} {_REASONS.get(status, 'OK')}\r\nContent-Type: {ctype}\r\n"
                f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
            )
            writer.write(head.encode() + (body if method == b"GET" else b""))
            await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ConnectionError):
            pass
        finally:
            writer.close()


_REASONS = {200: "OK", 404: "Not Found", 405: "Method Not Allowed", 503: "Service Unavailable"}
