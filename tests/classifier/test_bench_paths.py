"""The classifier benchmark's in-process paths classify its records, never reject them: a path that only rejected
would time its error handling (the contract-only path once did, when `read_signals` gained a keyword its stand-in
lacked, and reported 0.03 of the passthrough)."""

import importlib.util
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_classifier.py"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_classifier", BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_benchmarks_records_are_classified_with_and_without_the_fixed_reading() -> None:
    bench = _bench()
    data = bench.records(40)
    assert bench.judge_cost(data) > 0  # raises SystemExit on a rejected record
    with bench.fixed_reading():
        assert bench.judge_cost(data) > 0
