"""The evaluation computes its numbers on the dev split (the targets are reported, not asserted)."""

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


def test_a_bad_dataset_line_names_its_line_number(tmp_path: Path) -> None:
    """A malformed item is a DatasetError pointing at the line."""
    path = tmp_path / "dev.jsonl"
    path.write_text('\n{"id": "x", "event": {}, "label": {}}\n')
    with pytest.raises(DatasetError, match="line 2"):
        load_items(path)
