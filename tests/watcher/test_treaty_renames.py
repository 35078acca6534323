"""A participant the UN renames (same ISO code, same actions) is a rename, never a new signature."""

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path

from structlog.testing import capture_logs

from tocsin_schemas import CloudEvent, SourceHealthEvent, TreatyActionEvent, event_id
from tocsin_watcher.source_health import HealthBook
from tocsin_watcher.treaty.diff import ACTION_TYPE, TreatyRules
from tocsin_watcher.treaty.poll import poll_treaty
from tocsin_watcher.treaty.state import TreatyStore

UNTC = Path(__file__).parents[1] / "fixtures" / "untc"
ORIGINAL = (UNTC / "status_2026-03.html").read_bytes()
# The same page with three participants under another name of the same country
RENAMED = (
    ORIGINAL.decode()
    .replace("<td>Türkiye</td>", "<td>Turkey</td>")
    .replace("<td>Viet Nam</td>", "<td>Vietnam</td>")
    .replace("<td>Netherlands (Kingdom of the) 6", "<td>Netherlands 6")
    .encode()
)
HTML = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16&chapter=18&clang=_en"
NOW = dt.datetime(2026, 4, 14, 12, tzinfo=dt.UTC)  # after every date the pages below print
RENAMES = {"Türkiye": "Turkey", "Viet Nam": "Vietnam", "Netherlands (Kingdom of the)": "Netherlands"}


async def _poll(state: Path, page: bytes) -> list[CloudEvent]:
    emitted: list[CloudEvent] = []

    async def read(source: str) -> bytes:
        return page

    async def emit(events: Sequence[CloudEvent]) -> None:
        emitted.extend(events)

    result = await poll_treaty(
        TreatyRules("XVIII-16"), [HTML], read, TreatyStore(state), HealthBook(state / "health.json", 3), emit, now=NOW
    )
    assert result.read, result.errors
    return emitted


def _actions(events: Sequence[CloudEvent]) -> list[TreatyActionEvent]:
    return [e for e in events if isinstance(e, TreatyActionEvent)]


def _anomalies(events: Sequence[CloudEvent]) -> list[str]:
    return [str(e.data.last_error) for e in events if isinstance(e, SourceHealthEvent) and e.data.status == "anomaly"]


def _saved(state: Path) -> dict[str, object]:
    doc: dict[str, object] = json.loads((state / "treaties" / "XVIII-16.json").read_text(encoding="utf-8"))
    return doc


async def test_renamed_participants_with_the_same_country_code_emit_no_action(tmp_path: Path) -> None:
    """Türkiye -> Turkey, Viet Nam -> Vietnam, Netherlands (Kingdom of the) -> Netherlands re-announce nothing."""
    await _poll(tmp_path, ORIGINAL)
    events = await _poll(tmp_path, RENAMED)
    assert _actions(events) == []


async def test_a_rename_is_reported_as_a_rename_not_as_missing_participants(tmp_path: Path) -> None:
    """One anomaly names each rename with its country code; the old names are not reported as vanished."""
    await _poll(tmp_path, ORIGINAL)
    events = await _poll(tmp_path, RENAMED)
    [detail] = _anomalies(events)
    assert "renamed" in detail
    assert "missing" not in detail
    for old, new, code in [("Türkiye", "Turkey", "TUR"), ("Viet Nam", "Vietnam", "VNM"),
                           ("Netherlands (Kingdom of the)", "Netherlands", "NLD")]:  # fmt: skip
        assert f"{old} -> {new} ({code})" in detail
    assert len(events) == 1


async def test_a_rename_is_logged_once_per_participant(tmp_path: Path) -> None:
    """`participant_renamed` names the old and new name and the country code that ties them."""
    await _poll(tmp_path, ORIGINAL)
    with capture_logs() as logs:
        await _poll(tmp_path, RENAMED)
    renamed = sorted(
        (entry["old"], entry["new"], entry["country_code"]) for entry in logs if entry["event"] == "participant_renamed"
    )
    assert renamed == [
        ("Netherlands (Kingdom of the)", "Netherlands", "NLD"),
        ("Türkiye", "Turkey", "TUR"),
        ("Viet Nam", "Vietnam", "VNM"),
    ]


async def test_state_moves_to_the_new_names_so_the_next_poll_is_quiet(tmp_path: Path) -> None:
    """After the rename the saved state knows only the new names, and the same page again emits nothing."""
    await _poll(tmp_path, ORIGINAL)
    await _poll(tmp_path, RENAMED)
    saved = _saved(tmp_path)
    participants = saved["participants"]
    actions = saved["actions"]
    assert isinstance(participants, list)
    assert isinstance(actions, list)
    assert set(RENAMES.values()) <= set(participants)
    assert not set(RENAMES) & set(participants)
    assert {(a["participant"], a["action"], a["date"]) for a in actions if a["participant"] == "Vietnam"} == {
        ("Vietnam", "signature", "2025-10-25"),
        ("Vietnam", "ratification", "2026-01-09"),
    }
    assert saved["missing"] == []
    assert await _poll(tmp_path, RENAMED) == []


async def test_a_new_action_under_the_new_name_is_emitted_once_with_an_id_from_the_printed_name(
    tmp_path: Path,
) -> None:
    """Turkey's ratification, new with the rename, is one non-backfill event (id from the name as printed)."""
    ratified = RENAMED.replace(
        b"<td>Turkey</td><td>25 Oct 2025</td><td></td>", b"<td>Turkey</td><td>25 Oct 2025</td><td>3 Apr 2026</td>"
    )
    assert ratified != RENAMED
    await _poll(tmp_path, ORIGINAL)
    [action] = _actions(await _poll(tmp_path, ratified))
    assert (action.data.participant, action.data.country_code, action.data.action, action.data.action_date) == (
        "Turkey", "TUR", "ratification", dt.date(2026, 4, 3),
    )  # fmt: skip
    assert action.data.backfill is False
    assert action.id == event_id(ACTION_TYPE, "XVIII-16", "Turkey", "ratification", "2026-04-03")
    assert await _poll(tmp_path, ratified) == []


async def test_names_without_a_country_code_keep_name_identity(tmp_path: Path) -> None:
    """The EU renamed to 'European Community' and an unknown name renamed are new participants; Türkiye is not."""
    page = (
        RENAMED.replace(b"<td>European Union<sup>2</sup>", b"<td>European Community<sup>2</sup>")
        .replace(b"<td>Nowhereland</td>", b"<td>Elsewhereland</td>")
    )  # fmt: skip
    await _poll(tmp_path, ORIGINAL)
    events = await _poll(tmp_path, page)
    assert sorted((e.data.participant, e.data.action) for e in _actions(events)) == [
        ("Elsewhereland", "signature"),
        ("European Community", "approval"),
        ("European Community", "signature"),
    ]
    missing = [detail for detail in _anomalies(events) if "missing" in detail]
    assert len(missing) == 1
    assert "European Union" in missing[0]
    assert "Nowhereland" in missing[0]
    assert "Türkiye" not in missing[0]
