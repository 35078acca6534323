"""The seen-keys state: persisted atomically, bounded, and refusing to guess when corrupt."""

import json
from pathlib import Path

import pytest

from tocsin_watcher.errors import FeedStateError
from tocsin_watcher.feeds.state import STATE_FILE, FeedState


def test_saved_keys_are_loaded_back(tmp_path: Path) -> None:
    """Keys remembered and saved are seen by the next load, in order."""
    state = FeedState.load(tmp_path)
    state.remember(["url:https://a.example/", "guid:tag:a,1"])
    state.save()
    again = FeedState.load(tmp_path)
    assert "url:https://a.example/" in again
    assert again.seen_any(["guid:x", "guid:tag:a,1"])
    assert len(again) == 2


def test_save_leaves_no_temporary_files(tmp_path: Path) -> None:
    """The write goes through a temporary file that is renamed over the state file."""
    state = FeedState.load(tmp_path)
    state.remember(["url:https://a.example/"])
    state.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == [STATE_FILE]


def test_state_keeps_only_the_most_recent_keys(tmp_path: Path) -> None:
    """Beyond the limit the least recently seen keys are forgotten when saving; touching a key keeps it."""
    state = FeedState(tmp_path / STATE_FILE, limit=3)
    state.remember(["a", "b", "c"])
    state.remember(["a"])
    state.remember(["d"])
    state.save()
    assert "b" not in state
    assert all(key in state for key in ("a", "c", "d"))
    assert len(state) == 3


@pytest.mark.parametrize("content", ["{not json", "[]", '{"version": 99, "seen": []}', '{"version": 1, "seen": [1]}'])
def test_corrupt_state_raises_a_clear_error(tmp_path: Path, content: str) -> None:
    """A state file that is not a version-1 list of strings raises FeedStateError and is left untouched."""
    (tmp_path / STATE_FILE).write_text(content, encoding="utf-8")
    with pytest.raises(FeedStateError):
        FeedState.load(tmp_path)
    assert (tmp_path / STATE_FILE).read_text(encoding="utf-8") == content


def test_state_file_is_versioned_json(tmp_path: Path) -> None:
    """The file format is documented JSON: a version, the seen keys oldest first, and what each feed carries."""
    state = FeedState.load(tmp_path / "nested")
    state.remember(["k1", "k2"])
    state.save()
    assert json.loads((tmp_path / "nested" / STATE_FILE).read_text(encoding="utf-8")) == {
        "version": 2,
        "seen": ["k1", "k2"],
        "feeds": {},
    }
