"""Real peers for the end-to-end test: an idempotent Standard Webhooks receiver and an aiosmtpd SMTP server."""

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller
from standardwebhooks import Webhook, WebhookVerificationError

from tests.support.kafka import free_port


@dataclass
class WebhookInbox:
    """What a receiver that deduplicates on `webhook-id` (as Standard Webhooks asks) saw."""

    secret: str = ""
    delay: float = 0.0
    accepted: dict[str, dict[str, Any]] = field(default_factory=dict)
    duplicates: list[str] = field(default_factory=list)
    rejected: int = 0
    first_at: float | None = None
    last_at: float | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    server: "_Server"

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""

    def do_POST(self) -> None:
        inbox = self.server.inbox
        body = self.rfile.read(int(self.headers.get("content-length", "0")))
        headers = {k.lower(): v for k, v in self.headers.items()}
        time.sleep(inbox.delay)  # a slow receiver keeps deliveries in flight when the notifier is killed
        try:
            payload = Webhook(inbox.secret).verify(body, headers)
        except (WebhookVerificationError, ValueError):
            with inbox.lock:
                inbox.rejected += 1
            self._answer(401)
            return
        with inbox.lock:
            msg_id = headers["webhook-id"]
            if msg_id in inbox.accepted:
                inbox.duplicates.append(msg_id)
            else:
                inbox.accepted[msg_id] = payload
            now = time.monotonic()
            inbox.first_at = inbox.first_at or now
            inbox.last_at = now
        self._answer(204)

    def _answer(self, status: int) -> None:
        self.send_response(status)
        self.send_header("content-length", "0")
        self.end_headers()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    inbox: WebhookInbox


@contextmanager
def webhook_receiver(inbox: WebhookInbox) -> Iterator[str]:
    """Serve `inbox` on 127.0.0.1; yields the hook URL."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.inbox = inbox
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/hook"
    finally:
        server.shutdown()
        server.server_close()


class _Collect:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server: object, session: object, envelope: Any) -> str:
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


@contextmanager
def smtp_server() -> Iterator[tuple[int, list[Message]]]:
    """A real aiosmtpd server on 127.0.0.1 (on a port picked first: port=0 is refused)."""
    handler = _Collect()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, handler.messages
    finally:
        controller.stop()
