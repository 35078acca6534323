"""The MTDSG XML document (ISO-8859-1) to a Snapshot (pure; entities never resolved, no network)."""

import lxml.etree

from tocsin_watcher.errors import NotAStatusPage, TruncatedPage
from tocsin_watcher.treaty.html_page import status_as_at
from tocsin_watcher.treaty.model import Snapshot
from tocsin_watcher.treaty.table import read_participants

ROWS_PATH = "Participants/Table/TGroup/Tbody/Rows/Row"
_FOOTNOTE_TAGS = {"superscript", "sup"}


def _parser() -> lxml.etree.XMLParser:
    return lxml.etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        recover=False,
    )


def parse_xml(content: bytes) -> Snapshot:
    """Parse an MTDSG document; raise a SnapshotError subclass when it is not a complete one."""
    try:
        root = lxml.etree.fromstring(content, parser=_parser())
    except lxml.etree.XMLSyntaxError as exc:
        message = str(exc)
        if "end" in message.lower() or "not closed" in message.lower():
            raise TruncatedPage(f"XML cut short or malformed: {message}") from exc
        raise NotAStatusPage(f"malformed XML: {message}") from exc
    if root.tag != "Treaty":
        raise NotAStatusPage(f"root element is <{root.tag!r}>, not <Treaty>")
    rows = [[_entry_text(entry) for entry in row.findall("Entry")] for row in root.findall(ROWS_PATH)]
    return Snapshot(
        participants=read_participants(rows),
        status_as_at=status_as_at(" ".join(root.itertext())),
        format="xml",
    )


def _entry_text(entry: lxml.etree._Element) -> str:
    parts = [entry.text or ""]
    for child in entry:
        _collect(child, parts)
    return "".join(parts)


def _collect(element: lxml.etree._Element, parts: list[str]) -> None:
    """Text of an element and its tail; footnote markers, comments and unresolved entities add none."""
    if isinstance(element.tag, str) and element.tag.lower() not in _FOOTNOTE_TAGS:
        parts.append(element.text or "")
        for child in element:
            _collect(child, parts)
    parts.append(element.tail or "")
