"""The UNTC HTML page and the MTDSG XML parse into the same snapshot, quirks and all."""

import datetime as dt
from pathlib import Path

import pytest

from tocsin_watcher.errors import CellError, EmptyTable, NotAStatusPage, SnapshotError, TruncatedPage
from tocsin_watcher.treaty import cells
from tocsin_watcher.treaty.model import Instrument, Participant
from tocsin_watcher.treaty.parse import parse_snapshot
from tocsin_watcher.treaty.sources import chapter_number, source_urls, treaty_named_by

UNTC = Path(__file__).parents[1] / "fixtures" / "untc"


def _load(name: str) -> bytes:
    return (UNTC / name).read_bytes()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25 Oct 2025", dt.date(2025, 10, 25)),
        ("25 Oct\t2025", dt.date(2025, 10, 25)),
        ("25 Oct  \t 2025", dt.date(2025, 10, 25)),
        ("25 Oct\xa0\xa02025", dt.date(2025, 10, 25)),
        ("5 Feb 2026", dt.date(2026, 2, 5)),
        ("[ 9 Dec 2025]", dt.date(2025, 12, 9)),
        ("25 October 2025", dt.date(2025, 10, 25)),
        ("25 Oct 2025 3", dt.date(2025, 10, 25)),
        ("", None),
        ("\xa0", None),
    ],
)
def test_signature_cells_parse_despite_spacing_brackets_and_footnotes(text: str, expected: dt.date | None) -> None:
    """Tabs, runs of spaces, &nbsp;, one-digit days, [brackets] and footnotes all yield the date."""
    assert cells.signature_date(text, where="test") == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("3 Mar 2026", "ratification"),
        ("12 Jan 2026 A", "acceptance"),
        ("20 Feb 2026 AA", "approval"),
        ("5 Feb 2026 a", "accession"),
        ("1 Mar 2026 d", "succession"),
        ("5 Feb 2026a", "accession"),
        ("[1 Mar 2026 d]", "succession"),
        ("12 Jan\xa02026 A 4 ,", "acceptance"),
    ],
)
def test_instrument_suffix_gives_the_kind(text: str, kind: str) -> None:
    """No suffix is a ratification; A acceptance; AA approval; a accession; d succession."""
    parsed = cells.instrument(text, where="test")
    assert parsed is not None
    assert parsed.kind == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Denmark 1", "Denmark"),
        ("Netherlands (Kingdom of the) 6 , 18 ,", "Netherlands (Kingdom of the)"),
        ("[European Union]", "European Union"),
        ("  Viet\tNam ", "Viet Nam"),
    ],
)
def test_participant_names_lose_footnote_numbers(text: str, name: str) -> None:
    """Trailing footnote numbers, brackets and odd spacing are stripped from participant names."""
    assert cells.participant_name(text) == name


@pytest.mark.parametrize("text", ["sometime in spring", "31 Feb 2026", "25 Oct 2025 X", "25 Smarch 2025"])
def test_unparseable_cell_is_a_clear_error(text: str) -> None:
    """A cell that is neither empty nor a date raises CellError naming the cell."""
    with pytest.raises(CellError, match="test"):
        cells.instrument(text, where="test")


def test_html_page_parses_every_participant_with_quirks() -> None:
    """The status page yields 14 participants, footnotes stripped, dates and kinds right, status date read."""
    snapshot = parse_snapshot(_load("status_2026-03.html"))
    assert snapshot.format == "html"
    assert snapshot.status_as_at == dt.date(2026, 3, 14)
    by_name = {p.name: p for p in snapshot.participants}
    assert len(by_name) == 14
    assert by_name["Denmark"] == Participant(
        "Denmark", dt.date(2025, 10, 25), Instrument("acceptance", dt.date(2026, 1, 12))
    )
    assert by_name["European Union"].instrument == Instrument("approval", dt.date(2026, 2, 20))
    assert by_name["Montenegro"] == Participant(
        "Montenegro", dt.date(2025, 12, 9), Instrument("succession", dt.date(2026, 3, 1))
    )
    assert by_name["Belgium"].signature == dt.date(2025, 10, 25)
    assert by_name["Afghanistan"].instrument is None
    assert "Netherlands (Kingdom of the)" in by_name


def test_old_table_id_th_header_and_reordered_heading_parse_the_same() -> None:
    """The older table id, <th> header with other wording, and text footnotes give the same participants."""
    assert parse_snapshot(_load("status_2026-03_old_layout.html")).participants == (
        parse_snapshot(_load("status_2026-03.html")).participants
    )


def test_mtdsg_xml_parses_to_the_same_snapshot_as_the_page() -> None:
    """The ISO-8859-1 XML with <superscript> footnotes gives the same participants and status date."""
    xml = parse_snapshot(_load("XVIII-16.en.xml"))
    html = parse_snapshot(_load("status_2026-03.html"))
    assert xml.format == "xml"
    assert xml.participants == html.participants
    assert xml.status_as_at == html.status_as_at


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_html_without_a_charset_declaration_decodes_names_and_spaces(encoding: str) -> None:
    """UTF-8 or Windows-1252 bytes without <meta charset> still give 'Türkiye' and a date with &nbsp;."""
    page = (
        '<html><body><table id="ctl00_ContentPlaceHolder1_tblgrid"><tr><td>Participant</td><td>Signature</td>'
        "<td>Ratification, Accession(a)</td></tr><tr><td>Türkiye</td><td>25 Oct\xa02025</td><td></td></tr>"
        "</table></body></html>"
    ).encode(encoding)
    [participant] = parse_snapshot(page).participants
    assert participant == Participant("Türkiye", dt.date(2025, 10, 25), None)


def test_a_page_whose_bytes_are_not_its_declared_charset_is_unusable() -> None:
    """Latin-1 bytes sent as UTF-8 (header and <meta>) decoded 'Côte d'Ivoire' as 'C\ufffdte d'Ivoire': a new
    participant for good, re-announcing its old signature as news (a tester's hostile page). Now the page is refused."""
    page = _load("status_2026-03.html").decode("utf-8").encode("latin-1", "replace")
    assert b"charset=utf-8" in page.lower() or b'charset="utf-8"' in page.lower()
    with pytest.raises(CellError, match="mis-encoded"):
        parse_snapshot(page)
    twice = _load("status_2026-03.html").decode("utf-8").encode("utf-8").decode("latin-1").encode("utf-8")
    with pytest.raises(CellError, match="encoded twice"):  # every byte valid UTF-8: 'CÃ´te d'Ivoire' (a re-test)
        parse_snapshot(twice)
    utf16 = _load("status_2026-03.html").decode("utf-8").encode("utf-16")
    with pytest.raises(NotAStatusPage, match="NUL bytes"):  # it said "the page was cut short"
        parse_snapshot(utf16)


def test_xml_entities_are_never_resolved() -> None:
    """External and nested entities are neither fetched nor expanded: names stay plain, no file content."""
    snapshot = parse_snapshot(_load("entities.xml"))
    assert [p.name for p in snapshot.participants] == ["Afghanistan", "Belgium"]


@pytest.mark.parametrize(
    ("fixture", "error", "words"),
    [
        ("maintenance.html", NotAStatusPage, "maintenance"),
        ("error_page.html", NotAStatusPage, "Runtime Error"),
        ("status_truncated.html", TruncatedPage, "cut short"),
        ("status_empty_table.html", EmptyTable, "no participant rows"),
        ("bad_cell.html", CellError, "Belgium"),
    ],
)
def test_unusable_pages_raise_clear_errors(fixture: str, error: type[SnapshotError], words: str) -> None:
    """Maintenance, error, truncated, empty and malformed pages raise a named SnapshotError."""
    with pytest.raises(error, match=words):
        parse_snapshot(_load(fixture))


@pytest.mark.parametrize(
    "content",
    [b"", b"   ", b"\x00\x01\x02", b'<?xml version="1.0"?><Treaty><Participants>', b"<html><body>Hi</body></html>"],
)
def test_garbage_raises_a_snapshot_error_not_a_crash(content: bytes) -> None:
    """Empty, binary, cut XML and unrelated HTML are reported as SnapshotError."""
    with pytest.raises(SnapshotError):
        parse_snapshot(content)


def test_xml_without_the_header_words_is_not_a_status_page() -> None:
    """A table whose first row is not a recognisable header is refused, not guessed at."""
    content = (
        b"<Treaty><Participants><Table><TGroup><Tbody><Rows>"
        b"<Row><Entry>Afghanistan</Entry><Entry>25 Oct 2025</Entry><Entry/></Row>"
        b"</Rows></Tbody></TGroup></Table></Participants></Treaty>"
    )
    with pytest.raises(NotAStatusPage, match="header"):
        parse_snapshot(content)


def test_source_urls_fill_the_chapter_and_treaty() -> None:
    """Templates get the MTDSG id, the chapter number and its roman numeral."""
    xml, html = source_urls("XVIII-16")
    assert xml == "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml"
    assert "mtdsg_no=XVIII-16&chapter=18" in html
    assert chapter_number("IV-4") == 4
    assert chapter_number("XXVII-7-d") == 27


@pytest.mark.parametrize(
    ("source", "treaty"),
    [
        ("https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16&chapter=18", "XVIII-16"),
        ("https://treaties.un.org/pages/viewdetails.aspx?chapter=4&clang=_en&MTDSG_NO=iv-4&src=TREATY", "IV-4"),
        ("https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml", "XVIII-16"),
        ("tests/fixtures/untc/status_2026-03.html", None),
    ],
)
def test_treaty_id_is_read_from_the_source_in_any_parameter_order(source: str, treaty: str | None) -> None:
    """`mtdsg_no` in any case and position, or an MTDSG file name, names the treaty."""
    assert treaty_named_by(source) == treaty
