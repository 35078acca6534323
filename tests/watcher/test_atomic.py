"""Crash-safe state writes leave nothing behind, even when the process dies between writing and renaming."""

import os
import pathlib
import time

from tocsin_watcher.atomic import LEFTOVER_AGE_S, remove_leftovers, write_atomic


def test_a_temporary_file_left_by_a_killed_write_is_removed_at_the_next_start(tmp_path: pathlib.Path) -> None:
    """A kill -9 between write and rename left `.feeds-seen.json.<random>.tmp` (a whole copy of the state) for ever;
    one more per crash. Old leftovers go; a young one may be a write in progress and stays; the state stays."""
    write_atomic(tmp_path / "feeds-seen.json", b"{}")
    old = tmp_path / ".feeds-seen.json.ty8yse2i.tmp"
    young = tmp_path / ".feeds-seen.json.a1b2c3d4.tmp"
    for leftover in (old, young):
        leftover.write_bytes(b'{"partial": ')
    long_ago = time.time() - LEFTOVER_AGE_S - 60
    os.utime(old, (long_ago, long_ago))
    assert remove_leftovers(tmp_path) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [young.name, "feeds-seen.json"]
    assert (tmp_path / "feeds-seen.json").read_bytes() == b"{}"
