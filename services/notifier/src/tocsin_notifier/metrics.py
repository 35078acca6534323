"""The notifier's Prometheus metrics (served on /metrics with the runtime's shared ones).

Counters and the histogram move as work happens; KAFKA_UP follows readiness.ReadinessMonitor's checks.
The gauges below it are queue depths read from the database by backlog.BacklogMonitor every few seconds.
They describe the whole database, so every replica reports the same values: aggregate them with max().
"""

from prometheus_client import Counter, Gauge, Histogram

ALERTS_RECORDED = Counter("tocsin_notifier_alerts_recorded_total", "Classified alerts recorded in the outbox")
DELIVERIES_MATCHED = Counter("tocsin_notifier_deliveries_matched_total", "Deliveries created by matching")
ATTEMPTS = Counter(
    "tocsin_notifier_delivery_attempts_total", "Delivery attempts by channel and outcome", ["channel", "status"]
)
for _channel in ("webhook", "email"):  # at 0 from the start: the first failure is an increase an alert rule sees
    for _status in ("delivered", "retrying", "failed", "disabled"):
        ATTEMPTS.labels(channel=_channel, status=_status)
RATE_LIMIT_ERRORS = Counter(
    "tocsin_notifier_rate_limit_errors_total",
    "Hits the database could not count, by limit (client: admitted anyway; subscription, address: refused)",
    ["limit"],
)
SEND_SECONDS = Histogram("tocsin_notifier_send_seconds", "Time to send one delivery or digest", ["channel"])
KAFKA_UP = Gauge(
    "tocsin_notifier_kafka_up",
    "1 when the last check (every 5 s, under serve only) reached Kafka for this consumer group, else 0; "
    "readiness does not depend on it",
    ["group"],
)

DELIVERIES_OPEN = Gauge(
    "tocsin_notifier_deliveries_open",
    "Deliveries not yet settled, by channel and state: due (waiting for a worker), scheduled (a retry or "
    "digest later) or in_flight (leased by a worker)",
    ["channel", "state"],
)
OLDEST_OPEN_AGE = Gauge(
    "tocsin_notifier_deliveries_oldest_open_age_seconds",
    "Seconds since the oldest delivery not yet settled was recorded (0 when there is none)",
)
DUE_LAG = Gauge(
    "tocsin_notifier_deliveries_due_lag_seconds",
    "Seconds the longest-waiting due delivery has been waiting for a worker (0 when none is due)",
)
MAILS_PENDING = Gauge(
    "tocsin_notifier_mails_pending", "Mails about subscriptions queued and not yet sent, by kind", ["kind"]
)
REPORTS_PENDING = Gauge(
    "tocsin_notifier_reports_pending", "Outcome events and dead letters queued for Kafka, by kind", ["kind"]
)
