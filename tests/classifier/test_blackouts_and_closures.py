"""The Gulf, Turkey and Iran and an inbox (S205-S206): a migrant workers' representative deported after a strike call,
a channel given days of blank screen, a prisoners' NGO declared 'undesirable' in single quotes, a court closing a
reformist daily, a lawyer for political prisoners barred from leaving Iran, the parents of a London-based presenter
questioned are rights cases."""

import pytest

from tests.classifier.factories import reported_and_relevant

CASES = [
    pytest.param(
        "en",
        "Gulf state deports migrant workers' representative after strike call",
        "human-rights-defenders",
        id="en-workers",
    ),
    pytest.param(
        "fr", "Turquie : cinq jours d'écran noir pour une chaîne d'opposition", "press-freedom", id="fr-ecran-noir"
    ),
    pytest.param(
        "es",
        "Rusia declara 'indeseable' a una ONG de defensa de presos políticos",
        "human-rights-defenders",
        id="es-indeseable",
    ),
    pytest.param(
        "es", "Un tribunal ordena el cierre de un diario reformista en Teherán", "press-freedom", id="es-cierre"
    ),
    pytest.param(
        "es",
        "Prohíben salir de Irán a una abogada que defendía a presos políticos",
        "human-rights-defenders",
        id="es-abogada",
    ),
    pytest.param(
        "es",
        "Interrogan a los padres de una presentadora de un canal persa con sede en Londres",
        "transnational-repression",
        id="es-padres",
    ),
]


@pytest.mark.parametrize(("language", "title", "tag"), CASES)
def test_workers_channels_ngos_dailies_lawyers_and_exiles_families_acted_against_are_rights_cases(
    language: str, title: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, "")
