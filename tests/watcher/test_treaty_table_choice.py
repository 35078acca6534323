"""Which table of a status page is the participant table: the one with a participant header, never a decoy."""

from pathlib import Path

import pytest

from tocsin_watcher.errors import NotAStatusPage
from tocsin_watcher.treaty.parse import parse_snapshot

REAL = (Path(__file__).parents[1] / "fixtures" / "untc" / "status_2026-03.html").read_bytes()
REAL_TABLE = b'<table id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_tblgrid"'


def _with_table_before_the_real_one(header: str, row: str) -> bytes:
    """The real status page with a `decoy_tblgrid` table of one header row and one participant row put first."""
    decoy = f'<table id="decoy_tblgrid" class="table"><tr>{header}</tr><tr>{row}</tr></table>\n'.encode()
    assert REAL.count(REAL_TABLE) == 1
    return REAL.replace(REAL_TABLE, decoy + REAL_TABLE)


def test_decoy_tblgrid_table_before_the_real_one_is_skipped() -> None:
    """A `decoy_tblgrid` table without a participant header, placed first, is ignored for the real table."""
    decoy = parse_snapshot(
        _with_table_before_the_real_one(
            "<td>Hanoi, 25 October 2025</td><td>Depositary notification C.N.196.2025.TREATIES-XVIII.16</td><td></td>",
            "<td>Nowhereland</td><td>1 Jan 2026</td><td>2 Jan 2026</td>",
        )
    )
    real = parse_snapshot(REAL)
    assert decoy.participants == real.participants
    assert decoy.status_as_at == real.status_as_at


def test_two_tables_with_a_participant_header_are_refused_not_guessed() -> None:
    """Two tables that both look like the participant table make the page unusable, with both ids named."""
    with pytest.raises(NotAStatusPage, match=r"refusing to guess.*decoy_tblgrid.*ContentPlaceHolderInnerPage_tblgrid"):
        parse_snapshot(
            _with_table_before_the_real_one(
                "<td>Participant</td><td>Signature</td><td>Ratification, Accession(a)</td>",
                "<td>Atlantis</td><td>1 Jan 2026</td><td>2 Jan 2026</td>",
            )
        )
