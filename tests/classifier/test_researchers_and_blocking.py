"""Researchers and blocking (S181-S182): a regulator's order to remove a researcher's post, a student who found an
exposed database summoned, an editor acquitted over a graft report, a court's order to block journalists' accounts
and a prosecutor's summons to a reporter are rights cases; a call to change the hacking law and a look back at an
old case are not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant


@pytest.mark.parametrize(
    ("language", "title"),
    [
        pytest.param("en", "Regulator orders removal of researcher's post on voter-roll exposure", id="en-post"),
        pytest.param(
            "fr",
            "Tunisie : le jeune informaticien qui avait découvert une base de données exposée convoqué par la police",
            id="fr-base-exposee",
        ),
    ],
)
def test_a_researcher_acted_against_over_a_finding_is_a_research_case(language: str, title: str) -> None:
    assert "security-research" in reported_and_relevant(language, title, "")


PRESS = [
    pytest.param("en", "Court acquits newspaper editor sued by minister over graft report", id="en-graft-report"),
    pytest.param(
        "fr",
        "Turquie : X condamné à une amende pour avoir refusé de bloquer les comptes de trois journalistes",
        id="fr-bloquer-comptes",
    ),
    pytest.param("es", "El MP cita a periodista que reveló los chats del ministro", id="es-mp-cita"),
    pytest.param("es", "Un juez ordena a Facebook bloquear las cuentas de dos periodistas críticos", id="es-cuentas"),
]


@pytest.mark.parametrize(("language", "title"), PRESS)
def test_steps_against_reporters_and_their_accounts_are_press_cases(language: str, title: str) -> None:
    assert "press-freedom" in reported_and_relevant(language, title, "")


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Lawyers renew call to update hacking law with a statutory defence for security researchers",
            "The group said the law leaves researchers exposed to prosecution for routine scanning.",
            id="en-call",
        ),
        pytest.param(
            "vi", "Nhìn lại vụ nhà báo bị khởi tố năm 2018: những bài học về an toàn thông tin", "", id="vi-nhin-lai"
        ),
    ],
)
def test_a_call_for_reform_or_a_look_back_is_no_case(language: str, title: str, summary: str) -> None:
    relevant, tags = judged(language, title, summary)
    assert not relevant
    assert tags == set()
