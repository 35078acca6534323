"""Errors raised by the notifier.

    NotifierError                      base class
    ├── SubscriptionError              a request about subscriptions cannot be honoured
    │   ├── InvalidTargetError         the webhook URL or email address is refused (-> 422)
    │   ├── NotFoundError              no such subscription or token (-> 404)
    │   └── ConflictError              the change does not fit the subscription's state (-> 409)
    ├── UnexpectedEventError           a record on the alerts topic is not an alert (permanent: dead-letter)
    └── StoreUnavailableError          the database did not answer (transient: redeliver the message)

Delivery failures are not exceptions: channels return a retry.SendResult that says whether to retry.
"""


class NotifierError(Exception):
    """Base class for notifier failures."""


class SubscriptionError(NotifierError):
    """A subscription request cannot be honoured."""


class InvalidTargetError(SubscriptionError):
    """The target is not an acceptable webhook URL or email address."""


class NotFoundError(SubscriptionError):
    """No subscription matches the id or token."""


class ConflictError(SubscriptionError):
    """The requested change does not fit the subscription's current state."""


class UnexpectedEventError(NotifierError):
    """A valid CloudEvent arrived on the classified-alerts topic but is not a classified alert."""


class StoreUnavailableError(NotifierError):
    """The database is unreachable or locked; the work is worth retrying."""
