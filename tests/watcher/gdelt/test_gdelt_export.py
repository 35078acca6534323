"""Reading the export zip safely and its rows robustly."""

import hashlib
from pathlib import Path

import pytest

from tests.watcher.gdelt.conftest import FIXTURES, gdelt_row, make_zip
from tocsin_watcher.errors import ExportArchiveError
from tocsin_watcher.gdelt.export import check_announced, export_text, parse_export
from tocsin_watcher.gdelt.judge import WATCHED_CODES
from tocsin_watcher.gdelt.lastupdate import ExportEntry


def test_zip_and_plain_csv_read_the_same_rows(export_zip: Path) -> None:
    """The zip's one CSV member and the CSV file give the same text."""
    assert export_text(export_zip.read_bytes()) == (FIXTURES / "export.CSV").read_text(encoding="utf-8")


def test_malformed_rows_are_skipped_with_reasons_and_the_rest_is_read(export_zip: Path) -> None:
    """Short row, bad DATEADDED, bad id and bad code are counted; 16 watched rows remain (1722, 0251 ignored)."""
    rows = parse_export(export_text(export_zip.read_bytes()), codes=WATCHED_CODES)
    assert dict(rows.skipped) == {"wrong_field_count": 1, "bad_dateadded": 1, "bad_event_id": 1, "bad_event_code": 1}
    assert [(skip.line, skip.reason) for skip in rows.first_skips] == [
        (17, "wrong_field_count"),
        (18, "bad_dateadded"),
        (19, "bad_event_id"),
        (20, "bad_event_code"),
    ]
    assert len(rows.rows) == 16
    assert {row.event_code for row in rows.rows} == {"173", "1721"}
    assert "1010" not in {row.global_event_id for row in rows.rows}


def test_garbage_lines_never_raise() -> None:
    """Binary noise, blank lines, CRLF endings and a huge line are skipped or read, never fatal."""
    good = gdelt_row(GLOBALEVENTID="7", EventCode="173", SOURCEURL="https://n.example/journalist-held")
    text = "\x00\x01\x02\n\n" + good + "\r\n" + "x" * 50_000 + "\n" + "\t" * 60 + "\n"
    rows = parse_export(text, codes={"173"})
    assert [row.global_event_id for row in rows.rows] == ["7"]
    assert rows.skipped["line_too_long"] == 1


def test_a_member_name_is_never_used_as_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A traversal name is read in memory; nothing is written anywhere."""
    monkeypatch.chdir(tmp_path)
    line = gdelt_row(GLOBALEVENTID="8", EventCode="173", SOURCEURL="https://n.example/journalist-held")
    data = make_zip({"../../evil/../x.export.CSV": line.encode()})
    assert export_text(data).startswith("8\t")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("members", "message"),
    [
        ({}, "0 CSV members"),
        ({"a.export.CSV": b"1", "b.export.CSV": b"2"}, "2 CSV members"),
        ({"readme.txt": b"hello"}, "0 CSV members"),
    ],
)
def test_a_zip_without_exactly_one_csv_is_refused(members: dict[str, bytes], message: str) -> None:
    """No CSV member, or two, is an ExportArchiveError."""
    with pytest.raises(ExportArchiveError, match=message):
        export_text(make_zip(members))


def test_a_zip_bomb_stops_at_the_inflated_cap() -> None:
    """A member inflating past the cap is refused without being held whole."""
    bomb = make_zip({"bomb.export.CSV": b"0" * 5_000_000})
    assert len(bomb) < 20_000
    with pytest.raises(ExportArchiveError, match="cap"):
        export_text(bomb, max_csv_bytes=1_000_000)


def test_a_truncated_zip_is_an_archive_error(export_zip: Path) -> None:
    """Half a zip is refused with ExportArchiveError, not a zipfile exception."""
    with pytest.raises(ExportArchiveError):
        export_text(export_zip.read_bytes()[:700])


def test_the_announced_size_and_md5_are_checked(export_zip: Path) -> None:
    """The zip matches what lastupdate announced; one changed byte does not."""
    data = export_zip.read_bytes()
    entry = ExportEntry("https://d.example/x.export.CSV.zip", len(data), hashlib.md5(data).hexdigest())  # noqa: S324
    check_announced(data, entry)
    with pytest.raises(ExportArchiveError, match="MD5"):
        check_announced(data[:-1] + b"!", entry)
    with pytest.raises(ExportArchiveError, match="bytes"):
        check_announced(data + b"!", entry)
