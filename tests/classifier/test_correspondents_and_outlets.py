"""Correspondents and outlets (S189-S190): a correspondent's visa not renewed, an outlet fined under a foreign
influence law, a regulator withdrawing stations' licences or taking a channel off air, an activist stopped at the
gate, an NGO's accounts frozen, a student fined after reporting that an app exposed data are rights cases; a forum
weighing facial recognition is not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

PRESS = [
    pytest.param("en", "Moscow refuses to renew visa of German broadcaster's bureau chief", "", id="en-visa"),
    pytest.param("en", "Anti-corruption bureau fines news outlet under foreign influence law", "", id="en-foreign-law"),
    pytest.param(
        "fr",
        "Guinée : le ministère retire les agréments de deux radios privées",
        "Les journalistes des deux stations dénoncent une sanction politique.",
        id="fr-agrements",
    ),
    pytest.param(
        "fr", "Le RTÜK impose dix jours de suspension d'antenne à une chaîne d'opposition", "", id="fr-antenne"
    ),
    pytest.param("es", "China no renueva el visado al corresponsal de un diario español", "", id="es-visado"),
    pytest.param("vi", "Phóng viên nước ngoài bị buộc rời Hà Nội sau loạt bài về thu hồi đất", "", id="vi-buoc-roi"),
]


@pytest.mark.parametrize(("language", "title", "summary"), PRESS)
def test_a_correspondent_or_an_outlet_acted_against_is_a_press_case(language: str, title: str, summary: str) -> None:
    assert "press-freedom" in reported_and_relevant(language, title, summary)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        pytest.param("es", "Impiden a un activista abordar un vuelo a Miami en el aeropuerto de La Habana", id="vuelo"),
        pytest.param(
            "es", "La Fiscalía ordenó congelar sus cuentas bancarias a una ONG de derechos humanos", id="cuentas"
        ),
    ],
)
def test_an_activist_stopped_or_an_ngos_accounts_frozen_are_defenders_cases(language: str, title: str) -> None:
    assert "human-rights-defenders" in reported_and_relevant(language, title, "")


def test_a_student_fined_after_reporting_an_exposed_app_is_a_research_case() -> None:
    tags = reported_and_relevant(
        "en",
        "Court fines student after he found that the app exposed users' card numbers and reported it to the operator",
        "",
    )
    assert "security-research" in tags


def test_a_forum_weighing_facial_recognition_is_no_case() -> None:
    relevant, tags = judged(
        "en",
        "Forum weighs privacy risks of facial recognition",
        "Civil society groups and police discussed surveillance safeguards.",
    )
    assert not relevant
    assert tags == set()
