"""Unguessable tokens, stored only as SHA-256 hashes, and the per-subscription unsubscribe token.

The unsubscribe token must be re-creatable when each email is sent, so it is an HMAC of the subscription id
under an instance key kept in the database; only its hash is used to look it up.
"""

import base64
import hashlib
import hmac
import secrets

TOKEN_BYTES = 32


def new_token() -> str:
    """A fresh URL-safe token with 256 bits of entropy."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def hash_token(token: str) -> str:
    """The hex SHA-256 under which a token is stored and looked up."""
    return hashlib.sha256(token.encode()).hexdigest()


def unsubscribe_token(instance_key: str, subscription_id: str) -> str:
    """The stable, opaque one-click unsubscribe token of a subscription."""
    mac = hmac.new(instance_key.encode(), f"unsubscribe\x1f{subscription_id}".encode(), hashlib.sha256)
    return base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode()
