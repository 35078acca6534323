"""Placards and minorities (S183-S184): a placard or a blank sheet held up, chants shouted, a collective dissolved for
calling a rally, a minority-language teacher jailed, an Indigenous leader's home searched, a writer charged with
"separatism" or "inciting ethnic hatred" are rights cases."""

import pytest

from tests.classifier.factories import reported_and_relevant

SPEECH = [
    pytest.param("en", "Student arrested over placard at embassy protest charged under Terrorism Act", id="en-placard"),
    pytest.param(
        "en",
        "Grandmother fined 40,000 roubles for discrediting the army over handwritten sign at bus stop",
        id="en-fined-roubles",
    ),
    pytest.param("en", "Pensioner detained for holding blank sheet of paper near Kremlin", id="en-blank-sheet"),
    pytest.param(
        "en", "Bashkir campaigner given four years for inciting ethnic hatred in rally speech", id="en-ethnic-hatred"
    ),
    pytest.param("es", "Detienen a dos estudiantes por gritar consignas contra el gobierno en un estadio", id="es"),
    pytest.param("es", "Condenan a un periodista uigur por «separatismo» por sus artículos en un blog", id="es-uigur"),
]


@pytest.mark.parametrize(("language", "title"), SPEECH)
def test_a_sign_a_chant_or_a_text_punished_is_a_speech_case(language: str, title: str) -> None:
    assert "free-expression" in reported_and_relevant(language, title, "")


DEFENDERS = [
    pytest.param(
        "en", "Interior ministry moves to dissolve feminist collective that called for banned rally", id="en-dissolve"
    ),
    pytest.param("en", "Iran jails Baloch language teacher for 8 years", id="en-language-teacher"),
    pytest.param("fr", "Chili : la police perquisitionne chez un dirigeant mapuche et emporte ses téléphones", id="fr"),
]


@pytest.mark.parametrize(("language", "title"), DEFENDERS)
def test_minority_campaigners_and_collectives_acted_against_are_defenders(language: str, title: str) -> None:
    assert "human-rights-defenders" in reported_and_relevant(language, title, "")
