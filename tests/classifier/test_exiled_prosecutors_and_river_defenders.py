"""Central America, Cuba, Venezuela and an inbox (S211-S212): Venezuela's anti-hate law, a vote called a fraud in a
message (no fraud ring), anti-corruption prosecutors pursued, NGOs stripped of legal status, a newspaper director
held, river defenders and a lawyer for detainees' families arrested, a reporter ordered to name a source and a
journalist freed by a presidential pardon are rights cases; a debate on disinformation and an activist's fake jobs
scheme are not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

CASES = [
    pytest.param("en", "Venezuelan teacher jailed under anti-hate law over TikTok video", "free-expression", id="en-h"),
    pytest.param(
        "en",
        "Woman jailed over WhatsApp audio calling the election a fraud",
        "free-expression",
        id="en-fraud-said",
    ),
    pytest.param(
        "en",
        "Guatemala issues arrest warrant for exiled anti-corruption prosecutor",
        "human-rights-defenders",
        id="en-prosecutor",
    ),
    pytest.param(
        "es",
        "Detienen en el aeropuerto a una exfiscal anticorrupción que regresaba del exilio",
        "human-rights-defenders",
        id="es-exfiscal",
    ),
    pytest.param(
        "fr",
        "Nicaragua : le gouvernement retire le statut juridique de 200 associations de défense des droits",
        "human-rights-defenders",
        id="fr-statut",
    ),
    pytest.param(
        "fr", "Guatemala : le directeur de journal Luis Pérez maintenu en détention", "press-freedom", id="fr-directeur"
    ),
    pytest.param(
        "fr",
        "Honduras : deux défenseurs d'une rivière arrêtés après une manifestation",
        "human-rights-defenders",
        id="fr-riviere",
    ),
    pytest.param(
        "fr",
        "Salvador : l'avocat de familles de détenus interpellé à son cabinet",
        "human-rights-defenders",
        id="fr-avocat",
    ),
    pytest.param(
        "fr",
        "Le juge ordonne à un reporter de révéler l'identité de sa source",
        "press-freedom",
        id="fr-source",
    ),
    pytest.param(
        "fr", "Le journaliste Paul Mba libéré à la faveur d'une grâce présidentielle", "press-freedom", id="fr-grace"
    ),
]


@pytest.mark.parametrize(("language", "title", "tag"), CASES)
def test_hate_law_prosecutors_ngos_directors_river_defenders_sources_and_pardons_are_rights_cases(
    language: str, title: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, "")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        ("es", "Periodistas y académicos debaten en Lima sobre desinformación y vigilancia"),
        ("en", "Mombasa activist jailed for fake overseas jobs scheme"),
    ],
)
def test_a_debate_and_an_activists_jobs_fraud_are_no_rights_cases(language: str, title: str) -> None:
    assert judged(language, title) == (False, set())
