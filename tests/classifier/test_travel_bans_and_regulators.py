"""Travel bans and regulators (S193-S194): a campaigner offloaded at the airport under the Exit Control List, a
regulator suspending a station over a phone-in, a civic coalition dissolved with its accounts frozen, a reporter
barred from leaving Cuba, a Maya defender convicted of "usurpación agravada", a columnist ordered to publish
apologies, journalists' channels blocked as "anti-state" are rights cases; exiles launching a news site are not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

CASES = [
    pytest.param(
        "en",
        "Rights campaigner offloaded at Lahore airport, told she is on Exit Control List",
        "human-rights-defenders",
        id="en-offloaded",
    ),
    pytest.param(
        "en",
        "Regulator suspends community station for a month over phone-in show on the army",
        "press-freedom",
        id="en",
    ),
    pytest.param(
        "en",
        "Junta dissolves civic coalition; its bank accounts have been frozen",
        "human-rights-defenders",
        id="en-co",
    ),
    pytest.param("fr", "Cuba : un journaliste de 14ymedio interdit de quitter l'île", "press-freedom", id="fr-ile"),
    pytest.param(
        "fr",
        "Guatemala : un défenseur maya condamné pour « usurpation aggravée »",
        "human-rights-defenders",
        id="fr-maya",
    ),
    pytest.param(
        "fr",
        "Un tribunal ordonne à une journaliste de publier des excuses et lui interdit d'évoquer à nouveau le maire",
        "press-freedom",
        id="fr-excuses",
    ),
    pytest.param(
        "es",
        "Juez ordena bloquear las cuentas de YouTube de periodistas críticos por contenido «antiestatal»",
        "free-expression",
        id="es-antiestatal",
    ),
]


@pytest.mark.parametrize(("language", "title", "tag"), CASES)
def test_steps_against_travellers_stations_groups_and_columnists_are_rights_cases(
    language: str, title: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, "")


def test_exiles_launching_a_news_site_is_no_case() -> None:
    relevant, tags = judged(
        "en",
        "Exiled Belarusian journalists launch news site from Vilnius",
        "The outlet will publish daily and run a weekly podcast.",
    )
    assert not relevant
    assert tags == set()
