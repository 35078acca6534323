"""Prometheus metrics shared by every service (exposed on /metrics)."""

from prometheus_client import Counter, Gauge

MESSAGES_CONSUMED = Counter("tocsin_messages_consumed_total", "Records decoded by a subscriber", ["topic"])
MESSAGES_DEAD_LETTERED = Counter("tocsin_messages_dead_lettered_total", "Records sent to the DLQ", ["reason"])
EVENTS_PUBLISHED = Counter("tocsin_events_published_total", "Events published", ["topic", "type"])
READY = Gauge("tocsin_ready", "1 when the service reports ready")
