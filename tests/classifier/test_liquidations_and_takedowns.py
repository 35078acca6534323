"""Laws around the convention and an inbox (S215-S216): NGOs liquidated or fined under foreign-agent and
foreign-influence laws (en, fr), a pensioner fined in roubles for a comment, a court ordering an outlet to take down
its report on a crime (the crime is the report's subject, not the outlet's: `restraint_over_suit`) are rights
cases."""

import pytest

from tests.classifier.factories import reported_and_relevant

CASES = [
    pytest.param(
        "en", "Kyrgyz court orders liquidation of election-monitoring NGO", "human-rights-defenders", id="en-liq"
    ),
    pytest.param(
        "en",
        "Georgian anti-corruption group fined for failing to register under foreign influence law",
        "human-rights-defenders",
        id="en-fined-ngo",
    ),
    pytest.param("en", "Pensioner fined 20,000 roubles for VK comment", "free-expression", id="en-roubles"),
    pytest.param(
        "fr",
        "Géorgie : la justice inflige une amende à une association qui refuse de s'enregistrer",
        "human-rights-defenders",
        id="fr-amende-ong",
    ),
    pytest.param(
        "fr",
        "Le tribunal ordonne à un site d'information de retirer son enquête sur des soupçons de corruption",
        "press-freedom",
        id="fr-takedown-crime",
    ),
    pytest.param(
        "es",
        "Tribunal ordena a un diario digital retirar la nota sobre el fraude en la licitación",
        "press-freedom",
        id="es-takedown-crime",
    ),
]


@pytest.mark.parametrize(("language", "title", "tag"), CASES)
def test_ngos_liquidated_or_fined_comments_fined_and_reports_taken_down_are_rights_cases(
    language: str, title: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, "")
