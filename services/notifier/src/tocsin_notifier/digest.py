"""Digest buckets (pure): which email an alert joins and when that email is due.

Immediate subscriptions get no bucket: each alert is sent at once. For an hourly or daily digest, a critical alert
does not wait for the digest: it joins the bucket of its minute (URGENT_WINDOW), so it goes out within a minute, and
a burst of them (one arrest wave can rate sixty reports critical) is one email, not sixty.
"""

import datetime as dt
from dataclasses import dataclass

DIGESTS = ("immediate", "hourly", "daily")
URGENT_WINDOW = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class Bucket:
    """One digest email: its label (unique per subscription) and when it is sent."""

    label: str
    due_at: dt.datetime


def bucket_for(digest: str, severity: str, at: dt.datetime) -> Bucket | None:
    """The digest bucket an alert received `at` joins, or None to send it immediately."""
    if digest == "immediate":
        return None
    at = at.astimezone(dt.UTC)
    if severity == "critical" and digest in DIGESTS:
        start = at.replace(second=0, microsecond=0)
        return Bucket(f"critical:{start:%Y-%m-%dT%H:%M}", start + URGENT_WINDOW)
    if digest == "hourly":
        start = at.replace(minute=0, second=0, microsecond=0)
        return Bucket(f"hourly:{start:%Y-%m-%dT%H}", start + dt.timedelta(hours=1))
    if digest == "daily":
        start = at.replace(hour=0, minute=0, second=0, microsecond=0)
        return Bucket(f"daily:{start:%Y-%m-%d}", start + dt.timedelta(days=1))
    raise ValueError(f"unknown digest {digest!r}")
