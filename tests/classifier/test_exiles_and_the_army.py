"""Exiles and the army (S169-S170): a veteran jailed over an interview, an army lawyer jailed for leaking files to
the press, a soldier's mother fined for "discrediting" the army, reporters stripped of accreditation, a censor's
order to pull an investigation, asylum seekers held without a lawyer or cut off from one, rescue volunteers tried
for their rescues are rights cases; a soldier who left his unit and a candle-lit remembrance with no new step are
not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

SPEECH = [
    pytest.param(
        "en", "Army veteran jailed for five years over interview about shelling of civilians", "", id="en-interview"
    ),
    pytest.param(
        "en",
        "Army lawyer jailed for leaking abuse files to journalists",
        "",
        id="en-leak-to-journalists",
    ),
    pytest.param(
        "es",
        "Multan a la madre de un soldado por «desacreditar» al Ejército en un video publicado en VKontakte",
        "",
        id="es-desacreditar",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), SPEECH)
def test_an_interview_a_leak_to_the_press_or_a_video_against_the_army_is_a_speech_case(
    language: str, title: str, summary: str
) -> None:
    assert "free-expression" in reported_and_relevant(language, title, summary)


PRESS = [
    pytest.param(
        "en",
        "Army strips three foreign reporters of accreditation after filming near the front",
        "",
        id="en-accreditation",
    ),
    pytest.param(
        "fr",
        "La censure militaire ordonne au site d'information de retirer une enquête sur une frappe",
        "",
        id="fr-censure",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), PRESS)
def test_a_step_against_reporters_or_an_outlet_by_the_military_is_a_press_case(
    language: str, title: str, summary: str
) -> None:
    assert "press-freedom" in reported_and_relevant(language, title, summary)


CUSTODY = [
    pytest.param(
        "en",
        "Detained migrants who led hunger strike held for a week without seeing a lawyer",
        "",
        id="en-without-seeing-a-lawyer",
    ),
    pytest.param(
        "es",
        "Trasladan e incomunican a 14 migrantes detenidos tras protestar en una estación migratoria",
        "",
        id="es-incomunican",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), CUSTODY)
def test_people_held_away_from_lawyers_is_a_custody_defect(language: str, title: str, summary: str) -> None:
    assert "due-process" in reported_and_relevant(language, title, summary)


def test_rescue_volunteers_acquitted_is_a_defenders_case() -> None:
    tags = reported_and_relevant("en", "Court acquits sea rescue volunteers accused of helping smugglers", "")
    assert "human-rights-defenders" in tags


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Soldier jailed for four years for leaving his unit without permission",
            "A garrison military court heard he was found at a friend's flat.",
            id="en-desertion",
        ),
        pytest.param(
            "es",
            "Tribunal militar condena a un soldado por abandonar su unidad",
            "Fue detenido en casa de unos familiares.",
            id="es-desercion",
        ),
    ],
)
def test_a_soldier_who_left_his_unit_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary) == (False, set())
