"""Errors raised while preparing or making a delivery (channels, SSRF guard).

    DeliveryError               a delivery cannot be made as asked
    ├── UnsafeTargetError       a webhook URL (or what it resolves to) points inside our network:
    │                           loopback, private, link-local, metadata... Permanent; tell the subscriber why.
    └── InvalidAddressError     an email address that is not one valid mailbox. Permanent; refuse it.

Transient trouble (timeouts, refused connections, 5xx, SMTP 4xx) is not an exception here: channels return
a `retry.SendResult` with `retryable=True` so the pipeline decides when to try again.
"""


class DeliveryError(Exception):
    """Base class: a delivery target or message cannot be used; retrying will not help."""


class UnsafeTargetError(DeliveryError):
    """A webhook target is refused by the SSRF guard; the message says which rule refused it."""


class InvalidAddressError(DeliveryError):
    """An email address is malformed or not a single mailbox; the message says why."""
