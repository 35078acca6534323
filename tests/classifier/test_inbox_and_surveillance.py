"""An inbox and surveillance (S175-S176): a rights group declared "undesirable" with the step before it, a regulator's
order to close a station after an interview, an activist made to hand over his phone's codes, a rights lawyer
whose group's bank accounts were frozen are rights cases; a regional forum on surveillance is not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant


def test_a_group_declared_undesirable_before_it_is_named_is_a_defenders_case() -> None:
    tags = reported_and_relevant(
        "fr", "Russie : le parquet déclare « indésirable » une ONG de défense des droits des détenus", ""
    )
    assert "human-rights-defenders" in tags


def test_a_regulators_closure_of_a_station_after_an_interview_is_a_press_case() -> None:
    tags = reported_and_relevant(
        "es", "Conatel ordena el cierre de emisora de Mérida tras entrevista con un alcalde opositor", ""
    )
    assert "press-freedom" in tags


def test_an_activist_made_to_hand_over_his_phones_codes_is_a_privacy_case() -> None:
    tags = reported_and_relevant(
        "fr",
        "Égypte : un militant des droits humains contraint de livrer les codes de son téléphone lors de son "
        "interrogatoire",
        "",
    )
    assert "privacy" in tags


def test_a_rights_lawyer_banned_from_travel_whose_groups_accounts_were_frozen_is_a_defenders_case() -> None:
    tags = reported_and_relevant(
        "en",
        "Rights lawyer stopped at airport and told she is banned from travel",
        "Her organisation's bank accounts were frozen last year.",
    )
    assert "human-rights-defenders" in tags


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "es",
            "Lima acoge un foro regional sobre vigilancia y privacidad",
            "Expertos, periodistas y activistas debatirán durante dos días sobre la regulación de la biometría y el "
            "uso de software espía en la región.",
            id="es-foro",
        ),
    ],
)
def test_a_forum_on_surveillance_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary) == (False, set())
