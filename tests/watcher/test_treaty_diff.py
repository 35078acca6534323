"""Treaty polls against saved state: backfill, only-new actions, identical HTML/XML, evidence, anomalies."""

import asyncio
import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from structlog.testing import capture_logs

from tocsin_schemas import CloudEvent, SourceHealthEvent, TreatyActionEvent, TreatyMilestoneEvent, to_structured
from tocsin_watcher.countries import un_names
from tocsin_watcher.errors import SourceUnavailable
from tocsin_watcher.source_health import HealthBook
from tocsin_watcher.treaty.diff import TreatyRules
from tocsin_watcher.treaty.milestones import MilestoneRules
from tocsin_watcher.treaty.poll import TreatyPollResult, poll_treaty
from tocsin_watcher.treaty.state import TreatyStore

UNTC = Path(__file__).parents[1] / "fixtures" / "untc"
HTML = "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-16&chapter=18&clang=_en"
XML = "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml"
NOW = dt.datetime(2026, 5, 2, 12, tzinfo=dt.UTC)  # the newest fixture page is as at 2 May 2026


class Site:
    """A fake source: fixture bytes per URL, None for not-modified, an error to raise otherwise."""

    def __init__(self, pages: dict[str, str | None]) -> None:
        self.pages = pages
        self.reads: list[str] = []

    async def read(self, source: str) -> bytes | None:
        self.reads.append(source)
        page = self.pages.get(source, "missing")
        if page is None:
            return None
        if page == "missing":
            raise SourceUnavailable("HTTP 503")
        return (UNTC / page).read_bytes()


class Recorder:
    """An emitter that keeps what it was given, optionally failing like a broker that is down."""

    def __init__(self, fail: bool = False) -> None:
        self.events: list[CloudEvent] = []
        self.fail = fail

    async def __call__(self, events: Sequence[CloudEvent]) -> None:
        if self.fail:
            raise ConnectionError("broker down")
        self.events.extend(events)


async def _poll(
    state: Path, site: Site, sources: Sequence[str], emit: Recorder | None = None, threshold: int = 3
) -> tuple[TreatyPollResult, list[CloudEvent]]:
    recorder = emit or Recorder()
    result = await poll_treaty(
        TreatyRules("XVIII-16"),
        sources,
        site.read,
        TreatyStore(state),
        HealthBook(state / "health.json", threshold),
        recorder,
        now=NOW,
    )
    return result, recorder.events


def _actions(events: Sequence[CloudEvent]) -> list[TreatyActionEvent]:
    return [e for e in events if isinstance(e, TreatyActionEvent)]


async def test_first_read_emits_every_action_as_backfill(tmp_path: Path) -> None:
    """14 signatures and 6 instruments, all backfill, with counts excluding the EU toward entry into force."""
    result, events = await _poll(tmp_path, Site({HTML: "status_2026-03.html"}), [HTML])
    actions = _actions(events)
    assert result.read
    assert len(actions) == 20
    assert all(e.data.backfill for e in actions)
    counts = actions[0].data.counts
    assert (counts.signatories, counts.parties, counts.toward_entry_into_force) == (14, 6, 5)
    assert {e.data.action for e in actions} == {"signature", "ratification", "acceptance", "approval",
                                                 "accession", "succession"}  # fmt: skip
    assert all(e.data.status_as_at == dt.date(2026, 3, 14) and e.data.source_url == HTML for e in actions)


async def test_country_codes_follow_un_names_and_unknown_names_are_kept(tmp_path: Path) -> None:
    """UN short names map to alpha-3; the EU and an unknown name get null, the unknown one with one warning."""
    un_names.cache_clear()  # the table is process-wide: what earlier tests logged is forgotten
    site = Site({HTML: "status_2026-03.html"})
    with capture_logs() as logs:
        _, events = await _poll(tmp_path, site, [HTML])
        await _poll(tmp_path, site, [HTML])  # the page read again at the next poll: not a second warning
    codes = {e.data.participant: e.data.country_code for e in _actions(events)}
    assert codes["Viet Nam"] == "VNM"
    assert codes["Türkiye"] == "TUR"
    assert codes["Iran (Islamic Republic of)"] == "IRN"
    assert codes["Lao People's Democratic Republic"] == "LAO"
    assert codes["Czech Republic"] == "CZE"
    assert codes["Côte d'Ivoire"] == "CIV"
    assert codes["Netherlands (Kingdom of the)"] == "NLD"
    assert codes["European Union"] is None
    assert codes["Nowhereland"] is None
    unknown = [entry for entry in logs if entry["event"] == "participant_name_unknown"]
    assert [entry["participant"] for entry in unknown] == ["Nowhereland"]


async def test_same_snapshot_again_emits_nothing(tmp_path: Path) -> None:
    """A second read of the same page produces no event."""
    site = Site({HTML: "status_2026-03.html"})
    await _poll(tmp_path, site, [HTML])
    result, events = await _poll(tmp_path, site, [HTML])
    assert result.read
    assert events == []


async def test_later_read_emits_only_the_new_actions(tmp_path: Path) -> None:
    """After a backfill, a newer page yields just Afghanistan's ratification and Brazil's signature."""
    await _poll(tmp_path, Site({HTML: "status_2026-03.html"}), [HTML])
    _, events = await _poll(tmp_path, Site({HTML: "status_2026-05.html"}), [HTML])
    actions = _actions(events)
    assert sorted((e.data.participant, e.data.action, e.data.action_date) for e in actions) == [
        ("Afghanistan", "ratification", dt.date(2026, 4, 15)),
        ("Brazil", "signature", dt.date(2026, 5, 2)),
    ]
    assert not any(e.data.backfill for e in actions)
    assert actions[0].data.counts.toward_entry_into_force == 6
    assert actions[0].data.status_as_at == dt.date(2026, 5, 2)
    assert events == actions


async def test_html_and_xml_of_the_same_data_give_the_same_events(tmp_path: Path) -> None:
    """Ids and facts agree whichever format is read; reading the other format afterwards emits nothing."""
    _, from_html = await _poll(tmp_path / "a", Site({HTML: "status_2026-03.html"}), [HTML])
    _, from_xml = await _poll(tmp_path / "b", Site({XML: "XVIII-16.en.xml"}), [XML])

    def facts(events: Sequence[CloudEvent]) -> list[dict[str, object]]:
        out = []
        for event in _actions(events):
            data = to_structured(event)["data"]
            del data["evidence"], data["source_url"]
            out.append({"id": event.id, **data})
        return sorted(out, key=lambda d: str(d["id"]))

    assert facts(from_html) == facts(from_xml)
    _, again = await _poll(tmp_path / "a", Site({XML: "XVIII-16.en.xml"}), [XML])
    assert again == []


async def test_events_carry_the_content_hash_and_point_at_an_archived_copy(tmp_path: Path) -> None:
    """evidence.content_sha256 is the page's hash and evidence.archive, a path inside the state directory (never
    the server's own layout), holds the very same bytes."""
    _, events = await _poll(tmp_path, Site({HTML: "status_2026-03.html"}), [HTML])
    page = (UNTC / "status_2026-03.html").read_bytes()
    evidence = _actions(events)[0].data.evidence
    assert evidence.content_sha256 == hashlib.sha256(page).hexdigest()
    assert evidence.archive == f"archive/{evidence.content_sha256}.html"
    assert await asyncio.to_thread((tmp_path / evidence.archive).read_bytes) == page


async def test_vanished_participant_is_an_anomaly_never_a_withdrawal(tmp_path: Path) -> None:
    """China missing from a valid page gives one `anomaly`, no action, and China stays in the state."""
    await _poll(tmp_path, Site({HTML: "status_2026-03.html"}), [HTML])
    site = Site({HTML: "status_vanished_participant.html"})
    _, events = await _poll(tmp_path, site, [HTML])
    assert len(events) == 1
    [anomaly] = events
    assert isinstance(anomaly, SourceHealthEvent)
    assert anomaly.data.status == "anomaly"
    assert anomaly.data.last_error is not None
    assert "China" in anomaly.data.last_error
    assert "China" in json.loads((tmp_path / "treaties" / "XVIII-16.json").read_text())["participants"]
    _, again = await _poll(tmp_path, site, [HTML])
    assert again == []


@pytest.mark.parametrize(
    "page", ["status_shrunken_table.html", "maintenance.html", "error_page.html", "status_truncated.html",
             "status_empty_table.html", "bad_cell.html"],
)  # fmt: skip
async def test_unusable_page_leaves_state_untouched(tmp_path: Path, page: str) -> None:
    """A broken, shrunken or maintenance page emits no treaty event and does not touch the saved state."""
    await _poll(tmp_path, Site({HTML: "status_2026-03.html"}), [HTML])
    state_file = tmp_path / "treaties" / "XVIII-16.json"
    before = state_file.read_bytes()
    result, events = await _poll(tmp_path, Site({HTML: page}), [HTML])
    assert not result.read
    assert HTML in result.errors
    assert events == []
    assert state_file.read_bytes() == before


async def test_failing_is_emitted_once_after_n_failures_then_recovered(tmp_path: Path) -> None:
    """Three failed reads emit `failing` once, a fourth nothing, and the next good read `recovered`."""
    down = Site({HTML: "maintenance.html"})
    seen: list[list[str]] = []
    for _ in range(4):
        _, events = await _poll(tmp_path, down, [HTML])
        seen.append([e.data.status for e in events if isinstance(e, SourceHealthEvent)])
    assert seen == [[], [], ["failing"], []]
    assert not (tmp_path / "treaties" / "XVIII-16.json").exists()
    _, events = await _poll(tmp_path, Site({HTML: "status_2026-03.html"}), [HTML])
    health = [e for e in events if isinstance(e, SourceHealthEvent)]
    assert [(e.data.status, e.data.failures) for e in health] == [("recovered", 4)]
    assert len(_actions(events)) == 20


async def test_events_are_emitted_again_when_publishing_failed(tmp_path: Path) -> None:
    """At-least-once: if emitting raises, nothing is saved and the next poll emits the same ids."""
    site = Site({HTML: "status_2026-03.html"})
    with pytest.raises(ConnectionError):
        await _poll(tmp_path, site, [HTML], emit=Recorder(fail=True))
    assert not (tmp_path / "treaties" / "XVIII-16.json").exists()
    _, first = await _poll(tmp_path, site, [HTML])
    _, fresh = await _poll(tmp_path / "other", site, [HTML])
    assert [e.id for e in first] == [e.id for e in fresh]


async def test_next_source_is_tried_when_the_first_fails(tmp_path: Path) -> None:
    """The XML failing (HTTP 503) falls back to the HTML page; both reads are attempted in order."""
    site = Site({HTML: "status_2026-03.html"})
    result, events = await _poll(tmp_path, site, [XML, HTML])
    assert site.reads == [XML, HTML]
    assert result.source == HTML
    assert result.errors == {XML: "HTTP 503"}
    assert len(_actions(events)) == 20


async def test_not_modified_is_a_successful_read_without_events(tmp_path: Path) -> None:
    """A 304 (read returns None) after a first read emits nothing and counts as read."""
    await _poll(tmp_path, Site({HTML: "status_2026-03.html"}), [HTML])
    result, events = await _poll(tmp_path, Site({HTML: None}), [HTML])
    assert result.read
    assert events == []


async def test_not_modified_without_state_forgets_validators_and_reads_again(tmp_path: Path) -> None:
    """A 304 before any state exists drops the validators and reads the full page, so nothing is missed."""
    site = Site({HTML: None})
    forgotten: list[str] = []

    def forget(source: str) -> None:
        forgotten.append(source)
        site.pages[source] = "status_2026-03.html"

    recorder = Recorder()
    result = await poll_treaty(
        TreatyRules("XVIII-16"), [HTML], site.read, TreatyStore(tmp_path),
        HealthBook(tmp_path / "health.json", 3), recorder, forget=forget, now=NOW,
    )  # fmt: skip
    assert forgotten == [HTML]
    assert result.read
    assert len(_actions(recorder.events)) == 20


async def test_shrunken_table_emits_only_source_health_until_the_page_is_whole(tmp_path: Path) -> None:
    """Repeated shrunken tables emit nothing but `failing` (state kept); the full page then `recovered` only."""
    await _poll(tmp_path, Site({HTML: "status_2026-03.html"}), [HTML])
    before = (tmp_path / "treaties" / "XVIII-16.json").read_bytes()
    emitted: list[CloudEvent] = []
    for _ in range(3):
        _, events = await _poll(tmp_path, Site({HTML: "status_shrunken_table.html"}), [HTML])
        emitted.extend(events)
    assert [(type(e), e.data.status) for e in emitted] == [(SourceHealthEvent, "failing")]
    assert "ShrunkenTable" in str(emitted[0].data.last_error)
    assert (tmp_path / "treaties" / "XVIII-16.json").read_bytes() == before
    _, events = await _poll(tmp_path, Site({HTML: "status_2026-03.html"}), [HTML])
    assert [(type(e), e.data.status) for e in events] == [(SourceHealthEvent, "recovered")]


async def test_validators_are_committed_only_after_the_state_is_saved(tmp_path: Path) -> None:
    """`commit` runs after a poll whose events went out and state was saved, never after a failed publish."""
    site = Site({HTML: "status_2026-03.html"})
    state_file = tmp_path / "treaties" / "XVIII-16.json"
    committed: list[tuple[str, bool]] = []

    def commit(source: str) -> None:
        committed.append((source, state_file.exists()))

    rules, health = TreatyRules("XVIII-16"), HealthBook(tmp_path / "health.json", 3)
    with pytest.raises(ConnectionError):
        await poll_treaty(rules, [HTML], site.read, TreatyStore(tmp_path), health, Recorder(fail=True),
                          commit=commit, now=NOW)  # fmt: skip
    assert committed == []
    await poll_treaty(rules, [HTML], site.read, TreatyStore(tmp_path), health, Recorder(), commit=commit, now=NOW)
    assert committed == [(HTML, True)]


async def test_deadline_reminder_is_sent_even_when_the_page_is_not_modified(tmp_path: Path) -> None:
    """A 304 inside the lead time still reminds of the signature deadline, once, and records it in the state."""
    rules = TreatyRules("XVIII-16", MilestoneRules(signature_deadline=dt.date(2026, 12, 31)))
    store, health = TreatyStore(tmp_path), HealthBook(tmp_path / "health.json", 3)
    await poll_treaty(rules, [HTML], Site({HTML: "status_2026-03.html"}).read, store, health, Recorder(), now=NOW)
    december = dt.datetime(2026, 12, 5, tzinfo=dt.UTC)
    unchanged = Site({HTML: None})
    recorder = Recorder()
    for _ in range(2):
        await poll_treaty(rules, [HTML], unchanged.read, store, health, recorder, now=december)
    [reminder] = recorder.events
    assert isinstance(reminder, TreatyMilestoneEvent)
    assert (reminder.data.kind, reminder.data.instruments) == ("signature_deadline", 5)
    assert json.loads(store.state_path("XVIII-16").read_text())["deadline_reminded"] is True
