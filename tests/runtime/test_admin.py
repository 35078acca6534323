"""Operator commands: which dead letters a replay may send back, and the command line."""

import socket

import pytest

from tocsin_runtime.admin import REPLAYED_HEADER, main, replayable
from tocsin_schemas import Topic

CONSUMED = {
    "original_topic": Topic.ARRESTS_REPORTED.value.encode(),
    "original_partition": b"2",
    "original_offset": b"41",
    "ce_type": b"tocsin.arrest.reported",
    "reason": b"handler_error: bug",
}


def test_a_dead_lettered_cloudevent_goes_back_to_its_topic() -> None:
    """A consumed CloudEvent with its origin is replayable to the topic it came from."""
    assert replayable(CONSUMED, None, False) == Topic.ARRESTS_REPORTED.value


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ({"ce_type": None}, "not a CloudEvent (e.g. a failed delivery record)"),
        ({"original_offset": None}, "not a consumed record"),
        ({"original_topic": b"tocsin.deadletter.v1"}, "never into the DLQ itself"),
        ({"original_topic": b"someone.elses.topic"}, "only contract topics"),
        ({REPLAYED_HEADER: b"7"}, "failed again after a replay"),
    ],
)
def test_records_that_must_not_be_replayed_are_skipped(change: dict[str, bytes | None], why: str) -> None:
    """Delivery records, foreign topics and records that failed again after a replay stay on the DLQ."""
    headers = {k: v for k, v in {**CONSUMED, **change}.items() if v is not None}
    assert replayable(headers, None, False) is None, why


def test_replay_filters_by_topic_and_can_include_replayed_records() -> None:
    """--topic narrows the replay; --include-replayed lets an operator retry records that failed again."""
    assert replayable(CONSUMED, Topic.TREATY_ACTIONS.value, False) is None
    assert replayable({**CONSUMED, REPLAYED_HEADER: b"7"}, None, True) == Topic.ARRESTS_REPORTED.value


def test_admin_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    """`python -m tocsin_runtime.admin --help` documents the four commands."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("create-topics", "topics", "dead-letters", "replay-dead-letters"):
        assert command in out


def test_a_bad_kafka_variable_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """KAFKA_SECURITY_PROTOCOL=FOO names the variable and stops before any connection, with no traceback."""
    monkeypatch.setenv("KAFKA_SECURITY_PROTOCOL", "FOO")
    assert main(["topics"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tocsin admin: invalid KAFKA_ settings: security_protocol:")
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["dead-letters", "-n", "0"], "must be at least 1, got 0"),
        (["dead-letters", "-n", "-1"], "must be at least 1, got -1"),
        (["replay-dead-letters", "--from-offset", "-3"], "must be at least 0, got -3"),
    ],
)
def test_counts_and_offsets_out_of_range_are_usage_errors(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """`-n 0` printed every dead letter and `-n -1` all but one: out-of-range values now stop with status 2."""
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_an_unreachable_broker_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`admin topics` against a port where no broker listens says so in one line, with no traceback."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", f"127.0.0.1:{port}")
    assert main(["topics"]) == 1
    err = capsys.readouterr().err
    assert f"tocsin admin: Kafka at 127.0.0.1:{port} failed: KafkaConnectionError" in err
    assert "Traceback" not in err
