"""Deterministic event ids: the same fact always yields the same id, whoever observes it."""

import hashlib
import uuid

# Fixed namespace for Tocsin ids; never change it (ids are part of the public contract).
TOCSIN_NAMESPACE = uuid.UUID("6b1f7a52-3c0e-5d7b-9a4e-7f3e2c1d0b9a")


def event_id(event_type: str, *parts: object) -> str:
    """Return a UUIDv5 over the event type and the parts that identify the fact.

    Parts are joined with a unit separator after `str()`, so callers must pass normalised values
    (ISO dates, canonical URLs) for two observers to agree.
    """
    name = "\x1f".join([event_type, *(str(p) for p in parts)])
    return _uuid5_text(name)


_NAMESPACE_BYTES = TOCSIN_NAMESPACE.bytes


def _uuid5_text(name: str) -> str:
    """str(uuid.uuid5(TOCSIN_NAMESPACE, name)) without building UUID objects (a hot path in the classifier)."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode(), usedforsecurity=False).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
