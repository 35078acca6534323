"""Prometheus metrics shared by every service (exposed on /metrics)."""

from prometheus_client import Counter, Gauge

MESSAGES_CONSUMED = Counter("tocsin_messages_consumed_total", "Records decoded by a subscriber", ["topic"])
MESSAGES_DEAD_LETTERED = Counter("tocsin_messages_dead_lettered_total", "Records sent to the DLQ", ["reason"])
# Every reason a consumed record is dead-lettered for, exported at 0 from the start: a series that first appears at
# 1 has no increase for `increase(...) > 0` to see, so the first poison record after a start would never alert.
DEAD_LETTER_REASONS = ("undecodable", "rejected", "handler_error")
for _reason in DEAD_LETTER_REASONS:
    MESSAGES_DEAD_LETTERED.labels(reason=_reason)
EVENTS_PUBLISHED = Counter("tocsin_events_published_total", "Events published", ["topic", "type"])
READY = Gauge("tocsin_ready", "1 when the service reports ready")
