"""The notifier's readiness monitor: Kafka is "unknown" while the first connection is under way, not "unreachable"."""

from structlog.testing import capture_logs

from tocsin_notifier.readiness import ReadinessMonitor


async def test_kafka_is_unknown_until_the_first_connection_attempt_ends_and_only_changes_are_logged() -> None:
    """At every start Kafka read "unreachable" for a few seconds and logged a false alarm; now it waits."""
    answers: list[bool | None] = [None, None, True, True, False, True]

    async def database() -> bool:
        return True

    async def kafka() -> bool | None:
        return answers.pop(0)

    monitor = ReadinessMonitor(database, kafka, group="g")
    states = []
    with capture_logs() as logs:
        for _ in range(6):
            states.append((await monitor.refresh()).kafka)
    assert states == ["unknown", "unknown", "ok", "ok", "unreachable", "ok"]
    assert [entry["event"] for entry in logs] == ["kafka_reachable", "kafka_unreachable", "kafka_reachable"]
