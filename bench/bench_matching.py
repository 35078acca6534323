"""Time to match one alert against N subscriptions: the notifier's index query vs a full scan.

    uv run python bench/bench_matching.py            # 1,000,000 subscriptions
    uv run python bench/bench_matching.py --n 100000

Builds a throwaway SQLite database with the notifier's own schema and match keys (routing.match_keys),
then times routing.match_statement (what the consumer runs) and, as the baseline in the same run, a scan of
every active subscription through the pure rule routing.accepts. Both must return the same set.
"""

import argparse
import json
import random
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine

from tocsin_notifier.models import Base
from tocsin_notifier.routing import WATCHER_TYPES, AlertFacts, Filters, accepts, match_keys, match_statement
from tocsin_schemas import SEVERITIES, TAGS

COUNTRIES = [*[f"{a}{b}{c}" for a in "ABCDEFGHKLMNPRSTUVZ" for b in "AEIOU" for c in "KMNRT"][:200], "VNM", "PAK"]
CHUNK = 50_000


def random_filters(rng: random.Random) -> Filters:
    """A plausible subscriber: most pick a few countries or tags, some want everything."""
    return Filters(
        countries=frozenset(rng.sample(COUNTRIES, rng.choice([1, 1, 2, 3]))) if rng.random() < 0.9 else frozenset(),
        event_types=frozenset(rng.sample(WATCHER_TYPES, 1)) if rng.random() < 0.2 else frozenset(),
        tags=frozenset(rng.sample(TAGS, rng.choice([1, 2]))) if rng.random() < 0.6 else frozenset(),
        min_severity=rng.choice(SEVERITIES),
    )


def build(path: Path, n: int, seed: int) -> float:
    """Create the schema and bulk-insert `n` active subscriptions with their match keys; returns seconds."""
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine)
    engine.dispose()
    started = time.perf_counter()
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    for start in range(0, n, CHUNK):
        subs, keys = [], []
        for i in range(start, min(start + CHUNK, n)):
            f = random_filters(rng)
            sub_id = f"{i:036d}"
            filters = {"countries": sorted(f.countries), "event_types": sorted(f.event_types), "tags": sorted(f.tags)}
            subs.append((sub_id, json.dumps(filters), f.min_severity, f"m{i:063d}", f"u{i:063d}"))
            keys += [(c, t, y, r, sub_id) for c, t, y, r in match_keys(f)]
        conn.executemany(
            "INSERT INTO subscriptions (id, channel, target, status, filters, min_severity, digest,"
            " manage_token_hash, unsubscribe_token_hash, secrets, created_at, updated_at)"
            " VALUES (?, 'webhook', 'https://example.org/h', 'active', ?, ?, 'immediate', ?, ?, '[]',"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            subs,
        )
        conn.executemany(
            "INSERT INTO match_keys (country, tag, event_type, min_rank, subscription_id) VALUES (?, ?, ?, ?, ?)",
            keys,
        )
        conn.commit()
    conn.execute("ANALYZE")
    conn.close()
    return time.perf_counter() - started


def by_index(path: Path, facts: AlertFacts, repeat: int) -> tuple[set[str], list[float]]:
    engine = create_engine(f"sqlite:///{path}")
    statement, times, found = match_statement(facts), [], set[str]()
    with engine.connect() as conn:
        for _ in range(repeat):
            started = time.perf_counter()
            found = set(conn.execute(statement).scalars())
            times.append(time.perf_counter() - started)
    engine.dispose()
    return found, times


def by_scan(path: Path, facts: AlertFacts, repeat: int) -> tuple[set[str], list[float]]:
    conn, times, found = sqlite3.connect(path), [], set[str]()
    for _ in range(repeat):
        started = time.perf_counter()
        found = set()
        for sub_id, filters_json, min_severity in conn.execute(
            "SELECT id, filters, min_severity FROM subscriptions WHERE status = 'active'"
        ):
            f = json.loads(filters_json)
            wanted = Filters(frozenset(f["countries"]), frozenset(f["event_types"]), frozenset(f["tags"]), min_severity)
            if accepts(wanted, facts):
                found.add(sub_id)
        times.append(time.perf_counter() - started)
    conn.close()
    return found, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="subscriptions (default 1,000,000)")
    parser.add_argument("--repeat", type=int, default=20, help="timed index queries per alert")
    parser.add_argument("--scan-repeat", type=int, default=3, help="timed full scans per alert")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="tocsin-bench-") as tmp:
        path = Path(tmp) / "bench.db"
        seconds = build(path, args.n, args.seed)
        with sqlite3.connect(path) as conn:
            keys = conn.execute("SELECT COUNT(*) FROM match_keys").fetchone()[0]
        print(f"subscriptions: {args.n:,}  match keys: {keys:,}  bulk insert: {seconds:.1f} s")
        alerts = {
            "arrest VNM free-expression+press-freedom high": AlertFacts(
                "tocsin.arrest.reported", "VNM", frozenset({"free-expression", "press-freedom"}), "high", False
            ),
            "treaty action PAK treaty-adoption medium": AlertFacts(
                "tocsin.treaty.action", "PAK", frozenset({"treaty-adoption"}), "medium", False
            ),
            "milestone, no country, no tag, low": AlertFacts(
                "tocsin.treaty.milestone", None, frozenset(), "low", False
            ),
        }
        for name, facts in alerts.items():
            indexed, index_times = by_index(path, facts, args.repeat)
            scanned, scan_times = by_scan(path, facts, args.scan_repeat)
            assert indexed == scanned, "index and full scan disagree"
            index_ms, scan_ms = statistics.median(index_times) * 1000, statistics.median(scan_times) * 1000
            print(
                f"{name}: matches {len(indexed):,}  index {index_ms:.2f} ms  full scan {scan_ms:.0f} ms"
                f"  ratio {scan_ms / index_ms:,.0f}x  ({index_ms * 1000 / max(len(indexed), 1):.1f} us per match;"
                f" medians of {args.repeat} / {args.scan_repeat})"
            )


if __name__ == "__main__":
    main()
