"""A treaty page with an impossible action date (year 9999, year 0001, before the opening) is refused whole."""

import datetime as dt
from pathlib import Path

import pytest

from tests.watcher.support import Recorder, run_cli
from tocsin_schemas import SourceHealthEvent, TreatyActionEvent
from tocsin_watcher.errors import ImpossibleDate
from tocsin_watcher.source_health import HealthBook
from tocsin_watcher.treaty.dates import check_action_dates, earliest_action
from tocsin_watcher.treaty.diff import TreatyRules
from tocsin_watcher.treaty.model import Action
from tocsin_watcher.treaty.poll import poll_treaty
from tocsin_watcher.treaty.state import TreatyStore

UNTC = Path(__file__).parents[1] / "fixtures" / "untc"
HTML = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16&chapter=18&clang=_en"
XML = "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml"
MARCH = (UNTC / "status_2026-03.html").read_bytes()
MAY = (UNTC / "status_2026-05.html").read_bytes()
NOW = dt.datetime(2026, 5, 2, 12, tzinfo=dt.UTC)
CHINA = b"<td>China</td><td>25 Oct 2025</td><td></td>"


def _with_china(cells: str, page: bytes = MAY) -> bytes:
    """`page` with China's row holding `cells` (its signature and instrument cells)."""
    assert CHINA in page
    return page.replace(CHINA, f"<td>China</td>{cells}".encode())


def _saved(state: Path) -> dict[Path, bytes]:
    """Every file of the state directory but the health record (which a failed read moves), with its bytes."""
    return {path: path.read_bytes() for path in state.rglob("*") if path.is_file() and path.name != "health.json"}


def _check_ratified_on(date: str) -> None:
    """Check China's signature on the opening day and its ratification on `date` against XVIII-16's bounds."""
    check_action_dates(
        [
            Action("China", "signature", dt.date(2025, 10, 25)),
            Action("China", "ratification", dt.date.fromisoformat(date)),
        ],
        earliest=earliest_action("XVIII-16"),
        read_at=NOW,
    )


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01", "2024-12-24", "2025-10-24", "2026-05-04"])
def test_dates_outside_opening_and_tomorrow_are_impossible(date: str) -> None:
    """Before the Hanoi opening (25 Oct 2025) or after the day after the read: ImpossibleDate naming the action."""
    with pytest.raises(ImpossibleDate, match=f"China ratification {date}"):
        _check_ratified_on(date)


@pytest.mark.parametrize("date", ["2025-10-25", "2026-05-02", "2026-05-03"])
def test_dates_from_the_opening_to_tomorrow_are_accepted(date: str) -> None:
    """The opening day itself, today and tomorrow (UTC against New York) are possible dates."""
    _check_ratified_on(date)


def test_a_treaty_without_a_known_opening_gets_only_the_sanity_floor() -> None:
    """Another MTDSG id accepts an old date, but never year 0001 or a date in the future."""
    assert earliest_action("XVIII-12") == dt.date(1900, 1, 1)
    old = Action("Belgium", "signature", dt.date(2000, 12, 12))
    check_action_dates([old], earliest=earliest_action("XVIII-12"), read_at=NOW)
    with pytest.raises(ImpossibleDate):
        check_action_dates([Action("X", "signature", dt.date(1, 1, 1))], earliest=dt.date(1900, 1, 1), read_at=NOW)


@pytest.mark.parametrize(
    "cells",
    [
        "<td>25 Oct 2025</td><td>31 Dec 9999</td>",
        "<td>1 Jan 0001</td><td></td>",
        "<td>24 Oct 2025</td><td></td>",
    ],
    ids=["ratified_in_9999", "signed_in_0001", "signed_before_the_opening"],
)
async def test_page_with_an_impossible_date_is_unusable_and_state_untouched(tmp_path: Path, cells: str) -> None:
    """No action of the page is emitted, not even the real new ones; the saved state and archive stay as they were."""
    store, health, recorder = TreatyStore(tmp_path), HealthBook(tmp_path / "health.json", 1), Recorder()
    forgotten: list[str] = []

    async def first(source: str) -> bytes:
        return MARCH

    await poll_treaty(TreatyRules("XVIII-16"), [HTML], first, store, health, recorder, now=NOW)
    before = _saved(tmp_path)
    recorder.events.clear()

    async def bad(source: str) -> bytes:
        return _with_china(cells)

    result = await poll_treaty(
        TreatyRules("XVIII-16"), [HTML], bad, store, health, recorder, forget=forgotten.append, now=NOW
    )
    assert not result.read
    assert result.outcomes == {HTML: "unusable"}
    assert "ImpossibleDate" in result.errors[HTML]
    assert "China" in result.errors[HTML]
    assert not [e for e in recorder.events if isinstance(e, TreatyActionEvent)]
    [failing] = [e for e in recorder.events if isinstance(e, SourceHealthEvent)]
    assert failing.data.status == "failing"
    assert forgotten == [HTML]
    assert _saved(tmp_path) == before


async def test_the_fallback_source_is_used_when_the_first_page_is_impossible(tmp_path: Path) -> None:
    """A refused page is a failed read: the next source is tried and its actions are emitted."""
    pages = {HTML: _with_china("<td>25 Oct 2025</td><td>31 Dec 9999</td>"), XML: MAY}

    async def read(source: str) -> bytes:
        return pages[source]

    recorder = Recorder()
    result = await poll_treaty(
        TreatyRules("XVIII-16"), [HTML, XML], read, TreatyStore(tmp_path), HealthBook(tmp_path / "h.json", 3),
        recorder, now=NOW,
    )  # fmt: skip
    assert result.source == XML
    assert result.outcomes == {HTML: "unusable", XML: "ok"}
    dates = {e.data.action_date for e in recorder.events if isinstance(e, TreatyActionEvent)}
    assert dates
    assert max(dates) <= NOW.date()


def test_cli_refuses_a_page_signed_in_9999_with_exit_3(tmp_path: Path) -> None:
    """`treaty --print` on the Futureland page prints nothing, saves no treaty state and exits 3."""
    page = tmp_path / "XVIII-16.html"
    page.write_bytes(_with_china("<td>31 Dec 9999</td><td></td>", MARCH))
    proc = run_cli("treaty", "--source", str(page), "--state", str(tmp_path / "st"), "--print", cwd=tmp_path)
    assert proc.returncode == 3, proc.stderr
    assert proc.stdout == ""
    assert "ImpossibleDate" in proc.stderr
    assert "9999-12-31" in proc.stderr
    assert not (tmp_path / "st" / "treaties").exists()
