"""Belief and the Middle East (S195-S196): a believer jailed for a Bible study under Russia's "extremist
organisation" charge, an Ahmadi booked under section 298-C, a pastor tried for "shaking the faith of Muslims" over a
sermon, a preacher expelled for his sermons, a pastor held in a secret place, a blasphemy sentence over a sermon, a
lawyer charged under Tunisia's Decree 54 for what she said on television are rights cases; a pastor's Ponzi scheme
is not, nor is a lynching tried in court."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

CASES = [
    pytest.param(
        "en",
        'Russian court jails pensioner for "activities of an extremist organisation" over Bible study at home',
        "free-expression",
        id="en-bible-study",
    ),
    pytest.param(
        "en",
        "Ahmadi doctor booked under 298-C for reciting Quranic verses at a wedding",
        "free-expression",
        id="en-298c",
    ),
    pytest.param(
        "fr",
        "Algérie : un pasteur poursuivi pour « ébranlement de la foi » après un prêche filmé",
        "free-expression",
        id="fr-foi",
    ),
    pytest.param("fr", "Pakistan : un ahmadi condamné pour blasphème", "free-expression", id="fr-blaspheme"),
    pytest.param(
        "fr",
        "Le Conseil d'État valide l'expulsion d'un prédicateur en raison de ses prêches",
        "free-expression",
        id="fr-preches",
    ),
    pytest.param(
        "fr",
        "Chine : le pasteur de l'Église de la Pluie d'automne est détenu dans un lieu tenu secret",
        "due-process",
        id="fr-secret",
    ),
    pytest.param(
        "es",
        "Condenan a un pastor por blasfemia por una prédica transmitida en Facebook",
        "free-expression",
        id="es-predica",
    ),
    pytest.param(
        "es",
        "Túnez procesa a un abogado en virtud del Decreto 54 por sus declaraciones en televisión",
        "free-expression",
        id="es-decreto",
    ),
    pytest.param(
        "es",
        "Condenan a un año de cárcel a un miembro de la Liga Tunecina de Derechos Humanos",
        "human-rights-defenders",
        id="es-liga",
    ),
]


@pytest.mark.parametrize(("language", "title", "tag"), CASES)
def test_believers_preachers_and_critics_punished_for_what_they_said_are_rights_cases(
    language: str, title: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, "")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        pytest.param("en", "Pastor and radio host arrested over Ponzi scheme that fleeced 300 worshippers", id="en"),
        pytest.param("es", "Detienen a un pastor y locutor acusado de montar una estafa piramidal", id="es"),
        pytest.param(
            "fr", "Pakistan : douze hommes condamnés pour le lynchage d'un commerçant accusé de blasphème", id="fr"
        ),
    ],
)
def test_a_preachers_fraud_or_a_lynching_tried_in_court_is_no_case(language: str, title: str) -> None:
    assert judged(language, title, "") == (False, set())
