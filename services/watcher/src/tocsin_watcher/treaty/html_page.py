"""The UNTC HTML status page to a Snapshot (pure; lxml.html, no network)."""

import datetime as dt
import re

import lxml.etree
import lxml.html

from tocsin_watcher.errors import NotAStatusPage, TruncatedPage
from tocsin_watcher.treaty.model import Snapshot
from tocsin_watcher.treaty.table import read_participants

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
    try:
        document = lxml.html.document_fromstring(content, parser=_parser_for(content))
    except (lxml.etree.ParserError, ValueError) as exc:
        raise NotAStatusPage(f"not HTML: {exc}") from exc
    tables = document.xpath(_TABLE_XPATH)
    if not tables:
        raise NotAStatusPage(_why_no_table(document))
    _check_complete(content)
    table = tables[0]
    for marker in list(table.iter(*_FOOTNOTE_TAGS)):
        marker.drop_tree()  # keeps the tail text, drops the footnote number
    rows = [
        [str(cell.text_content()) for cell in row.xpath("./td|./th")]
        for row in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    ]
    return Snapshot(
        participants=read_participants(rows),
        status_as_at=status_as_at(document.text_content()),
        format="html",
    )


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
