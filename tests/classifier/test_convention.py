"""The convention-status table: idempotent and monotonic, whatever order its actions arrive in."""

import itertools

from tests.classifier.factories import treaty_action
from tocsin_classifier.convention import ConventionStatus, ParticipantStatus


def _rows(table: ConventionStatus) -> dict[str | None, ParticipantStatus]:
    return {row.country_code: row for row in table.rows()}


def test_applying_the_same_action_twice_changes_nothing_the_second_time() -> None:
    """A repeated action (from the status topic and the treaty topic both) reports no change and keeps the row."""
    table = ConventionStatus()
    action = treaty_action("Viet Nam", "VNM", "ratification", day=9).data
    assert table.apply(action) is True
    before = table.for_country("VNM")
    assert table.apply(action) is False
    assert table.for_country("VNM") == before
    assert len(table) == 1


def test_an_older_signature_arriving_late_does_not_move_the_date_back() -> None:
    """The latest signature date wins; a stale one that arrives afterwards is ignored."""
    table = ConventionStatus()
    table.apply(treaty_action("Viet Nam", "VNM", "signature", day=20).data)
    assert table.apply(treaty_action("Viet Nam", "VNM", "signature", day=3).data) is False
    row = table.for_country("VNM")
    assert row is not None
    assert row.signed is not None
    assert row.signed.day == 20


def test_a_signature_arriving_after_the_ratification_keeps_the_ratification() -> None:
    """Out of order, a signature fills its own field and never clears the instrument of consent."""
    table = ConventionStatus()
    table.apply(treaty_action("Nigeria", "NGA", "ratification", day=20).data)
    assert table.apply(treaty_action("Nigeria", "NGA", "signature", day=1).data) is True
    row = table.for_country("NGA")
    assert row is not None
    assert row.ratified
    assert row.as_context()["consent"] == {"kind": "ratification", "date": "2026-02-20"}
    assert row.as_context()["signed"] == "2026-02-01"


def test_an_older_instrument_of_consent_does_not_replace_a_newer_one() -> None:
    """The latest instrument of consent wins by date; an earlier one arriving later changes nothing."""
    table = ConventionStatus()
    table.apply(treaty_action("Chad", "TCD", "accession", day=15).data)
    assert table.apply(treaty_action("Chad", "TCD", "ratification", day=2).data) is False
    row = table.for_country("TCD")
    assert row is not None
    assert row.as_context()["consent"] == {"kind": "accession", "date": "2026-02-15"}


def test_every_order_and_repetition_of_the_same_actions_gives_the_same_table() -> None:
    """Applying one set of actions in every order, twice over, always yields the same rows."""
    actions = [
        treaty_action("Viet Nam", "VNM", "signature", day=1).data,
        treaty_action("Viet Nam", "VNM", "signature", day=4).data,
        treaty_action("Viet Nam", "VNM", "ratification", day=9).data,
        treaty_action("Viet Nam", "VNM", "acceptance", day=9).data,
        treaty_action("European Union", None, "approval", day=5).data,
    ]
    expected = _rows(ConventionStatus.from_actions(actions))
    for order in itertools.permutations(actions):
        assert _rows(ConventionStatus.from_actions([*order, *reversed(order)])) == expected
    vnm = expected["VNM"].as_context()
    assert vnm["signed"] == "2026-02-04"
    assert vnm["consent"] == {"kind": "ratification", "date": "2026-02-09"}


def test_forgetting_a_signature_or_consent_keeps_the_rest_and_drops_an_empty_row() -> None:
    """What a tombstone on `treaty|participant|part` does to the table; another treaty or an unknown key: no-op."""
    table = ConventionStatus.from_actions(
        [treaty_action("Viet Nam", "VNM", "signature", day=1).data, treaty_action("Viet Nam", "VNM", day=9).data]
    )
    assert not table.forget("XVIII-99", "VNM", "consent")
    assert not table.forget("XVIII-16", "NGA", "consent")
    assert not table.forget("XVIII-16", "VNM", "something")
    assert table.forget("XVIII-16", "VNM", "consent")
    row = table.for_country("VNM")
    assert row is not None
    assert not row.ratified
    assert not table.forget("XVIII-16", "VNM", "consent")  # nothing left to forget there
    assert table.forget("XVIII-16", "VNM", "signature")
    assert table.for_country("VNM") is None
    assert len(table) == 0
