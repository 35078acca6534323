"""Rows of cell texts (header first) to participants, shared by the HTML and XML readers (pure)."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from tocsin_watcher.errors import CellError, EmptyTable, NotAStatusPage
from tocsin_watcher.treaty import cells
from tocsin_watcher.treaty.model import Participant

_INSTRUMENT_WORDS = ("ratification", "acceptance", "approval", "accession", "succession", "consent")


@dataclass(frozen=True)
class Columns:
    """Where the three columns sit; the header wording and order vary between treaties."""

    participant: int
    signature: int
    instrument: int


def find_columns(header: Sequence[str]) -> Columns:
    """Match the header loosely: 'Participant', 'Signature…', and the column naming instrument kinds."""
    columns = header_columns(header)
    if columns is None:
        raise NotAStatusPage(f"participant table header not recognised: {[cells.clean(t) for t in header]}")
    return columns


def header_columns(header: Sequence[str]) -> Columns | None:
    """The columns when `header` reads as a participant table's header, else None."""
    names = [cells.clean(text).casefold() for text in header]
    participant = _first(names, lambda h: "participant" in h)
    signature = _first(names, lambda h: h.startswith("signature") or ("signature" in h and not _names_instrument(h)))
    instrument = _first(names, _names_instrument, skip={participant, signature})
    if participant is None or signature is None or instrument is None:
        return None
    return Columns(participant, signature, instrument)


UNDECODED = "\ufffd"  # what a decoder puts where bytes were not text in the charset it was told


def double_encoded(text: str) -> str | None:
    """What `text` means when it is UTF-8 bytes read as Latin-1 or Windows-1252 ("CÃ´te d'Ivoire" is "Côte
    d'Ivoire"), else None. Every byte of such a page is valid UTF-8, so no decoding error shows it; no real name
    survives the round trip, whose decoding needs the two- and three-byte runs only UTF-8 makes."""
    if text.isascii():
        return None
    for charset in ("latin-1", "cp1252"):
        try:
            meant = text.encode(charset).decode("utf-8")
        except UnicodeError:
            continue
        if meant != text:
            return meant.strip()
    return None


def read_participants(rows: Sequence[Sequence[str]]) -> tuple[Participant, ...]:
    """Participants from the rows after the header; EmptyTable when there are none."""
    if not rows:
        raise EmptyTable("participant table has no rows, not even a header")
    columns = find_columns(rows[0])
    width = max(columns.participant, columns.signature, columns.instrument) + 1
    found: list[Participant] = []
    seen: set[str] = set()
    for number, row in enumerate(rows[1:], start=1):
        if not any(cells.clean(text) for text in row):
            continue
        if any(UNDECODED in text for text in row):  # "C\ufffdte d'Ivoire" would be a new participant, for good
            raise CellError(
                f"row {number}: a cell holds bytes that are not text in the page's charset "
                f"({row[columns.participant].strip()!r}): the page is mis-encoded"
            )
        if (meant := double_encoded(row[columns.participant])) is not None:
            raise CellError(
                f"row {number}: {row[columns.participant].strip()!r} is UTF-8 read as Latin-1 (it means {meant!r}): "
                "the page is encoded twice"
            )
        if len(row) < width:
            raise CellError(f"row {number}: {len(row)} cells, expected {width}")
        name = cells.participant_name(row[columns.participant])
        where = f"row {number} ({name or 'no name'})"
        if not name:
            raise CellError(f"{where}: participant cell is empty")
        if name in seen:
            raise CellError(f"{where}: participant listed twice")
        seen.add(name)
        found.append(
            Participant(
                name=name,
                signature=cells.signature_date(row[columns.signature], where=where),
                instrument=cells.instrument(row[columns.instrument], where=where),
            )
        )
    if not found:
        raise EmptyTable("participant table has a header but no participant rows")
    return tuple(found)


def _names_instrument(header: str) -> bool:
    return any(word in header for word in _INSTRUMENT_WORDS)


def _first(names: list[str], wanted: Callable[[str], bool], skip: set[int | None] | None = None) -> int | None:
    taken = skip or set()
    return next((index for index, name in enumerate(names) if index not in taken and wanted(name)), None)
