"""Southeast Asia and an inbox (S207-S208): Singapore's POFMA correction orders against outlets (en, fr, es), an exile
registered with the UN refugee agency deported home, a community radio host red-tagged and charged, an NGO
suspended by a ministry are rights cases; an online betting ring is not; and no phrase runs from the headline into
the summary (S200: a headline ending "series" and a summary opening "A letter" told a "Series A" funding round)."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

CASES = [
    pytest.param(
        "en",
        "POFMA Office orders online outlet to carry correction on flood-relief spending",
        "",
        "press-freedom",
        id="en-pofma-office",
    ),
    pytest.param(
        "en",
        "Minister issues correction direction to independent site over article on executions",
        "The order was made under POFMA.",
        "free-expression",
        id="en-correction-direction",
    ),
    pytest.param(
        "fr",
        "Singapour : un site d'information contraint à publier un avis de correction sur la dette publique",
        "",
        "press-freedom",
        id="fr-avis-de-correction",
    ),
    pytest.param(
        "es",
        "Singapur emite una orden de corrección contra un medio digital por un reportaje sobre la vivienda",
        "",
        "press-freedom",
        id="es-orden-de-correccion",
    ),
    pytest.param(
        "en",
        "Cambodian opposition supporter registered with the UN refugee agency deported from Bangkok",
        "",
        "transnational-repression",
        id="en-refugee-agency",
    ),
    pytest.param(
        "es",
        "Acusan de rebelión a una locutora de radio comunitaria en Mindanao",
        "",
        "press-freedom",
        id="es-locutora",
    ),
    pytest.param(
        "fr",
        "Le ministère suspend l'ONG Justice pour tous après un rapport sur la torture",
        "",
        "human-rights-defenders",
        id="fr-suspend-l-ong",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary", "tag"), CASES)
def test_correction_orders_deported_refugees_charged_hosts_and_suspended_ngos_are_rights_cases(
    language: str, title: str, summary: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, summary)


def test_an_online_betting_ring_broken_up_is_no_rights_case() -> None:
    relevant, tags = judged(
        "fr",
        "Thaïlande : démantèlement d'un réseau de paris sportifs en ligne",
        "La police a arrêté 30 personnes qui géraient des sites hébergés à l'étranger.",
    )
    assert not relevant
    assert not tags


def test_a_phrase_is_not_read_across_the_end_of_the_headline() -> None:
    """A headline ending "… procurement series" and a summary opening "A letter …" tell no "Series A" round."""
    relevant, tags = judged(
        "en",
        "Province halts government advertising to Karachi weekly after procurement series",
        "A letter from the information department tells all offices to stop placing notices with the weekly.",
    )
    assert relevant
    assert "press-freedom" in tags
