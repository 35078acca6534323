"""Crash-safe file writes: a temporary file in the same directory, fsync, then rename over the target."""

import os
import pathlib
import tempfile
import time

LEFTOVER_AGE_S = 600.0  # a temporary file this old is no write in progress: a process died between write and rename


def write_atomic(path: pathlib.Path, content: bytes) -> None:
    """Replace `path` with `content` so readers see the old file or the new one, never a torn one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as temp:
            temp.write(content)
            temp.flush()
            os.fsync(temp.fileno())
        os.replace(temp_name, path)
    except BaseException:
        pathlib.Path(temp_name).unlink(missing_ok=True)
        raise


def remove_leftovers(directory: pathlib.Path, *, now: float | None = None) -> int:
    """Delete the temporary files `write_atomic` left in `directory` when its process was killed between writing
    and renaming (each crash during a save left one more copy of the state, for ever); files younger than
    LEFTOVER_AGE_S may be a write in progress and stay. Returns how many were deleted."""
    cutoff = (time.time() if now is None else now) - LEFTOVER_AGE_S
    removed = 0
    for leftover in directory.glob(".*.tmp"):
        try:
            if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                leftover.unlink()
                removed += 1
        except OSError:  # gone meanwhile, or not ours to delete: nothing to do
            continue
    return removed
