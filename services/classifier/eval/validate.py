"""Check the labelled evaluation set: every event valid v1, every label consistent; print the counts.

Usage: `uv run python services/classifier/eval/validate.py [FILE ...]` (default: dev.jsonl heldout.jsonl).
Exit status 1 if any line is invalid (each problem printed as `file:line: reason`), else 0.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tocsin_schemas import SEVERITIES, TAGS, ContractError, from_structured

HERE = Path(__file__).parent
DEFAULT_FILES = (HERE / "dev.jsonl", HERE / "heldout.jsonl")
LANGUAGES = ("en", "vi", "fr", "es")
TREATY_TYPES = ("tocsin.treaty.action", "tocsin.treaty.milestone")
ITEM_KEYS = {"id", "language", "event", "label"}
LABEL_KEYS = {"relevant", "tags", "severity_min", "note"}


def check_item(obj: Any, split: str) -> list[str]:
    """Every reason this item is not a well-formed, consistently labelled evaluation item."""
    if not isinstance(obj, dict):
        return ["item is not a JSON object"]
    problems = []
    if set(obj) != ITEM_KEYS:
        problems.append(f"item keys must be {sorted(ITEM_KEYS)}, got {sorted(obj)}")
    if not re.fullmatch(rf"{split}-\d{{3,}}", str(obj.get("id"))):
        problems.append(f"id {obj.get('id')!r} does not match {split}-NNN (three or more digits)")
    if obj.get("language") not in LANGUAGES:
        problems.append(f"language {obj.get('language')!r} not in {LANGUAGES}")
    try:
        event = from_structured(obj.get("event"))
    except ContractError as exc:
        return [*problems, f"event invalid: {exc}"]
    label = obj.get("label")
    if not isinstance(label, dict):
        return [*problems, "label is not an object"]
    return problems + _check_label(label, event.type, getattr(event.data, "language", None), obj)


def _check_label(label: dict[str, Any], event_type: str, data_language: str | None, obj: Any) -> list[str]:
    problems = []
    if not LABEL_KEYS >= set(label) >= {"relevant", "tags", "note"}:
        problems.append(f"label keys must be relevant, tags, note and optionally severity_min: {sorted(label)}")
    relevant, tags = label.get("relevant"), label.get("tags")
    if not isinstance(relevant, bool):
        problems.append("label.relevant must be true or false")
    if not isinstance(tags, list) or len(set(tags)) != len(tags) or not set(tags) <= set(TAGS):
        return [*problems, f"label.tags must be distinct tags from the vocabulary: {tags!r}"]
    if "severity_min" in label and label["severity_min"] not in SEVERITIES:
        problems.append(f"label.severity_min {label['severity_min']!r} not in {SEVERITIES}")
    if not str(label.get("note", "")).strip():
        problems.append("label.note is empty")
    if relevant is False and tags:
        problems.append("a non-relevant item carries tags")
    if relevant is True and not tags:
        problems.append("a relevant item carries no tags")
    is_treaty = event_type in TREATY_TYPES
    if is_treaty and (relevant is not True or "treaty-adoption" not in tags):
        problems.append("treaty events are always relevant with treaty-adoption")
    if not is_treaty and "treaty-adoption" in tags:
        problems.append("treaty-adoption on a non-treaty event")
    if event_type == "tocsin.source.health" and (relevant or tags):
        problems.append("source.health events are not relevant and carry no tags")
    if data_language is not None and data_language != obj.get("language"):
        problems.append(f"item language {obj.get('language')!r} differs from data.language {data_language!r}")
    return problems


def main(argv: list[str]) -> int:
    """Validate the files, print `file:line: reason` for each problem and a summary; 0 if all valid."""
    files = [Path(a) for a in argv] or list(DEFAULT_FILES)
    errors = 0
    seen_events: dict[str, str] = {}
    for path in files:
        split = path.stem
        items = []
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            where = f"{path.name}:{n}"
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{where}: not JSON: {exc}")
                errors += 1
                continue
            problems = check_item(obj, split)
            event_id = obj.get("event", {}).get("id") if isinstance(obj, dict) else None
            if isinstance(event_id, str):
                if event_id in seen_events:
                    problems.append(f"event id {event_id} already used at {seen_events[event_id]}")
                seen_events[event_id] = where
            for problem in problems:
                print(f"{where}: {problem}")
            errors += len(problems)
            if not problems:
                items.append(obj)
        _summarise(path.name, items)
    print("OK" if not errors else f"{errors} problem(s)")
    return 1 if errors else 0


def _summarise(name: str, items: list[dict[str, Any]]) -> None:
    relevant = sum(1 for i in items if i["label"]["relevant"])
    languages = Counter(i["language"] for i in items)
    types = Counter(i["event"]["type"].removeprefix("tocsin.") for i in items)
    tags = Counter(t for i in items for t in i["label"]["tags"])
    print(f"{name}: {len(items)} valid items, {relevant} relevant, {len(items) - relevant} not relevant")
    print("  languages: " + ", ".join(f"{k}={languages[k]}" for k in LANGUAGES))
    print("  types:     " + ", ".join(f"{k}={v}" for k, v in sorted(types.items())))
    print("  tags:      " + ", ".join(f"{t}={tags[t]}" for t in TAGS))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
