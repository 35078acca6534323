"""The notifier's Prometheus metrics (served on /metrics with the runtime's shared ones)."""

from prometheus_client import Counter, Histogram

ALERTS_RECORDED = Counter("tocsin_notifier_alerts_recorded_total", "Classified alerts recorded in the outbox")
DELIVERIES_MATCHED = Counter("tocsin_notifier_deliveries_matched_total", "Deliveries created by matching")
ATTEMPTS = Counter(
    "tocsin_notifier_delivery_attempts_total", "Delivery attempts by channel and outcome", ["channel", "status"]
)
SEND_SECONDS = Histogram("tocsin_notifier_send_seconds", "Time to send one delivery or digest", ["channel"])
