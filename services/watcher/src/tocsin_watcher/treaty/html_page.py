"""The UNTC HTML status page to a Snapshot (pure; lxml.html, no network)."""

import datetime as dt
import re

import lxml.etree
import lxml.html

from tocsin_watcher.errors import NotAStatusPage, TruncatedPage
from tocsin_watcher.treaty.model import Snapshot
from tocsin_watcher.treaty.table import header_columns, read_participants

TABLE_IDS = (
    "ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_tblgrid",
    "ctl00_ContentPlaceHolder1_tblgrid",
)
_TABLE_XPATH = (
    "//table["
    + " or ".join(f"@id='{i}'" for i in TABLE_IDS)
    + " or substring(@id, string-length(@id) - 6) = 'tblgrid']"
)
_STATUS_AS_AT = re.compile(r"STATUS\s+AS\s+AT\s*:?\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", re.IGNORECASE)
_MAINTENANCE = re.compile(r"maintenance|temporarily unavailable|service unavailable", re.IGNORECASE)
_FOOTNOTE_TAGS = ("sup", "superscript")


def parse_html(content: bytes) -> Snapshot:
    """Parse a status page; raise a SnapshotError subclass when it is not a complete one."""
    if not content.strip():
        raise NotAStatusPage("empty document")
    if b"\x00" in content[:4096]:
        raise NotAStatusPage("the page holds NUL bytes: UTF-16 or binary, not a status page in UTF-8 or Latin-1")
    try:
        document = lxml.html.document_fromstring(content, parser=_parser_for(content))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise NotAStatusPage(f"not HTML: {exc}") from exc
    tables = document.xpath(_TABLE_XPATH)
    if not tables:
        raise NotAStatusPage(_why_no_table(document))
    _check_complete(content)
    return Snapshot(
        participants=read_participants(_participant_rows(tables)),
        status_as_at=status_as_at(document.text_content()),
        format="html",
    )


def _participant_rows(tables: list[lxml.html.HtmlElement]) -> list[list[str]]:
    """The rows of the one table headed Participant | Signature | instruments: an id alone never qualifies a table.

    Several such tables are refused, not guessed between; a lone table without that header goes to
    read_participants, which says what is wrong with it.
    """
    candidates = [(str(table.get("id")), _rows(table)) for table in tables]
    headed = [(table_id, rows) for table_id, rows in candidates if rows and header_columns(rows[0]) is not None]
    if len(headed) == 1:
        return headed[0][1]
    if headed:
        ids = [table_id for table_id, _ in headed]
        raise NotAStatusPage(f"{len(headed)} tables have a participant header, refusing to guess: {ids}")
    if len(candidates) == 1:
        return candidates[0][1]
    ids = [table_id for table_id, _ in candidates]
    raise NotAStatusPage(f"no participant table header in any of the tables {ids}")


def _rows(table: lxml.html.HtmlElement) -> list[list[str]]:
    """A table's cell texts, row by row, header first, footnote markers dropped."""
    for marker in list(table.iter(*_FOOTNOTE_TAGS)):
        marker.drop_tree()  # keeps the tail text, drops the footnote number
    return [
        [str(cell.text_content()) for cell in row.xpath("./td|./th")]
        for row in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    ]


def _parser_for(content: bytes) -> lxml.html.HTMLParser:
    """UTF-8 whenever the bytes are valid UTF-8 (lxml would guess Latin-1 without a charset), else sniff."""
    try:
        content.decode("utf-8")
    except UnicodeDecodeError:
        return lxml.html.HTMLParser()
    return lxml.html.HTMLParser(encoding="utf-8")


def status_as_at(text: str) -> dt.date | None:
    """The date printed as `STATUS AS AT : DD-MM-YYYY`, when present and valid."""
    match = _STATUS_AS_AT.search(text)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _check_complete(content: bytes) -> None:
    lowered = content.lower()
    position = max(lowered.find(table_id.lower().encode()) for table_id in TABLE_IDS)
    if position < 0:
        position = lowered.find(b"tblgrid")
    if lowered.find(b"</table", position) < 0:
        raise TruncatedPage("the participant table is never closed: the page was cut short")
    if b"</html" not in lowered:
        raise TruncatedPage("the page ends without </html>: it was cut short")


def _why_no_table(document: lxml.html.HtmlElement) -> str:
    titles = document.xpath("//title/text()")
    title = " ".join(str(t) for t in titles).strip()
    text = str(document.text_content())
    if _MAINTENANCE.search(title) or _MAINTENANCE.search(text[:5000]):
        return f"maintenance page, no participant table (title: {title!r})"
    return f"no participant table on the page (title: {title!r})"
