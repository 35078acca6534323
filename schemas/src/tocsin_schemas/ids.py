"""Deterministic event ids: the same fact always yields the same id, whoever observes it."""

import uuid

# Fixed namespace for Tocsin ids; never change it (ids are part of the public contract).
TOCSIN_NAMESPACE = uuid.UUID("6b1f7a52-3c0e-5d7b-9a4e-7f3e2c1d0b9a")


def event_id(event_type: str, *parts: object) -> str:
    """Return a UUIDv5 over the event type and the parts that identify the fact.

    Parts are joined with a unit separator after `str()`, so callers must pass normalised values
    (ISO dates, canonical URLs) for two observers to agree.
    """
    name = "\x1f".join([event_type, *(str(p) for p in parts)])
    return str(uuid.uuid5(TOCSIN_NAMESPACE, name))
