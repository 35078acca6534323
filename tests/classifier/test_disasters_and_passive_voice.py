"""Disasters and the passive voice (S191-S192): a vlogger convicted of "picking quarrels and provoking trouble" over
flood videos, a newspaper fined over a report on a disaster with the article ordered removed, a programmer fined
for "data espionage" after flagging a flaw, a blogger made to hand over her passwords after an interrogation and a
cartoonist summoned by prosecutors are rights cases."""

import pytest

from tests.classifier.factories import reported_and_relevant

SPEECH = [
    pytest.param(
        "fr", "Chine : un vlogueur condamné pour avoir « cherché querelle et provoqué des troubles »", id="fr-querelle"
    ),
    pytest.param("es", "Un caricaturista, citado por la Fiscalía por un dibujo sobre el alcalde", id="es-citado"),
    pytest.param(
        "en", "Regional newspaper fined over report on dam failure, article ordered removed", id="en-newspaper-fined"
    ),
]


@pytest.mark.parametrize(("language", "title"), SPEECH)
def test_a_report_or_a_drawing_punished_is_a_speech_case(language: str, title: str) -> None:
    assert "free-expression" in reported_and_relevant(language, title, "")


def test_a_fine_for_data_espionage_after_flagging_a_flaw_is_a_research_case() -> None:
    tags = reported_and_relevant("en", "Programmer fined for data espionage after flagging flaw in clinic software", "")
    assert "security-research" in tags


def test_passwords_demanded_after_an_interrogation_is_a_privacy_case() -> None:
    tags = reported_and_relevant(
        "es", "Tras interrogarla durante diez horas, la policía obligó a una tuitera a entregar sus contraseñas", ""
    )
    assert "privacy" in tags
