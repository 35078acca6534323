"""The evaluation computes its numbers on the dev split (the targets are reported, not asserted)."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from tocsin_classifier.errors import DatasetError
from tocsin_classifier.evaluate import DEFAULT_DIR, evaluate, load_items


def test_dev_split_numbers_are_computed() -> None:
    """Accuracy, false-alarm rate and per-tag counts come out as numbers in range."""
    scores = evaluate(load_items(DEFAULT_DIR / "dev.jsonl"))
    assert scores.items >= 40
    assert scores.accuracy is not None
    assert 0.0 <= scores.accuracy <= 1.0
    assert scores.false_alarm_rate is not None
    assert 0.0 <= scores.false_alarm_rate <= 1.0
    supported = [c for c in scores.tags.values() if c.tp + c.fn > 0]
    assert supported
    assert all(c.f1 is not None for c in supported)


def test_dev_split_stays_above_the_floors_so_rule_regressions_fail() -> None:
    """Rules may not regress on dev: accuracy, false alarms and every tag's F1 stay at the issue's targets."""
    scores = evaluate(load_items(DEFAULT_DIR / "dev.jsonl"))
    assert scores.accuracy is not None
    assert scores.accuracy >= 0.95
    assert scores.false_alarm_rate is not None
    assert scores.false_alarm_rate <= 0.05
    weak = {tag: c.f1 for tag, c in scores.tags.items() if c.tp + c.fn > 0 and (c.f1 or 0.0) < 0.85}
    assert not weak, weak


def test_evaluate_scores_a_deliberately_wrong_label_as_a_miss() -> None:
    """Flipping one dev label changes the accuracy: the evaluation really compares predictions with labels."""
    items = load_items(DEFAULT_DIR / "dev.jsonl")
    baseline = evaluate(items).accuracy
    first = items[0]
    flipped = replace(first, relevant=not first.relevant, tags=frozenset() if first.relevant else first.tags)
    assert evaluate([flipped, *items[1:]]).accuracy == pytest.approx((baseline or 0) - 1 / len(items))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xff\xfe\n", "line 1: 'utf-8' codec"),
        (b"", "no items"),
    ],
)
def test_unreadable_datasets_are_dataset_errors(tmp_path: Path, content: bytes, reason: str) -> None:
    """Invalid UTF-8 and an empty split are errors, not tracebacks or a silent 'n/a'."""
    path = tmp_path / "dev.jsonl"
    path.write_bytes(content)
    with pytest.raises(DatasetError, match=reason):
        load_items(path)


def test_labels_must_be_booleans_and_ids_unique(tmp_path: Path) -> None:
    """'relevant: "no"' is refused (it is not False), and so is an id used twice."""
    line = (DEFAULT_DIR / "dev.jsonl").read_text().splitlines()[0]
    item = json.loads(line)
    path = tmp_path / "dev.jsonl"
    path.write_text(json.dumps({**item, "label": {**item["label"], "relevant": "no"}}) + "\n")
    with pytest.raises(DatasetError, match="true or false"):
        load_items(path)
    path.write_text(line + "\n" + line + "\n")
    with pytest.raises(DatasetError, match="duplicate id"):
        load_items(path)


def test_a_bad_dataset_line_names_its_line_number(tmp_path: Path) -> None:
    """A malformed item is a DatasetError pointing at the line."""
    path = tmp_path / "dev.jsonl"
    path.write_text('\n{"id": "x", "event": {}, "label": {}}\n')
    with pytest.raises(DatasetError, match="line 2"):
        load_items(path)
