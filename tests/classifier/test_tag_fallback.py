"""A report judged relevant always carries a tag a subscriber's filter can match: when no tag rule's conditions are met,
the rules' own signals give one at the assigned threshold, marked as such in its evidence and its rationale."""

import pytest

import tocsin_classifier.classify as classify_module
from tests.classifier.factories import arrest
from tocsin_classifier.calibration import Calibrated
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.evaluate import DEFAULT_DIR, load_items
from tocsin_classifier.rules import FALLBACK_EVIDENCE
from tocsin_schemas import ASSIGNED_AT, RELEVANT_AT


def test_a_relevant_report_no_rule_tags_gets_the_tag_its_words_name() -> None:
    alert = classify(
        # a blogger arrested, no cause named: no tag rule's conditions are met (a station suspended over "its
        # coverage", this test's first report, now earns its tags by rule)
        arrest(
            "Nữ blogger bị bắt giữa lúc Việt Nam ứng cử vào Hội đồng Nhân quyền LHQ", "", language="vi", country="VNM"
        ),
        ConventionStatus(),
    )
    assert alert.relevance >= RELEVANT_AT
    given = [t for t in alert.tags if t.confidence >= ASSIGNED_AT]
    assert given
    assert all(t.evidence[0] == FALLBACK_EVIDENCE for t in given)
    assert all(t.confidence == ASSIGNED_AT for t in given)
    assert "(named: " in alert.rationale


def test_a_tagged_report_gets_no_fallback() -> None:
    alert = classify(
        arrest("Journalist jailed for five years over Facebook posts", "", language="en"), ConventionStatus()
    )
    assert alert.tags
    assert all(FALLBACK_EVIDENCE not in t.evidence for t in alert.tags)


def test_every_relevant_dev_report_carries_an_assigned_tag() -> None:
    """Before the fallback, 9 of about 3,400 relevant dev alerts had none (a filter by tag never received them)."""
    context = ConventionStatus()
    untagged = []
    for item in load_items(DEFAULT_DIR / "dev.jsonl"):
        alert = classify(item.event, context)
        if alert.relevance >= RELEVANT_AT and not any(t.confidence >= ASSIGNED_AT for t in alert.tags):
            untagged.append(item.id)
    assert untagged == []


def test_a_report_weighed_relevant_that_names_no_tag_is_cleared(monkeypatch: pytest.MonkeyPatch) -> None:
    """Relevance means a tag a subscriber's filter could match: a report the weighing raises over 0.5 whose words
    name no rights tag, even on the fallback ("ONG reduce su equipo tras recorte de fondos", dev-8639 once), is
    reported just under the line, with the weighing's score said."""
    monkeypatch.setattr(classify_module, "calibrate", lambda signals, judged: Calibrated(0.9, judged.score))
    classify_module._judge.cache_clear()
    try:
        alert = classify(
            arrest("Weather: a sunny weekend ahead for the capital", "", language="en"), ConventionStatus()
        )
    finally:
        classify_module._judge.cache_clear()
    assert alert.relevance == classify_module.UNTAGGED < RELEVANT_AT
    assert alert.tags == []
    assert alert.rationale == "Not human-rights relevant (0.49; weighed 0.90): its words name no rights tag."
