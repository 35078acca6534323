"""Errors raised by the notifier.

    NotifierError                      base class
    ├── StartError                     the notifier cannot start: a port it must listen on is taken, or its
    │                                  database does not answer (one log line, exit 1)
    ├── SubscriptionError              a request about subscriptions cannot be honoured
    │   ├── InvalidTargetError         the webhook URL or email address is refused (-> 422)
    │   ├── NotFoundError              no such subscription or token (-> 404)
    │   ├── ConflictError              the change does not fit the subscription's state (-> 409)
    │   └── IdempotencyMismatchError   an Idempotency-Key already used with another request body (-> 422)
    ├── UnexpectedEventError           a record on the alerts topic is not an alert (permanent: dead-letter)
    ├── StoreUnavailableError          the database did not answer or its pool is exhausted (transient: redeliver)
    │   └── RateLimitUnavailableError  a rate limit that fails closed could not be counted (-> 503)
    └── DeliveryError                  a delivery cannot be made as asked (permanent)
        ├── UnsafeTargetError          a webhook URL (or what it resolves to) points inside our network:
        │   │                          loopback, private, link-local, metadata... tell the subscriber why
        │   └── MalformedUrlError      the webhook URL cannot be read as one: no URL, or no valid host name
        └── InvalidAddressError        an email address that is not one valid mailbox

Delivery trouble worth retrying (timeouts, refused connections, any non-2xx but 410, SMTP 4xx) is not an
exception: channels return a retry.SendResult with `retryable=True` so the pipeline decides when to retry.
"""

import datetime as dt


class NotifierError(Exception):
    """Base class for notifier failures."""


class StartError(NotifierError):
    """The notifier cannot start; the message says what to fix."""


class SubscriptionError(NotifierError):
    """A subscription request cannot be honoured."""


class InvalidTargetError(SubscriptionError):
    """The target is not an acceptable webhook URL or email address."""


class NotFoundError(SubscriptionError):
    """No subscription matches the id or token."""


class ConflictError(SubscriptionError):
    """The requested change does not fit the subscription's current state."""


class RefusedAddressError(ConflictError):
    """The address's owner refused a confirmation request she had not made: none goes to it before `until` (a day)."""

    def __init__(self, message: str, *, until: dt.date) -> None:
        super().__init__(message)
        self.until = until


class IdempotencyMismatchError(SubscriptionError):
    """An Idempotency-Key came again with a different request: it cannot be a retry of the first."""


class UnexpectedEventError(NotifierError):
    """A valid CloudEvent arrived on the classified-alerts topic but is not a classified alert."""


class StoreUnavailableError(NotifierError):
    """The database is unreachable or locked; the work is worth retrying."""


class RateLimitUnavailableError(StoreUnavailableError):
    """The database could not count a hit against a limit that refuses what it cannot count."""


class DeliveryError(NotifierError):
    """Base class: a delivery target or message cannot be used; retrying will not help."""


class UnsafeTargetError(DeliveryError):
    """A webhook target is refused by the SSRF guard; the message says which rule refused it."""


class MalformedUrlError(UnsafeTargetError):
    """A webhook URL that cannot be read unambiguously (e.g. an unclosed "[" or an empty DNS label)."""


class InvalidAddressError(DeliveryError):
    """An email address is malformed or not a single mailbox; the message says why."""
