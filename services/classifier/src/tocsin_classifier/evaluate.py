"""Score the classifier on the labelled dataset (relevance accuracy, per-tag P/R/F1, false alarms, severity floor)
and fit its relevance calibration on the dev split.

Files: `services/classifier/eval/dev.jsonl` (tune on it) and `heldout.jsonl` (report only; never tune on it).
Each line: {"id", "language", "event": <structured CloudEvent>, "label": {"relevant", "tags", "severity_min"?}}.
"""

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from tocsin_classifier.calibration import CALIBRATION_FILE, cross_validate, features, fitted, rules_errors
from tocsin_classifier.classify import WATCHER_EVENTS, classify, news_findings
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.errors import CalibrationError, DatasetError
from tocsin_schemas import (
    ASSIGNED_AT,
    RELEVANT_AT,
    TAGS,
    ArrestReportedEvent,
    ContractError,
    TreatyActionEvent,
    from_structured,
)
from tocsin_schemas.events import SEVERITIES, WatcherEvent

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "eval"
SPLITS = {"dev": "dev.jsonl", "heldout": "heldout.jsonl"}
TARGETS = {"accuracy": 0.9, "tag_f1": 0.85, "false_alarms": 0.05}


@dataclass(frozen=True)
class Item:
    """One labelled example."""

    id: str
    language: str
    event: WatcherEvent
    relevant: bool
    tags: frozenset[str]
    severity_min: str | None


@dataclass
class TagCounts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    """Everything `evaluate` measures on one split."""

    items: int = 0
    correct: int = 0
    negatives: int = 0
    false_alarms: int = 0
    severity_checked: int = 0
    severity_met: int = 0
    needs_review: int = 0
    tags: dict[str, TagCounts] = field(default_factory=lambda: {t: TagCounts() for t in TAGS})
    errors: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.items if self.items else None

    @property
    def false_alarm_rate(self) -> float | None:
        return self.false_alarms / self.negatives if self.negatives else None


def load_items(path: Path) -> list[Item]:
    """Parse a JSON Lines dataset; raise DatasetError naming the first bad line."""
    items: list[Item] = []
    seen: set[str] = set()
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                try:
                    item = _item(json.loads(raw.decode("utf-8")))
                except (ValueError, KeyError, TypeError, ContractError, RecursionError) as exc:
                    raise DatasetError(f"{path.name}: line {number}: {exc}") from exc
                if item.id in seen:
                    raise DatasetError(f"{path.name}: line {number}: duplicate id {item.id!r}")
                seen.add(item.id)
                items.append(item)
    if not items:
        raise DatasetError(f"{path.name}: no items")
    return items


def _item(obj: dict[str, Any]) -> Item:
    event = from_structured(obj["event"])
    if not isinstance(event, WATCHER_EVENTS):
        raise DatasetError(f"{event.type} is not a watcher event")
    label = obj["label"]
    if not isinstance(label["relevant"], bool):
        raise DatasetError(f"label.relevant must be true or false, not {label['relevant']!r}")
    severity_min = label.get("severity_min")
    if severity_min is not None and severity_min not in SEVERITIES:
        raise DatasetError(f"unknown severity_min {severity_min!r}")
    unknown = set(label["tags"]) - set(TAGS)
    if unknown:
        raise DatasetError(f"unknown tags {sorted(unknown)}")
    return Item(
        id=str(obj["id"]),
        language=str(obj.get("language", "")),
        event=event,
        relevant=label["relevant"],
        tags=frozenset(label["tags"]),
        severity_min=severity_min,
    )


def evaluate(items: Iterable[Item]) -> Scores:
    """Classify every item in order (treaty actions update the status table as they pass) and score it."""
    context = ConventionStatus()
    scores = Scores()
    for item in items:
        if isinstance(item.event, TreatyActionEvent):
            context.apply(item.event.data)
        alert = classify(item.event, context)
        predicted_relevant = alert.relevance >= RELEVANT_AT
        predicted = {t.tag for t in alert.tags if t.confidence >= ASSIGNED_AT}
        scores.items += 1
        scores.correct += predicted_relevant == item.relevant
        scores.needs_review += alert.needs_review
        if not item.relevant:
            scores.negatives += 1
            scores.false_alarms += predicted_relevant
        if item.severity_min is not None:
            scores.severity_checked += 1
            scores.severity_met += SEVERITIES.index(alert.severity) >= SEVERITIES.index(item.severity_min)
        for tag, counts in scores.tags.items():
            counts.tp += tag in predicted and tag in item.tags
            counts.fp += tag in predicted and tag not in item.tags
            counts.fn += tag not in predicted and tag in item.tags
        if predicted_relevant != item.relevant or predicted != item.tags:
            scores.errors.append(
                f"{item.id} [{item.language}] gold relevant={item.relevant} tags={sorted(item.tags)} | "
                f"got {alert.relevance:.2f} tags={sorted(predicted)} | {alert.rationale}"
            )
    return scores


def render(results: dict[str, Scores | str], out: TextIO) -> None:
    """Print one column per split; a split that could not be read shows why."""
    names = list(results)
    rows: list[tuple[str, list[str], str]] = [("items", [_cell(results[n], lambda s: str(s.items)) for n in names], "")]
    rows.append(("relevance accuracy", [_cell(results[n], lambda s: _num(s.accuracy)) for n in names], ">= 0.90"))
    rows.append(
        (
            "false alarms on non-relevant",
            [
                _cell(results[n], lambda s: f"{_num(s.false_alarm_rate)} ({s.false_alarms}/{s.negatives})")
                for n in names
            ],
            "<= 0.05",
        )
    )
    rows.append(
        (
            "severity >= severity_min",
            [_cell(results[n], lambda s: f"{s.severity_met}/{s.severity_checked}") for n in names],
            "",
        )
    )
    rows.append(("needs_review", [_cell(results[n], lambda s: str(s.needs_review)) for n in names], ""))
    for tag in TAGS:
        rows.append(
            (
                f"{tag}  P / R / F1 (n)",
                [_cell(results[n], lambda s, t=tag: _prf(s.tags[t])) for n in names],
                "F1 >= 0.85",
            )
        )
    widths = [max(len(r[0]) for r in rows)] + [max(len(n), *(len(r[1][i]) for r in rows)) for i, n in enumerate(names)]
    header = ["metric", *names, "target (held-out)"]
    out.write("  ".join(h.ljust(w) for h, w in zip(header, [*widths, 0], strict=True)).rstrip() + "\n")
    for label, cells, target in rows:
        line = [label.ljust(widths[0]), *(c.ljust(w) for c, w in zip(cells, widths[1:], strict=True)), target]
        out.write("  ".join(line).rstrip() + "\n")


def run_evaluation(split: str, *, data_dir: Path | None = None, show_errors: bool = False) -> int:
    """The `evaluate` command: 0 when every requested split was read, 2 otherwise."""
    directory = data_dir or DEFAULT_DIR
    names = list(SPLITS) if split == "all" else [split]
    results: dict[str, Scores | str] = {}
    status = 0
    for name in names:
        try:
            results[name] = evaluate(load_items(directory / SPLITS[name]))
        except (OSError, DatasetError) as exc:
            results[name] = f"unreadable: {exc}"
            status = 2
    render(results, sys.stdout)
    dev = results.get("dev")
    if show_errors and isinstance(dev, Scores):
        sys.stdout.write(f"\nmisjudged dev items ({len(dev.errors)}):\n")
        for line in dev.errors:
            sys.stdout.write(f"  {line}\n")
    for name, result in results.items():
        if isinstance(result, str):
            sys.stderr.write(f"{name}: {result}\n")
    return status


def calibration_rows(items: Iterable[Item]) -> list[tuple[dict[str, float], bool]]:
    """The calibration's inputs and label for every news item (treaty and health events are judged by rule)."""
    return [
        (features(*news_findings(item.event.data)), item.relevant)
        for item in items
        if isinstance(item.event, ArrestReportedEvent)
    ]


def run_calibration(*, data_dir: Path | None = None, out: Path = CALIBRATION_FILE, folds: int = 0) -> int:
    """The `calibrate` command: refit the relevance calibration on dev (never held-out) and write it to `out`;
    with `folds`, also print the cross-validated errors next to the rules' own."""
    source = (data_dir or DEFAULT_DIR) / SPLITS["dev"]
    try:
        items = load_items(source)
    except (OSError, DatasetError) as exc:
        sys.stderr.write(f"dev: unreadable: {exc}\n")
        return 2
    rows = calibration_rows(items)
    try:
        calibration = fitted(rows, source)
        judged = [("rules alone", rules_errors(rows))]
        if folds:
            judged.append((f"calibrated, {folds}-fold", cross_validate(rows, folds=folds)))
        out.write_text(calibration.to_json(), encoding="utf-8")
    except (CalibrationError, OSError) as exc:
        sys.stderr.write(f"calibrate: {exc}\n")
        return 2
    sys.stdout.write(f"calibration fitted on {len(rows)} dev news items, written to {out}\n")
    if folds:
        for name, errors in judged:
            sys.stdout.write(
                f"{name}: false alarms {errors.false_alarms}/{errors.negatives}, "
                f"missed {errors.missed}/{errors.positives}\n"
            )
    return 0


def _cell(result: Scores | str, show: Any) -> str:
    return "-" if isinstance(result, str) else str(show(result))


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _prf(counts: TagCounts) -> str:
    support = counts.tp + counts.fn
    if support == 0 and counts.fp == 0:
        return "n/a (0)"
    return f"{_num(counts.precision)} / {_num(counts.recall)} / {_num(counts.f1)} ({support})"
