"""Operator commands: which dead letters a replay may send back, and the command line."""

import asyncio
import contextlib
import io
import json
import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.structs import ConsumerRecord, TopicPartition

import tocsin_runtime.admin
from tocsin_runtime.admin import REPLAYED_HEADER, main, replayable
from tocsin_runtime.broker import Drift, ensure_topics
from tocsin_runtime.settings import KafkaSettings
from tocsin_schemas import TOPICS, Topic

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
    for command in ("create-topics", "topics", "dead-letters", "replay-dead-letters", "forget-status"):
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


@pytest.mark.parametrize("command", [["topics"], ["replay-dead-letters", "--dry-run"]])
def test_an_unreachable_broker_prints_no_line_of_aiokafkas_own(command: list[str], tmp_path: Path) -> None:
    """Run as a command, aiokafka's own retries printed 61 "Unable connect" lines before the one that says it all;
    a replay's producer that never started printed two more about being left unclosed."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    done = subprocess.run(
        [sys.executable, "-m", "tocsin_runtime.admin", *command],
        env={**os.environ, "KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{port}"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [done.stderr.strip()], done.stderr
    assert done.stderr.startswith(f"tocsin admin: Kafka at 127.0.0.1:{port} failed:")
    assert "KafkaConnectionError: KafkaConnectionError" not in done.stderr  # the error's name once


def _letter(
    offset: int, headers: list[tuple[str, bytes | None]], value: bytes | None = b"{}"
) -> ConsumerRecord[bytes, bytes]:
    return ConsumerRecord(Topic.DEAD_LETTERS.value, 0, offset, 0, 0, None, value, None, 0, 0, headers)


def _dead_letters_printed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], letters: list[ConsumerRecord[bytes, bytes]]
) -> tuple[list[dict[str, object]], str]:
    async def read_all(kafka: object, topic: str) -> list[ConsumerRecord[bytes, bytes]]:
        assert topic == Topic.DEAD_LETTERS.value
        return letters

    monkeypatch.setattr(tocsin_runtime.admin, "_read_all", read_all)
    assert main(["dead-letters", "-n", "3"]) == 0
    captured = capsys.readouterr()
    return [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_an_empty_dead_letter_topic_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """It printed nothing at all, which reads the same as a command that did not run."""
    printed, err = _dead_letters_printed(monkeypatch, capsys, [])
    assert printed == []
    assert err == "0 of 0 dead letters on tocsin.deadletter.v1 shown\n"


def test_dead_letters_show_the_newest_with_their_replay_mark_and_survive_null_headers(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    origin: list[tuple[str, bytes | None]] = list(CONSUMED.items())
    letters = [
        _letter(3, origin),
        _letter(4, [*origin, ("odd", None)], value=None),  # a record handed on as received: null header, no value
        _letter(5, [*origin, (REPLAYED_HEADER, b"3")]),  # the replay of letter 3 failed again
        _letter(6, [*origin, ("original_value", b"null")], value=b""),  # a tombstone, shown as one
    ]
    printed, err = _dead_letters_printed(monkeypatch, capsys, letters)
    assert [p["dead_letter_offset"] for p in printed] == ["4", "5", "6"]
    assert [p["replayed_from_dead_letter_offset"] for p in printed] == [None, "3", None]
    assert [printed[0]["value"], printed[2]["value"]] == ["", None]
    assert printed[1]["original_topic"] == Topic.ARRESTS_REPORTED.value
    assert err == "3 of 4 dead letters on tocsin.deadletter.v1 shown\n"


def test_replaying_from_a_topic_that_is_not_a_contract_topic_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A misspelt --topic used to replay nothing and say "replayed 0": now it names the topics it can take."""
    with pytest.raises(SystemExit) as exit_info:
        main(["replay-dead-letters", "--topic", "tocsin.arrest.reported.v1"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'tocsin.arrest.reported.v1'" in err
    assert Topic.ARRESTS_REPORTED.value in err
    assert Topic.DEAD_LETTERS.value not in err.split("choose from", 1)[1]


async def test_lag_shows_each_groups_committed_offsets_against_the_end(kafka_bootstrap: str) -> None:
    """Operators had no way to see consumer lag without Kafka's CLI tools (absent from the local install)."""
    topic, group = f"lag-test-{uuid.uuid4().hex[:8]}", f"lag-group-{uuid.uuid4().hex[:8]}"
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    try:
        for n in range(5):
            await producer.send_and_wait(topic, f"{n}".encode(), partition=0)
    finally:
        await producer.stop()
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=kafka_bootstrap, group_id=group, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        first = await consumer.getone()
        await consumer.commit({TopicPartition(topic, 0): first.offset + 2})  # two of five read
    finally:
        await consumer.stop()
    settings = KafkaSettings(bootstrap_servers=kafka_bootstrap)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert await tocsin_runtime.admin._lag(settings, group) == 1
    assert out.getvalue() == f"{group}\t{topic}\tlag=3\tmax=3 (partition 0)\n"
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert await tocsin_runtime.admin._lag(settings, "no-such-group-here") == 0
    assert "no committed offsets for consumer group 'no-such-group-here'" in err.getvalue()


def test_forget_status_refuses_a_key_that_is_no_status_key(capsys: pytest.CaptureFixture[str]) -> None:
    """A tombstone under a misspelt key would delete nothing and say nothing: the key's shape is checked first."""
    with pytest.raises(SystemExit) as exit_info:
        main(["forget-status", "XVIII-16|BEL"])
    assert exit_info.value.code == 2
    assert "not treaty|participant|signature" in capsys.readouterr().err


async def test_forget_status_writes_a_tombstone_per_key(kafka_bootstrap: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The operator's way to take a wrong entry out of the compacted status topic (every classifier forgets it)."""
    monkeypatch.setenv("KAFKA_BOOTSTRAP_SERVERS", kafka_bootstrap)
    key = f"XVIII-16|test-{uuid.uuid4().hex}|signature"
    kafka = KafkaSettings(bootstrap_servers=kafka_bootstrap)
    await ensure_topics(kafka, (TOPICS[Topic.CONVENTION_STATUS],))
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(Topic.CONVENTION_STATUS.value, b"{}", key=key.encode())
    finally:
        await producer.stop()
    # a mistyped key (lower case, a stray space) deleted nothing while saying "tombstone sent": now nothing is sent
    for wrong in (key.upper().replace("SIGNATURE", "signature"), key.replace("|test-", "| test-")):
        assert await asyncio.to_thread(main, ["forget-status", key, wrong]) == 1
    assert [r.value for r in await _records(kafka, key)] == [b"{}"]
    assert await asyncio.to_thread(main, ["forget-status", key]) == 0
    assert [r.value for r in await _records(kafka, key)] == [b"{}", None]


async def _records(kafka: KafkaSettings, key: str) -> list[Any]:
    """The records under `key` on the status topic, oldest first."""
    records = await tocsin_runtime.admin._read_all(kafka, Topic.CONVENTION_STATUS.value)
    return [r for r in records if r.key == key.encode()]


@pytest.mark.parametrize(
    ("argv", "drift", "status"),
    [
        (["create-topics"], Drift("t", "retention.ms", "60000", "7776000000"), 0),
        (["create-topics", "--check"], Drift("t", "retention.ms", "60000", "7776000000"), 3),
        (["create-topics", "--check", "--fix"], Drift("t", "retention.ms", "60000", "7776000000"), 0),
        (["create-topics", "--check", "--fix"], Drift("t", "partitions", "1", "6"), 3),
        (["create-topics", "--check"], None, 0),
    ],
)
def test_create_topics_check_exits_3_while_a_setting_differs(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    drift: Drift | None,
    status: int,
) -> None:
    """A script could tell drift only by parsing the output (an operator's upgrade): `--check` makes it the exit
    status, unless `--fix` set the setting back (partitions it never does). The drift itself is found against a real
    broker in tests/integration/test_kafka_foundation.py."""

    async def found(_kafka: KafkaSettings, *, fix: bool = False) -> list[Drift]:
        return [drift] if drift else []

    monkeypatch.setattr(tocsin_runtime.admin, "ensure_topics", found)
    assert main(argv) == status
    assert "topics ready" in capsys.readouterr().err
