"""`tocsin-classifier`: classify (offline, stdin -> stdout), evaluate (labelled data) and run (the service)."""

import argparse
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from pydantic_settings import SettingsError

from tocsin_classifier.batch import MAX_RECORD_BYTES
from tocsin_classifier.calibration import CALIBRATION_FILE
from tocsin_classifier.classify import WATCHER_EVENTS, classified_event
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.settings import ClassifierSettings
from tocsin_runtime.settings import KafkaSettings, load_settings
from tocsin_schemas import (
    ContractError,
    TreatyActionEvent,
    from_structured_json,
    to_structured_json,
)
from tocsin_schemas.events import WatcherEvent

EXIT_OK, EXIT_FAILURE, EXIT_INVALID = 0, 1, 2  # EXIT_FAILURE: stdout closed, or Kafka unreachable at start


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `tocsin-classifier` console script; returns the exit status."""
    args = _parser().parse_args(argv)
    match args.command:
        case "classify":
            try:
                return classify_stream(sys.stdin.buffer, sys.stdout, sys.stderr, context_from=args.context_from)
            except BrokenPipeError:  # the reader went away (`| head -1`): say so once, no traceback
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the exit-time flush fails too
                print("tocsin-classifier: stdout closed by its reader; stopped", file=sys.stderr)
                return EXIT_FAILURE
        case "evaluate":
            from tocsin_classifier.evaluate import run_evaluation

            return run_evaluation(args.split, data_dir=args.data_dir, show_errors=args.show_errors)
        case "calibrate":
            from tocsin_classifier.evaluate import run_calibration

            return run_calibration(data_dir=args.data_dir, out=args.out, folds=args.cross_validate)
        case "run":
            return _run_service()
    return EXIT_INVALID  # unreachable: argparse requires a command


def _run_service() -> int:
    """`run`: settings read once (a bad variable is one line on stderr, exit 2), then the service until a signal."""
    try:
        settings, kafka = load_settings(ClassifierSettings), load_settings(KafkaSettings)
    except SettingsError as exc:  # names each bad variable, never its value: it may be a credential
        print(f"tocsin-classifier: {exc}", file=sys.stderr)
        return EXIT_INVALID
    from tocsin_classifier.app import run  # the service's imports (Kafka, FastStream) only when it runs

    return EXIT_OK if run(settings, kafka) else EXIT_FAILURE


def classify_stream(lines: Iterable[bytes], out: TextIO, err: TextIO, *, context_from: Path | None = None) -> int:
    """Classify structured CloudEvents one per line; `line N: reason` on `err` for each invalid line."""
    context = ConventionStatus()
    invalid = False
    if context_from is not None:
        invalid = not _preload(context_from, context, err)
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        if len(raw) > MAX_RECORD_BYTES:  # as the service, which dead-letters such a record (OversizeEventError)
            err.write(f"line {number}: {len(raw)} bytes, over the {MAX_RECORD_BYTES // 1024} KiB an event may have\n")
            invalid = True
            continue
        try:
            event = _watcher_event(raw)
        except ContractError as exc:
            err.write(f"line {number}: {exc}\n")
            invalid = True
            continue
        try:
            if isinstance(event, TreatyActionEvent):
                context.apply(event.data)
            line = to_structured_json(classified_event(event, context)) + "\n"
        except Exception as exc:  # a valid event the rules cannot handle: report it like bad input, go on
            err.write(f"line {number}: cannot classify: {type(exc).__name__}: {str(exc)[:200]}\n")
            invalid = True
            continue
        out.write(line)
        out.flush()
    return EXIT_INVALID if invalid else EXIT_OK


def _watcher_event(raw: bytes) -> WatcherEvent:
    event = from_structured_json(raw)
    if not isinstance(event, WATCHER_EVENTS):
        raise ContractError(f"{event.type} is not a watcher event; nothing to classify")
    return event


def _preload(path: Path, context: ConventionStatus, err: TextIO) -> bool:
    """Apply every treaty action in `path`; other watcher events are skipped. False if a line was invalid."""
    ok = True
    try:
        with path.open("rb") as handle:
            for number, raw in _numbered(handle):
                try:
                    event = from_structured_json(raw)
                except ContractError as exc:
                    err.write(f"{path}: line {number}: {exc}\n")
                    ok = False
                    continue
                if isinstance(event, TreatyActionEvent):
                    context.apply(event.data)
    except OSError as exc:
        err.write(f"{path}: {exc.strerror or exc}\n")
        return False
    return ok


def _numbered(lines: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    return ((n, raw) for n, raw in enumerate(lines, start=1) if raw.strip())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tocsin-classifier",
        description="Tag the human-rights relevance of Tocsin watcher events, with evidence and severity.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    classify = commands.add_parser(
        "classify",
        help="read structured CloudEvents (one per line) on stdin, write tocsin.alert.classified lines",
        description=(
            "Reads structured-mode CloudEvents, one JSON object per line, on stdin; writes one "
            "tocsin.alert.classified per valid line to stdout, in input order. Invalid lines are reported "
            "as 'line N: reason' on stderr; exit status 2 if any line was invalid, else 0."
        ),
    )
    classify.add_argument(
        "--context-from",
        type=Path,
        metavar="FILE",
        help="preload convention status from a file of tocsin.treaty.action events (one per line)",
    )
    evaluate = commands.add_parser(
        "evaluate",
        help="score the rules on the labelled dataset (relevance accuracy, per-tag P/R/F1, false alarms)",
    )
    evaluate.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    evaluate.add_argument("--data-dir", type=Path, default=None, help="directory holding dev.jsonl, heldout.jsonl")
    evaluate.add_argument("--show-errors", action="store_true", help="list misjudged dev items (never held-out ones)")
    calibrate = commands.add_parser(
        "calibrate",
        help="refit the relevance calibration on the dev split and write it into the package (never held-out)",
    )
    calibrate.add_argument("--data-dir", type=Path, default=None, help="directory holding dev.jsonl")
    calibrate.add_argument("--out", type=Path, default=CALIBRATION_FILE, help="where to write the fitted weights")
    calibrate.add_argument(
        "--cross-validate",
        type=_folds,
        default=0,
        metavar="K",
        help="also print K-fold cross-validated false alarms and misses next to the rules' own",
    )
    commands.add_parser("run", help="run the classifier service (Kafka in, Kafka out)")
    return parser


def _folds(value: str) -> int:
    """A number of cross-validation folds: 2 or more (0, the default, means none)."""
    try:
        folds = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if folds != 0 and folds < 2:
        raise argparse.ArgumentTypeError(f"need at least 2 folds, got {folds}")
    return folds
