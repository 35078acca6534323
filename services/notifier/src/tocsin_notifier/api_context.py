"""What every API route shares: the context built once by app.py, and the error answers OpenAPI documents."""

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from tocsin_notifier.api_models import Problem
from tocsin_notifier.delivery import EmailChannel, WebhookChannel
from tocsin_notifier.mail import Mailer
from tocsin_notifier.mail_outbox import MailWorker
from tocsin_notifier.outbox import Outbox
from tocsin_notifier.rate_limits import RateLimit, RateLimits
from tocsin_notifier.readiness import Readiness
from tocsin_notifier.settings import NotifierSettings
from tocsin_notifier.ssrf import Resolver
from tocsin_notifier.store import SubscriptionStore

# Test events and re-enablings per subscription per window, whoever asks (each one costs the receiver a request).
PER_SUBSCRIPTION_LIMIT = 5
PER_SUBSCRIPTION_WINDOW = 600.0
# Confirmation mails (new subscriptions and resends) to one address per window, from whichever client.
PER_ADDRESS_LIMIT = 3
PER_ADDRESS_WINDOW = 3600.0
# Unknown bearer tokens per client per window; past it the client gets 429, even with a right token, until it ends.
BAD_TOKEN_LIMIT = 20
BAD_TOKEN_WINDOW = 600.0
UNSAFE_TARGET = "unsafe webhook target"
AUTH_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": Problem, "description": "No or unknown bearer token"},
    403: {"model": Problem, "description": "The token does not grant access to this subscription"},
    404: {"model": Problem, "description": "No such subscription"},
    429: {"model": Problem, "description": "Too many unknown tokens from this client; see Retry-After"},
}
CONFLICT: dict[int | str, dict[str, Any]] = {
    409: {"model": Problem, "description": "The subscription's state does not allow this"},
}
TOO_LARGE: dict[int | str, dict[str, Any]] = {
    413: {"model": Problem, "description": "Request body larger than NOTIFIER_MAX_BODY_BYTES"},
}
TOO_MANY: dict[int | str, dict[str, Any]] = {
    429: {
        "model": Problem,
        "description": (
            "Too many requests (or unknown tokens) from this client, to this subscription or to this address; "
            "see Retry-After"
        ),
    },
    503: {
        "model": Problem,
        "description": "The limit on test events or confirmation mails could not be checked; see Retry-After",
    },
}


@dataclass
class ApiContext:
    """Everything the routes use, built once by app.py."""

    settings: NotifierSettings
    subscriptions: SubscriptionStore
    outbox: Outbox
    webhooks: WebhookChannel
    email: EmailChannel
    mailer: Mailer
    mail_worker: MailWorker
    readiness: Callable[[], Awaitable[Readiness]]
    clock: Callable[[], dt.datetime]
    resolver: Resolver | None = None  # None: the system resolver
    wake: asyncio.Event | None = None  # set when deliveries became due (redelivery): wakes this replica's worker
    # The limits, counted in the database every replica shares. Those shielding a third party fail closed.
    per_client: RateLimit = field(init=False)
    per_subscription: RateLimit = field(init=False)
    per_address: RateLimit = field(init=False)
    bad_tokens: RateLimit = field(init=False)
    rate_limits: RateLimits = field(init=False)

    def __post_init__(self) -> None:
        self.per_client = RateLimit("client", self.settings.create_rate_limit, self.settings.create_rate_window)
        self.per_subscription = RateLimit(
            "subscription", PER_SUBSCRIPTION_LIMIT, PER_SUBSCRIPTION_WINDOW, fail_closed=True
        )
        self.per_address = RateLimit("address", PER_ADDRESS_LIMIT, PER_ADDRESS_WINDOW, fail_closed=True)
        self.bad_tokens = RateLimit("bad_token", BAD_TOKEN_LIMIT, BAD_TOKEN_WINDOW)
        self.rate_limits = RateLimits(
            self.subscriptions.sessions, clock=self.clock, secret=self.subscriptions.instance_key
        )
