"""The inbound SMTP endpoint that reads the unsubscribe mailbox (the mailto URI in every List-Unsubscribe).

It accepts mail for that one mailbox only (any other recipient: 550; a second recipient: 452), reads the
token from the subject or a `+token` subaddress, and unsubscribes exactly as `POST /v1/unsubscribe/{token}`
does (SubscriptionStore.unsubscribe). Every readable mail is answered 250, so the answer never tells whether
a token or a subscription exists; 451 only while the database is unreachable, so the sending MTA retries.
Messages over MAX_MESSAGE_BYTES are refused (552); bodies are never read. Mail comes from anyone, so every
resource is bounded: at most MAX_SESSIONS sessions (then 421), COMMAND_CALL_LIMIT commands of a kind per
session, READ_BUDGET bytes per connection (aiosmtpd would otherwise keep a line without CRLF in memory, whole),
an idle timeout. It runs in the notifier's event loop (aiosmtpd's Controller would start a second one), on
NOTIFIER_INBOUND_SMTP_HOST:PORT.
"""

import asyncio
import datetime as dt
from collections.abc import Callable
from typing import Any

import structlog
from aiosmtpd.smtp import SMTP, Envelope, Session

from tocsin_notifier.errors import NotFoundError
from tocsin_notifier.store import SubscriptionStore
from tocsin_notifier.unsubscribe_mail import UnsubscribeMailbox

log = structlog.get_logger()
MAX_MESSAGE_BYTES = 1024 * 1024  # a mail client's unsubscribe mail may carry a signature with images
READ_BUDGET = 4 * MAX_MESSAGE_BYTES  # per connection; a relay with more to send connects again
MAX_SESSIONS = 32
COMMAND_CALL_LIMIT = {"NOOP": 5, "*": 50}  # per session: NOOPs would otherwise keep one open for ever
IDLE_TIMEOUT = 60.0
ACCEPTED = "250 2.0.0 OK"
IDENT = "Tocsin unsubscribe mailbox"


class UnsubscribeHandler:
    """aiosmtpd handler: one recipient, the unsubscribe mailbox; DATA unsubscribes whatever token it names."""

    def __init__(
        self, mailbox: UnsubscribeMailbox, subscriptions: SubscriptionStore, clock: Callable[[], dt.datetime]
    ) -> None:
        self.mailbox, self.subscriptions, self.clock = mailbox, subscriptions, clock

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        if envelope.rcpt_tos:
            return "452 4.5.3 Error: one recipient per message"
        if not self.mailbox.accepts(address):
            return "550 5.1.1 Error: no such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        found = self.mailbox.token_from(envelope.rcpt_tos[0], envelope.original_content or b"")
        if found is None:
            log.info("unsubscribe_mail_received", outcome="no_token")
            return ACCEPTED
        try:
            sub = await self.subscriptions.unsubscribe(found.token, now=self.clock())
        except NotFoundError:
            log.info("unsubscribe_mail_received", outcome="unknown_token", via=found.via)
            return ACCEPTED
        except Exception as exc:  # the database is down: a temporary refusal makes the sender's MTA retry
            log.warning("unsubscribe_mail_received", outcome="deferred", via=found.via, error_type=type(exc).__name__)
            return "451 4.3.0 Error: try again later"
        log.info("unsubscribe_mail_received", outcome="unsubscribed", via=found.via, subscription_id=sub.id)
        return ACCEPTED


class _BoundedSMTP(SMTP):
    """aiosmtpd's SMTP, cut off once its connection has sent READ_BUDGET bytes, and counted while open."""

    def __init__(self, *args: Any, sessions: set["_BoundedSMTP"], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._open_sessions, self._received = sessions, 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._open_sessions.add(self)
        super().connection_made(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        self._open_sessions.discard(self)
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        self._received += len(data)
        if self._received > READ_BUDGET:
            transport = self.transport
            if isinstance(transport, asyncio.WriteTransport) and not transport.is_closing():
                transport.write(b"552 5.3.4 Error: too much data\r\n")
                transport.close()
            return
        super().data_received(data)


class _Busy(asyncio.Protocol):
    """What a client beyond MAX_SESSIONS meets: a temporary refusal, so its MTA tries again later."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.WriteTransport)
        transport.write(b"421 4.7.0 Too many connections, try again later\r\n")
        transport.close()


class InboundSmtp:
    """The listening SMTP server: `start()` binds host:port in the running loop, `stop()` closes every session."""

    def __init__(self, handler: UnsubscribeHandler, *, host: str, port: int) -> None:
        self.handler, self.host, self.port = handler, host, port
        self._server: asyncio.Server | None = None
        self._sessions: set[_BoundedSMTP] = set()

    async def start(self) -> None:
        """Listen; raises OSError when the port cannot be bound (never advertise a mailbox nobody reads)."""
        loop = asyncio.get_running_loop()
        hostname = self.handler.mailbox.address.rpartition("@")[2]  # not socket.getfqdn(): it may block on DNS

        def protocol() -> asyncio.Protocol:
            if len(self._sessions) >= MAX_SESSIONS:
                return _Busy()
            return _BoundedSMTP(
                self.handler,
                sessions=self._sessions,
                hostname=hostname,
                ident=IDENT,
                data_size_limit=MAX_MESSAGE_BYTES,
                command_call_limit=COMMAND_CALL_LIMIT,
                timeout=IDLE_TIMEOUT,
                loop=loop,
            )

        self._server = await loop.create_server(protocol, host=self.host, port=self.port)
        self.port = int(self._server.sockets[0].getsockname()[1])
        log.info("inbound_smtp_listening", host=self.host, port=self.port)

    async def stop(self) -> None:
        """Stop listening and drop open sessions (a client mid-DATA gets no 250 and retries)."""
        if self._server is None:
            return
        self._server.close()
        for smtp in list(self._sessions):
            if smtp.transport is not None:
                smtp.transport.close()
        await self._server.wait_closed()
        self._server = None
