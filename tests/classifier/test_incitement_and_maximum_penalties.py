"""Blind batch S16 (a week of four regional desks), read end to end.

Its first score was 0.97, every rights case found; the false alarms: a man jailed for videos urging arson attacks on
asylum hotels, a tweeter convicted for calling to "cazar" migrant children (both 0.50), and a bill that would punish
"noticias falsas" with "hasta cuatro años de prisión" (0.60: the maximum penalty read as a sentence). A tag missed:
a blogger deported home and "arrested on arrival".
"""

import pytest

from tests.classifier.factories import judged, reported_and_relevant


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Man jailed for six years over videos urging arson attacks on asylum hotels",
            "He published videos on TikTok that urged followers to set fire to the hotels.",
            id="en-urged-to-set-fire",
        ),
        pytest.param(
            "es",
            "Condenado a tres años un tuitero que llamó a «cazar» a menores migrantes",
            "La Audiencia ha condenado a tres años de prisión a un hombre que publicó en X mensajes que llamaban a "
            "«salir a cazar» a los menores migrantes de un centro.",
            id="es-llamaban-a-cazar",
        ),
        pytest.param(
            "es",
            "El Congreso debate un proyecto que castiga la difusión de noticias falsas en redes",
            "La reforma sancionaría con hasta cuatro años de prisión a quien difunda noticias falsas.",
            id="es-hasta-cuatro-anos",
        ),
    ],
)
def test_incitement_to_violence_and_a_bills_maximum_penalty_are_no_rights_case(
    language: str, title: str, summary: str
) -> None:
    relevant, tags = judged(language, title, summary)
    assert not relevant
    assert not tags


def test_a_blogger_deported_home_and_arrested_on_arrival_is_transnational() -> None:
    tags = reported_and_relevant(
        "en",
        "Gulf state deports blogger who faces charges at home over Facebook posts",
        "He was arrested on arrival in Cairo, his wife said.",
    )
    assert "transnational-repression" in tags
