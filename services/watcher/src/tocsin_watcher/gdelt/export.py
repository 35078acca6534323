"""GDELT 2.0 events export: a zip (or its CSV) in, the rows of watched CAMEO codes out (pure).

The archive is never extracted to disk, so member names are never used as paths; the one `*.CSV` member is
inflated in memory under a size cap, whatever its header claims. A row that is not 61 tab-separated fields,
or whose id, date or URL is unusable, is skipped with a reason; it never fails the export.
"""

import datetime as dt
import hashlib
import io
import zipfile
import zlib
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from typing import IO

from tocsin_watcher.errors import ExportArchiveError
from tocsin_watcher.gdelt import columns as col
from tocsin_watcher.gdelt.lastupdate import ExportEntry

MAX_EXPORT_ZIP_BYTES = 10 * 1024 * 1024  # a real 15-minute export is well under 1 MiB zipped
MAX_EXPORT_CSV_BYTES = 64 * 1024 * 1024
MAX_LINE_CHARS = 20_000
MAX_URL_CHARS = 4_000
MAX_SKIPS_KEPT = 50  # skipped rows listed one by one; all of them are counted
_ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")  # local file, empty archive, spanned
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Actor:
    """One side of a coded event: CAMEO code, name as GDELT prints it (upper case), country, types."""

    code: str
    name: str
    country: str  # CAMEO country code, may be empty
    types: tuple[str, ...]  # CAMEO type codes, empties removed

    @property
    def present(self) -> bool:
        return bool(self.code or self.name)


@dataclass(frozen=True)
class CodedEvent:
    """One export row of a watched CAMEO code, with the fields the watcher reads."""

    global_event_id: str
    event_code: str
    actor1: Actor
    actor2: Actor
    action_geo: str  # full name of the place, may be empty
    action_country: str  # FIPS 10-4, may be empty
    date_added: dt.datetime
    source_url: str


@dataclass(frozen=True)
class SkippedRow:
    """A line that was not used, and why (wrong_field_count, line_too_long, bad_event_id, bad_dateadded, …)."""

    line: int
    reason: str


@dataclass(frozen=True)
class ExportRows:
    """The watched rows of one export, every skip counted by reason, and the first skips listed."""

    rows: list[CodedEvent]
    lines: int
    well_formed: int  # lines of 61 fields with a numeric EventCode, watched or not
    skipped: Counter[str] = field(default_factory=Counter)
    first_skips: list[SkippedRow] = field(default_factory=list)


def is_zip(data: bytes) -> bool:
    return data.startswith(_ZIP_MAGICS)


def check_announced(data: bytes, entry: ExportEntry) -> None:
    """Raise ExportArchiveError unless `data` has the size and MD5 that lastupdate.txt announced."""
    if len(data) != entry.size:
        raise ExportArchiveError(f"export is {len(data)} bytes, lastupdate announced {entry.size}")
    digest = hashlib.md5(data, usedforsecurity=False).hexdigest()
    if digest != entry.md5:
        raise ExportArchiveError(f"export MD5 {digest} differs from the announced {entry.md5}")


def export_text(data: bytes, *, max_csv_bytes: int = MAX_EXPORT_CSV_BYTES) -> str:
    """The export's CSV text: the single `*.csv` member of a zip, or `data` itself when it is no zip."""
    if not is_zip(data):
        if len(data) > max_csv_bytes:
            raise ExportArchiveError(f"export CSV exceeds the {max_csv_bytes}-byte cap")
        return data.decode("utf-8", errors="replace")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [m for m in archive.infolist() if not m.is_dir() and m.filename.lower().endswith(".csv")]
            if len(members) != 1:
                raise ExportArchiveError(f"export zip holds {len(members)} CSV members, expected 1")
            with archive.open(members[0]) as member:
                return _read_capped(member, max_csv_bytes).decode("utf-8", errors="replace")
    except ExportArchiveError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError, ValueError, OSError) as exc:
        raise ExportArchiveError(f"export zip unreadable: {type(exc).__name__}: {exc}") from exc


def _read_capped(member: IO[bytes], cap: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := member.read(_CHUNK):
        size += len(chunk)
        if size > cap:
            raise ExportArchiveError(f"export CSV inflates beyond the {cap}-byte cap")
        chunks.append(chunk)
    return b"".join(chunks)


def parse_export(text: str, *, codes: Collection[str]) -> ExportRows:
    """Rows whose EventCode is in `codes` (compared as strings); malformed lines skipped with reasons.

    Raises ExportArchiveError when not one line is a well-formed row (an HTML page, an empty body).
    """
    rows: list[CodedEvent] = []
    skipped: Counter[str] = Counter()
    first: list[SkippedRow] = []
    lines = well_formed = 0
    for number, line in enumerate(_lines(text), start=1):
        lines = number
        if not line.strip():
            continue
        result = _row(line, codes)
        if isinstance(result, CodedEvent):
            rows.append(result)
            well_formed += 1
        elif result is None:
            well_formed += 1
        else:
            skipped[result] += 1
            if len(first) < MAX_SKIPS_KEPT:
                first.append(SkippedRow(number, result))
    if well_formed == 0:
        raise ExportArchiveError(f"not a GDELT events export: none of {lines} lines has {col.FIELD_COUNT} fields")
    return ExportRows(rows, lines, well_formed, skipped, first)


def _lines(text: str) -> Iterable[str]:
    return (line.rstrip("\r") for line in text.split("\n"))


def _row(line: str, codes: Collection[str]) -> CodedEvent | str | None:
    """The row, a skip reason, or None for a well-formed row of another code."""
    if len(line) > MAX_LINE_CHARS:
        return "line_too_long"
    fields = line.split("\t")
    if len(fields) != col.FIELD_COUNT:
        return "wrong_field_count"
    code = fields[col.EVENT_CODE].strip()
    if code not in codes:
        return None if code.isdigit() else "bad_event_code"
    event_id = fields[col.GLOBALEVENTID].strip()
    if not event_id.isdigit():
        return "bad_event_id"
    added = _date_added(fields[col.DATEADDED])
    if added is None:
        return "bad_dateadded"
    url = fields[col.SOURCEURL].strip()
    if not url or len(url) > MAX_URL_CHARS:
        return "bad_source_url"
    return CodedEvent(
        global_event_id=event_id,
        event_code=code,
        actor1=_actor(fields, col.ACTOR1_CODE, col.ACTOR1_NAME, col.ACTOR1_COUNTRY, col.ACTOR1_TYPES),
        actor2=_actor(fields, col.ACTOR2_CODE, col.ACTOR2_NAME, col.ACTOR2_COUNTRY, col.ACTOR2_TYPES),
        action_geo=fields[col.ACTION_GEO_NAME].strip()[:200],
        action_country=fields[col.ACTION_GEO_COUNTRY].strip().upper(),
        date_added=added,
        source_url=url,
    )


def _actor(fields: list[str], code: int, name: int, country: int, types: tuple[int, ...]) -> Actor:
    return Actor(
        code=fields[code].strip()[:50],
        name=fields[name].strip()[:200],
        country=fields[country].strip().upper()[:3],
        types=tuple(t for t in (fields[i].strip().upper()[:3] for i in types) if t),
    )


def _date_added(value: str) -> dt.datetime | None:
    value = value.strip()
    if len(value) != 14 or not value.isdigit():
        return None
    try:
        return dt.datetime.strptime(value, "%Y%m%d%H%M%S").replace(tzinfo=dt.UTC)
    except ValueError:
        return None
