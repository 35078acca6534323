"""GDELT 2.0's `lastupdate.txt`: three lines `size md5 url` (events export, mentions, GKG), every 15 minutes.

Pure: text in, the events export's entry out. The export URL is resolved against the lastupdate URL, and a
remote lastupdate may only point at http(s) — never at a local file.
"""

import re
import urllib.parse
from dataclasses import dataclass

from tocsin_watcher.errors import LastUpdateError

DEFAULT_LASTUPDATE_URL = "https://data.gdeltproject.org/gdeltv2/lastupdate.txt"
MAX_LASTUPDATE_BYTES = 64 * 1024
_LINE = re.compile(r"^\s*(\d{1,12})\s+([0-9a-fA-F]{32})\s+(\S+)\s*$")
_EXPORT_SUFFIX = ".export.csv.zip"


@dataclass(frozen=True)
class ExportEntry:
    """The events export announced by lastupdate.txt: where it is and what it must look like."""

    url: str
    size: int
    md5: str


def looks_like_lastupdate(data: bytes) -> bool:
    """True when every non-empty line is `size md5 url` (how a lastupdate file is told from an export)."""
    if len(data) > MAX_LASTUPDATE_BYTES:
        return False
    lines = [line for line in data.decode("utf-8", errors="replace").splitlines() if line.strip()]
    return bool(lines) and all(_LINE.match(line) for line in lines)


def parse_lastupdate(data: bytes, *, base: str) -> ExportEntry:
    """The events export entry of a lastupdate.txt read from `base`; LastUpdateError when there is none."""
    if len(data) > MAX_LASTUPDATE_BYTES:
        raise LastUpdateError(f"lastupdate is {len(data)} bytes, more than {MAX_LASTUPDATE_BYTES}")
    for line in data.decode("utf-8", errors="replace").splitlines():
        match = _LINE.match(line)
        if match is None or not match.group(3).lower().endswith(_EXPORT_SUFFIX):
            continue
        return ExportEntry(url=_resolve(base, match.group(3)), size=int(match.group(1)), md5=match.group(2).lower())
    raise LastUpdateError("no `size md5 url` line for an *.export.CSV.zip")


def _resolve(base: str, url: str) -> str:
    base_scheme = urllib.parse.urlsplit(base).scheme.lower()
    remote_base = base_scheme in {"http", "https"}
    if remote_base or "://" in url or base_scheme == "file":
        resolved = urllib.parse.urljoin(base, url)
    else:  # a lastupdate file given as a plain path: a relative export path sits next to it
        resolved = url if url.startswith("/") else str(_sibling(base, url))
    scheme = urllib.parse.urlsplit(resolved).scheme.lower()
    if scheme in {"http", "https"}:
        return resolved
    if remote_base or (len(scheme) > 1 and scheme != "file"):
        raise LastUpdateError(f"export URL scheme {scheme or 'missing'!r} not allowed from {base_scheme or 'a path'}")
    return resolved


def _sibling(base: str, name: str) -> str:
    directory = base.rsplit("/", 1)[0] if "/" in base else "."
    return f"{directory}/{name}"
