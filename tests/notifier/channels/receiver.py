"""A real webhook receiver on 127.0.0.1 (http.server in a thread) that verifies Standard Webhooks signatures.

Each path plays one receiver behaviour: /hook verifies and answers 204 (401 if no signature verifies),
/gone 410, /throttle 429 + Retry-After seconds, /unavailable 503 + Retry-After date, /redirect 302,
/slow answers after two seconds, /huge streams a large 500 body, /reject 400 with a short reason.
"""

import contextlib
import ssl
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import ThreadingHTTPServer

from standardwebhooks import Webhook, WebhookVerificationError

from tests.support.http import QuietHandler

SLOW_SECONDS = 2.0
HUGE_BODY_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Received:
    """One request as the receiver saw it."""

    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """Records every request; `secret` is what /hook verifies with (the receiver's current secret)."""

    port: int = 0
    secret: str | None = None
    requests: list[Received] = field(default_factory=list)

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def verifies(self, request: Received, secret: str) -> bool:
        """Whether the standardwebhooks package accepts `request` signed with `secret`."""
        try:
            Webhook(secret).verify(request.body, request.headers)
        except (WebhookVerificationError, ValueError):  # ValueError: a malformed signature header
            return False
        return True


class _Handler(QuietHandler):
    server: "_Server"

    def do_POST(self) -> None:
        self._handle()

    def do_GET(self) -> None:
        self._handle()

    def _handle(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        body = self.rfile.read(length)
        received = Received(self.path, {k.lower(): v for k, v in self.headers.items()}, body)
        receiver = self.server.receiver
        receiver.requests.append(received)
        path = self.path.split("?", 1)[0]
        if path == "/hook":
            ok = receiver.secret is not None and receiver.verifies(received, receiver.secret)
            self._answer(204 if ok else 401)
        elif path == "/gone":
            self._answer(410)
        elif path == "/throttle":
            self._answer(429, {"Retry-After": "120"})
        elif path == "/unavailable":
            later = format_datetime(datetime.now(UTC) + timedelta(minutes=10), usegmt=True)
            self._answer(503, {"Retry-After": later})
        elif path == "/redirect":
            self._answer(302, {"Location": "/hook"})
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._answer(204)
        elif path == "/huge":
            self._answer(500, body=b"x" * HUGE_BODY_BYTES)
        elif path == "/reject":
            self._answer(400, body=b'{"error": "unknown event type"}')
        else:
            self._answer(404)

    def _answer(self, status: int, headers: dict[str, str] | None = None, body: bytes = b"") -> None:
        # the client may stop reading (capped read, timeout): that is what some tests check
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._send(status, body, headers)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    receiver: Receiver


@contextmanager
def running_receiver(secret: str | None = None, tls: ssl.SSLContext | None = None) -> Iterator[Receiver]:
    """A receiver listening on a free port of 127.0.0.1 for the duration of the block (HTTPS with `tls`)."""
    server = _Server(("127.0.0.1", 0), _Handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    receiver = Receiver(port=server.server_address[1], secret=secret)
    server.receiver = receiver
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
