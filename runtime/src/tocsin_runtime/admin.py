"""Operator commands for the Kafka side of Tocsin.

python -m tocsin_runtime.admin create-topics [--fix] [--check]
                                                      declare every contract topic (idempotent); report (--fix: set
                                                      back) the retention and cleanup policy of existing ones; with
                                                      --check, exit 3 when one differs and is not set back
python -m tocsin_runtime.admin topics                 partitions and end offsets per topic
python -m tocsin_runtime.admin lag [--group G]        each consumer group's lag per topic (committed vs end offsets)
python -m tocsin_runtime.admin dead-letters [-n N]    print the last N dead letters with their origin
python -m tocsin_runtime.admin replay-dead-letters [--topic T] [--dry-run]
                                                      re-publish dead letters to their original topic
python -m tocsin_runtime.admin forget-status KEY...   a tombstone on the convention-status topic for each key
                                                      (`XVIII-16|BEL|consent`): every classifier forgets that entry
"""

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Callable
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import KafkaError
from pydantic_settings import SettingsError

from tocsin_runtime.broker import admin_kwargs, ensure_topics
from tocsin_runtime.deadletter import NULL_VALUE_HEADER
from tocsin_runtime.errors import KafkaUnavailableError
from tocsin_runtime.settings import KafkaSettings, load_settings
from tocsin_schemas import TOPICS, Topic
from tocsin_schemas.topics import parse_status_key

_ORIGIN_HEADERS = {"original_topic", "original_partition", "original_offset", "original_timestamp"}
_DLQ_HEADERS = _ORIGIN_HEADERS | {"reason", "exception_type", "dead_lettered_by", NULL_VALUE_HEADER}
REPLAYED_HEADER = "tocsin_replayed_from_dlq_offset"


async def _partitions(kafka: KafkaSettings, topics: list[str]) -> dict[str, list[TopicPartition]]:
    admin = AIOKafkaAdminClient(**admin_kwargs(kafka))
    await admin.start()
    try:
        described = await admin.describe_topics(topics)
    finally:
        await admin.close()
    return {d["topic"]: [TopicPartition(d["topic"], p["partition"]) for p in d["partitions"]] for d in described}


async def _read_all(kafka: KafkaSettings, topic: str) -> list[Any]:
    partitions = (await _partitions(kafka, [topic])).get(topic, [])
    consumer = AIOKafkaConsumer(enable_auto_commit=False, **admin_kwargs(kafka))
    await consumer.start()
    try:
        if not partitions:
            return []
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        ends = await consumer.end_offsets(partitions)
        records: list[Any] = []
        while [tp for tp in partitions if await consumer.position(tp) < ends[tp]]:
            batch = await consumer.getmany(timeout_ms=500)
            for items in batch.values():
                records.extend(items)
        return records
    finally:
        await consumer.stop()


async def _topics(kafka: KafkaSettings) -> None:
    by_topic = await _partitions(kafka, [t.value for t in Topic])
    consumer = AIOKafkaConsumer(enable_auto_commit=False, **admin_kwargs(kafka))
    await consumer.start()
    try:
        for topic in Topic:
            parts = by_topic.get(topic.value, [])
            ends = await consumer.end_offsets(parts) if parts else {}
            spec = TOPICS[topic]
            print(f"{topic.value}\tpartitions={len(parts)}/{spec.partitions}\tend_offsets={sum(ends.values())}")
    finally:
        await consumer.stop()


async def _lag(kafka: KafkaSettings, only_group: str | None) -> int:
    """One line per consumer group and topic: total lag (end offset minus committed offset, summed over partitions),
    the partition lagging most, and partitions with no commit yet. Returns how many groups were shown."""
    admin = AIOKafkaAdminClient(**admin_kwargs(kafka))
    await admin.start()
    consumer = AIOKafkaConsumer(enable_auto_commit=False, **admin_kwargs(kafka))
    await consumer.start()
    shown = 0
    try:
        groups = sorted(str(group[0]) for group in await admin.list_consumer_groups())
        for group in groups:
            if only_group is not None and group != only_group:
                continue
            committed = await admin.list_consumer_group_offsets(group)
            if not committed:
                continue
            ends = await consumer.end_offsets(list(committed))
            shown += 1
            for topic in sorted({tp.topic for tp in committed}):
                print(_lag_line(group, topic, {tp: meta.offset for tp, meta in committed.items()}, ends))
    finally:
        await consumer.stop()
        await admin.close()
    if only_group is not None and not shown:
        print(f"no committed offsets for consumer group {only_group!r}", file=sys.stderr)
    return shown


def _lag_line(group: str, topic: str, committed: dict[TopicPartition, int], ends: dict[TopicPartition, int]) -> str:
    lags = {tp.partition: ends[tp] - offset for tp, offset in committed.items() if tp.topic == topic and offset >= 0}
    uncommitted = sorted(tp.partition for tp, offset in committed.items() if tp.topic == topic and offset < 0)
    worst = max(lags.items(), key=lambda item: item[1], default=None)
    parts = [group, topic, f"lag={sum(lags.values())}"]
    if worst is not None:
        parts.append(f"max={worst[1]} (partition {worst[0]})")
    if uncommitted:
        parts.append(f"no_commit_partitions={','.join(map(str, uncommitted))}")
    return "\t".join(parts)


async def _dead_letters(kafka: KafkaSettings, last: int) -> None:
    """The newest `last` dead letters, one JSON object per line on stdout; on stderr how many there are in all."""
    records = await _read_all(kafka, Topic.DEAD_LETTERS.value)
    for record in records[-last:]:
        headers = {k: (v or b"").decode("utf-8", "replace") for k, v in record.headers}
        origin = {k: headers.get(k) for k in ("original_topic", "original_partition", "original_offset")}
        origin["kind"] = headers.get("dead_letter_kind", "consumed_record")
        origin["dead_letter_offset"] = str(record.offset)  # what `replay-dead-letters --from-offset` takes
        # set when this letter is a replayed record that failed again: the offset of the letter it was replayed from
        origin["replayed_from_dead_letter_offset"] = headers.get(REPLAYED_HEADER)
        value = record.value or b""
        print(
            json.dumps(
                {
                    **origin,
                    "reason": headers.get("reason"),
                    "exception_type": headers.get("exception_type"),
                    "by": headers.get("dead_lettered_by"),
                    # a tombstone dead-lettered (stored as an empty value) shows as null, as it will be replayed
                    "value": None
                    if headers.get(NULL_VALUE_HEADER) == "null"
                    else value.decode("utf-8", "replace")[:500],
                },
                ensure_ascii=False,
            )
        )
    shown = min(last, len(records))
    print(f"{shown} of {len(records)} dead letters on {Topic.DEAD_LETTERS.value} shown", file=sys.stderr)


def _at_least(low: int) -> Callable[[str], int]:
    """An argparse type: an integer no smaller than `low`, else a usage error naming the bound."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"must be at least {low}, got {value}")
        return value

    return parse


def replayable(headers: dict[str, bytes], only_topic: str | None, include_replayed: bool) -> str | None:
    """The topic a dead letter may be replayed to, or None: only consumed CloudEvents go back (a failed
    delivery record never reaches a public topic), and a record replayed once is not replayed again by default."""
    target = headers.get("original_topic", b"").decode("utf-8", "replace")
    if not target or target not in {t.value for t in Topic} or target == Topic.DEAD_LETTERS.value:
        return None
    if "original_offset" not in headers or "ce_type" not in headers:
        return None
    if only_topic and target != only_topic:
        return None
    if REPLAYED_HEADER in headers and not include_replayed:
        return None
    return target


async def _replay(
    kafka: KafkaSettings, only_topic: str | None, dry_run: bool, *, from_offset: int, include_replayed: bool
) -> int:
    producer = AIOKafkaProducer(acks="all", **admin_kwargs(kafka))
    try:
        await producer.start()
    except BaseException:  # closed before the error goes up: an unclosed producer printed two more lines at exit
        await producer.stop()
        raise
    count, last = 0, from_offset - 1
    try:
        for record in await _read_all(kafka, Topic.DEAD_LETTERS.value):
            last = max(last, record.offset)
            target = replayable(dict(record.headers), only_topic, include_replayed)
            if record.offset < from_offset or target is None:
                continue
            count += 1
            if not dry_run:
                kept = [(k, v) for k, v in record.headers if k not in _DLQ_HEADERS]
                kept.append((REPLAYED_HEADER, str(record.offset).encode()))
                null = dict(record.headers).get(NULL_VALUE_HEADER) == b"null"
                await producer.send_and_wait(target, None if null else record.value, key=record.key, headers=kept)
    finally:
        await producer.stop()
    verb = "would replay" if dry_run else "replayed"
    print(f"{verb} {count} dead letters; next run: --from-offset {last + 1}", file=sys.stderr)
    return count


def _status_key(text: str) -> str:
    """A key of the convention-status topic as `status_key` writes it: treaty|participant|signature or …|consent."""
    if parse_status_key(text) is None:
        raise argparse.ArgumentTypeError(f"not treaty|participant|signature or treaty|participant|consent: {text!r}")
    return text


async def _forget_status(kafka: KafkaSettings, keys: list[str]) -> int:
    """A tombstone per key: compaction deletes the key, and every classifier's status table forgets its entry.

    Only keys the topic holds an entry under: a mistyped one ("vnm", "Viet Nam" for "VNM", a stray space) would
    delete nothing while saying it did. All or nothing: one unknown key, and no tombstone is sent (status 1).
    """
    latest: dict[bytes, bytes | None] = {}
    for record in await _read_all(kafka, Topic.CONVENTION_STATUS.value):
        if record.key is not None:
            latest[record.key] = record.value
    live = sorted(key.decode("utf-8", "replace") for key, value in latest.items() if value is not None)
    unknown = [key for key in keys if key not in live]
    for key in unknown:
        like = f" (keys there look like {live[0]!r})" if live else " (it holds none)"
        print(f"no entry under {key!r} on {Topic.CONVENTION_STATUS.value}{like}", file=sys.stderr)
    if unknown:
        print("nothing sent", file=sys.stderr)
        return 1
    producer = AIOKafkaProducer(acks="all", **admin_kwargs(kafka))
    try:
        await producer.start()
        for key in keys:
            await producer.send_and_wait(Topic.CONVENTION_STATUS.value, None, key=key.encode())
            print(f"tombstone sent for {key}", file=sys.stderr)
    finally:
        await producer.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tocsin_runtime.admin", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    create = sub.add_parser("create-topics", help="declare every contract topic; report settings that differ")
    create.add_argument("--fix", action="store_true", help="set retention and cleanup policy back to the contract's")
    create.add_argument("--check", action="store_true", help="exit 3 when a setting differs (and is not fixed)")
    sub.add_parser("topics", help="partitions and message counts")
    lag = sub.add_parser("lag", help="each consumer group's lag per topic")
    lag.add_argument("--group", default=None, help="only this consumer group (e.g. tocsin-classifier)")
    dl = sub.add_parser("dead-letters", help="print dead letters with their origin")
    dl.add_argument("-n", type=_at_least(1), default=20, help="how many of the newest dead letters (at least 1)")
    rp = sub.add_parser("replay-dead-letters", help="re-publish dead letters to their original topic")
    replayable_topics = [t.value for t in Topic if t is not Topic.DEAD_LETTERS]
    rp.add_argument("--topic", default=None, choices=replayable_topics, help="only dead letters from this topic")
    rp.add_argument("--dry-run", action="store_true")
    rp.add_argument("--from-offset", type=_at_least(0), default=0, help="skip dead letters before this DLQ offset")
    rp.add_argument("--include-replayed", action="store_true", help="also replay records that failed again")
    forget = sub.add_parser("forget-status", help="tombstone a wrong entry of the convention-status topic")
    forget.add_argument("keys", nargs="+", type=_status_key, help="treaty|participant|signature or …|consent")
    args = parser.parse_args(argv)
    try:
        kafka = load_settings(KafkaSettings)
    except SettingsError as exc:  # one line naming the variable, never its value
        print(f"tocsin admin: {exc}", file=sys.stderr)
        return 2
    # one line says what failed (below); aiokafka's own, one per retry, printed dozens before it
    library = logging.getLogger("aiokafka")
    level = library.level
    library.setLevel(logging.CRITICAL)
    try:
        status = _run(args, kafka)
    except (KafkaError, KafkaUnavailableError, OSError) as exc:  # one line for an operator, not a traceback
        said = str(exc) if str(exc).startswith(type(exc).__name__) else f"{type(exc).__name__}: {exc}"  # not twice
        print(f"tocsin admin: Kafka at {kafka.bootstrap_servers} failed: {said}", file=sys.stderr)
        return 1
    finally:
        library.setLevel(level)  # main() also runs inside other programs (and the tests): leave logging as found
    return status


def _run(args: argparse.Namespace, kafka: KafkaSettings) -> int:
    """Run the command; its exit status (3: create-topics --check found a setting it did not set back)."""
    match args.command:
        case "create-topics":
            drifts = asyncio.run(ensure_topics(kafka, fix=args.fix))
            left = 0
            for drift in drifts:
                fixed = args.fix and drift.fixable
                left += not fixed
                note = "set back" if fixed else ("left (moving keys is for you)" if args.fix else "run with --fix")
                print(f"differs: {drift} ({note})", file=sys.stderr)
            print(f"topics ready: {', '.join(t.value for t in Topic)}", file=sys.stderr)
            return 3 if args.check and left else 0
        case "topics":
            asyncio.run(_topics(kafka))
        case "lag":
            asyncio.run(_lag(kafka, args.group))
        case "dead-letters":
            asyncio.run(_dead_letters(kafka, args.n))
        case "forget-status":
            return asyncio.run(_forget_status(kafka, args.keys))
        case "replay-dead-letters":
            asyncio.run(
                _replay(
                    kafka,
                    args.topic,
                    args.dry_run,
                    from_offset=args.from_offset,
                    include_replayed=args.include_replayed,
                )
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
