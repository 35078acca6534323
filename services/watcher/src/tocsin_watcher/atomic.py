"""Crash-safe file writes: a temporary file in the same directory, fsync, then rename over the target."""

import os
import pathlib
import tempfile


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
