"""Text of one table cell to a value: participant names, dates and instrument suffixes (pure)."""

import datetime as dt
import re

from tocsin_watcher.errors import CellError
from tocsin_watcher.treaty.model import Instrument, InstrumentKind

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}
_SUFFIX_KINDS: dict[str, InstrumentKind] = {
    "": "ratification",
    "A": "acceptance",
    "AA": "approval",
    "a": "accession",
    "d": "succession",
}
_SPACES = re.compile(r"\s+")
_FOOTNOTES = re.compile(r"(?:[\s,]*\d{1,3})+[\s,]*$")
_DATE = re.compile(
    r"(?P<day>\d{1,2})[\s./-]*(?P<month>[A-Za-z]{3,9})\.?[\s./-]*(?P<year>\d{4})"
    r"\s*(?P<suffix>AA|A|a|d)?(?P<notes>(?:[\s,]*\d{1,3})*[\s,]*)"
)


def clean(text: str) -> str:
    """Collapse tabs, runs of spaces and non-breaking spaces; drop wrapping [brackets]."""
    text = _SPACES.sub(" ", text.replace("\xa0", " ")).strip()
    while text.startswith("[") and text.endswith("]"):
        text = text[1:-1].strip()
    return text


def participant_name(text: str) -> str:
    """A participant cell's name with trailing footnote numbers ("Denmark 1", "… 6 , 18 ,") removed."""
    return _FOOTNOTES.sub("", clean(text)).strip()


def signature_date(text: str, *, where: str) -> dt.date | None:
    """A signature cell's date, None when empty; CellError when it is not a date."""
    parsed = _parse(text, where=where)
    if parsed is None:
        return None
    date, suffix = parsed
    if suffix not in {"", "d"}:  # "d" marks a succession to signature: still a signature
        raise CellError(f"{where}: signature cell {clean(text)!r} carries an instrument suffix")
    return date


def instrument(text: str, *, where: str) -> Instrument | None:
    """An instrument cell's date and kind (suffix: none, A, AA, a, d), None when empty."""
    parsed = _parse(text, where=where)
    if parsed is None:
        return None
    date, suffix = parsed
    return Instrument(_SUFFIX_KINDS[suffix], date)


def _parse(text: str, *, where: str) -> tuple[dt.date, str] | None:
    cell = clean(text)
    if not cell or cell in {"-", "\u2013", "\u2014"}:
        return None
    match = _DATE.fullmatch(cell)
    month = _MONTHS.get(match["month"][:3].casefold()) if match else None
    if match is None or month is None:
        raise CellError(f"{where}: cell {cell!r} is not a date like '25 Oct 2025 a'")
    try:
        date = dt.date(int(match["year"]), month, int(match["day"]))
    except ValueError as exc:
        raise CellError(f"{where}: cell {cell!r} is not a valid date ({exc})") from exc
    return date, match["suffix"] or ""
