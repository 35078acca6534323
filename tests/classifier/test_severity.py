"""Severity rules, including the steps up from convention status and "Not Free" ratifiers."""

import datetime as dt

import pytest

from tests.classifier.factories import WHEN, arrest, milestone, source_health, treaty_action
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_schemas import TreatyMilestone

JOURNALIST_ARREST = ("Journalist arrested over Facebook post", "He was charged with spreading false information.")


def test_relevant_arrest_in_a_state_without_status_is_raised_only_for_the_person() -> None:
    """A journalist's arrest: medium, one step up because a journalist is at risk."""
    alert = classify(arrest(*JOURNALIST_ARREST, country="PAK"), ConventionStatus())
    assert alert.severity == "high"
    assert alert.country_context["severity_raised_by"] == ["at-risk-person"]


def test_arrest_for_speech_in_a_signatory_state_raises_severity() -> None:
    """The same arrest where the state signed the convention is one step higher."""
    status = ConventionStatus.from_actions([treaty_action("Pakistan", "PAK", "signature").data])
    alert = classify(arrest(*JOURNALIST_ARREST, country="PAK"), status)
    assert alert.severity == "critical"
    assert "convention-signatory" in alert.country_context["severity_raised_by"]
    assert alert.country_context["convention"]["signed"] == "2026-02-01"


def test_arrest_in_a_state_party_is_marked_as_party() -> None:
    """Ratification shows as convention-party in the context."""
    status = ConventionStatus.from_actions([treaty_action("Nigeria", "NGA").data])
    alert = classify(arrest("Blogger detained over posts under the Cybercrimes Act", "", country="NGA"), status)
    assert "convention-party" in alert.country_context["severity_raised_by"]
    assert alert.country_context["convention"]["ratified"] is True


def test_ratification_by_a_not_free_country_raises_severity() -> None:
    """A consent instrument is medium; from a "Not Free" country it is high, and the context says why."""
    alert = classify(treaty_action("Viet Nam", "VNM"), ConventionStatus())
    assert alert.severity == "high"
    assert alert.country_context["severity_raised_by"] == ["not-free-ratification"]
    assert alert.country_context["freedom_on_the_net"]["status"] == "Not Free"


def test_ratification_by_a_free_country_stays_medium() -> None:
    """No step up for a "Free" ratifier."""
    assert classify(treaty_action("France", "FRA"), ConventionStatus()).severity == "medium"


def test_signature_is_low_and_backfill_is_info() -> None:
    """Signatures are low; anything found on a first read of the source is info."""
    assert classify(treaty_action("Viet Nam", "VNM", "signature"), ConventionStatus()).severity == "low"
    assert classify(treaty_action("Viet Nam", "VNM", backfill=True), ConventionStatus()).severity == "info"


def test_treaty_events_always_carry_treaty_adoption() -> None:
    """Actions and milestones are tagged treaty-adoption with the rule as evidence."""
    for event in (treaty_action("European Union", None, "approval"), milestone()):
        alert = classify(event, ConventionStatus())
        [tag] = alert.tags
        assert (tag.tag, tag.confidence) == ("treaty-adoption", 1.0)
        assert "rule:treaty-event" in tag.evidence
        assert alert.relevance >= 0.5


def test_milestone_severity_follows_the_threshold() -> None:
    """Below 40 instruments medium, at 40 high, entry into force high, deadline reminders low."""
    assert classify(milestone("instruments", 12), ConventionStatus()).severity == "medium"
    assert classify(milestone("instruments", 40), ConventionStatus()).severity == "high"
    assert classify(milestone("entry_into_force", 40), ConventionStatus()).severity == "high"
    assert classify(milestone("signature_deadline", 12), ConventionStatus()).severity == "low"


def test_source_health_is_operational_info() -> None:
    """Source health is never a human-rights alert."""
    alert = classify(source_health(), ConventionStatus())
    assert (alert.relevance, alert.severity, alert.tags) == (0.0, "info", [])


def test_the_count_toward_entry_into_force_is_said_as_of_the_read_never_as_the_actions_doing() -> None:
    """Every ratification found in one read said it brought the count "to 40 of 40" (the 7th too): the count is the
    page's, so it is said as of the read; a signature and the European Union's instrument do not count."""
    ratified = classify(treaty_action("Viet Nam", "VNM"), ConventionStatus()).rationale
    signed = classify(treaty_action("Brazil", "BRA", "signature"), ConventionStatus()).rationale
    union = classify(treaty_action("European Union", None, "approval"), ConventionStatus()).rationale
    read = f"as of the UN Treaty Collection read on {WHEN.date().isoformat()}"
    assert "deposited an instrument of ratification to" in ratified
    assert f"; 3 instruments counting toward entry into force had been deposited {read} (art. 65: " in ratified
    assert "bringing" not in ratified + signed + union
    assert "signed" in signed
    assert "a signature does not count toward entry into force; 3 instruments counting" in signed
    assert union.startswith("The European Union deposited an instrument of approval to")
    assert "a regional organization's instrument does not count toward entry into force; 3 instruments" in union
    succeeded = classify(treaty_action("Montenegro", "MNE", "succession"), ConventionStatus()).rationale
    assert succeeded.startswith("Montenegro deposited a notification of succession to")
    one = treaty_action("Viet Nam", "VNM")
    one = one.model_copy(update={"data": one.data.model_copy(update={"status_as_at": dt.date(2026, 2, 28)})})
    dated = classify(one, ConventionStatus()).rationale
    assert "as of the UN Treaty Collection's status at 2026-02-28" in dated  # the page's own date, when it has one


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (
            {"kind": "entry_into_force", "instruments": 40, "entry_into_force_date": dt.date(2027, 2, 8)},
            "The 40th instrument counting toward entry into force has been deposited: The UN Convention against "
            "Cybercrime (XVIII-16) enters into force on 2027-02-08, the 90th day after its deposit (art. 65).",
        ),
        (
            {"kind": "entry_into_force", "instruments": 40, "entry_into_force_date": dt.date(2026, 1, 10)},
            "(XVIII-16) entered into force on 2026-01-10",
        ),
        (
            {"kind": "signature_deadline", "instruments": 12, "deadline": dt.date(2026, 12, 31)},
            "The UN Convention against Cybercrime (XVIII-16) is open for signature until 2026-12-31 (",
        ),
        (
            {"kind": "signature_deadline", "instruments": 12, "deadline": dt.date(2025, 12, 31)},
            "closed for signature on 2025-12-31.",
        ),
        ({"kind": "instruments", "instruments": 30}, "30 instruments counting toward entry into force have been"),
    ],
)
def test_a_milestone_is_said_in_the_tense_its_date_calls_for(data: dict[str, object], said: str) -> None:
    """'reached entry into force on 2027-02-08', sent in November 2026, read as already in force; a signature
    deadline reminder said it was 'reached' a month early."""
    event = milestone().model_copy(update={"data": TreatyMilestone(treaty="XVIII-16", **data)})
    rationale = classify(event, ConventionStatus()).rationale
    assert said in rationale
    assert "reached" not in rationale


def test_a_health_alert_says_how_many_reads_failed_since_when_and_why() -> None:
    """An operator reading a `failing` alert learns the count, the start and the last error, not only the state."""
    rationale = classify(source_health(), ConventionStatus()).rationale
    assert "source https://feed.example/rss is failing (3 failed read(s) since" in rationale
    assert "; last error: HTTP 503), not a human-rights alert." in rationale
    recovered = classify(source_health("recovered"), ConventionStatus()).rationale
    assert "is recovered (since " in recovered
    assert "failed read" not in recovered


def test_another_treaty_followed_is_named_by_its_id_not_as_the_convention() -> None:
    """An operator following another treaty (WATCHER_TREATIES) read 'the UN Convention against Cybercrime (IV-4)'
    and art. 65's count of 40 for it: another treaty is named by its id, with no clause Tocsin does not know."""
    action = treaty_action("Viet Nam", "VNM")
    action = action.model_copy(update={"data": action.data.model_copy(update={"treaty": "IV-4"})})
    rationale = classify(action, ConventionStatus()).rationale
    assert (
        rationale == "Viet Nam deposited an instrument of ratification to treaty IV-4 on 2026-02-01; 3 parties and 72 "
        "signatories as read."
    )
    event = milestone().model_copy(update={"data": TreatyMilestone(treaty="IV-4", kind="instruments", instruments=10)})
    said = classify(event, ConventionStatus()).rationale
    assert "Convention" not in said
    assert "art. 65" not in said
    assert "Treaty IV-4" in said
