"""Unguessable tokens, stored only as SHA-256 hashes.

The manage token is random and shown once. The confirmation and unsubscribe tokens must be re-creatable
whenever an email is (re)sent, so they are HMACs of the subscription id under an instance key kept in the
database; only their hashes are used to look them up.
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
    return _derived(instance_key, "unsubscribe", subscription_id)


def confirm_token(instance_key: str, subscription_id: str) -> str:
    """The double opt-in token of an email subscription (the same in every resent confirmation)."""
    return _derived(instance_key, "confirm", subscription_id)


def refusal_key(instance_key: str, mailbox: str) -> str:
    """The key under which a refused mailbox is stored (never the address itself)."""
    return _derived(instance_key, "refused", mailbox)


def idempotency_key_hash(instance_key: str, client: str, idempotency_key: str) -> str:
    """The key under which a creation's Idempotency-Key is stored, with its client's address: an HMAC, so that the
    database does not hold creators' addresses (a plain hash of an IPv4 address and a known key is reversed by
    trying every address)."""
    return _derived(instance_key, "idempotency", f"{client}\x1f{idempotency_key}")


def _derived(instance_key: str, purpose: str, subscription_id: str) -> str:
    mac = hmac.new(instance_key.encode(), f"{purpose}\x1f{subscription_id}".encode(), hashlib.sha256)
    return base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode()
