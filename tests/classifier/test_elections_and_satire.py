"""Elections and satire (S173-S174): a voter fined for posting his ballot, an electoral tribunal's fine on a daily for a
poll, an election observer sentenced, cartoonists detained for "degrading religious values", a comedian held for
"hurting religious feelings", a satirical page ordered shut and its admins' data requested, a convert jailed for
"propaganda against the system" are rights cases; a radio host buying votes and a mob's lynching are not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

SPEECH = [
    pytest.param(
        "es",
        "Multa a un votante por publicar en TikTok su papeleta y cuestionar el conteo",
        "",
        id="es-votante",
    ),
    pytest.param(
        "es",
        "Detienen a un comediante por un monólogo que hiere los sentimientos religiosos",
        "",
        id="es-sentimientos-religiosos",
    ),
    pytest.param(
        "en",
        "Police detain two cartoonists from satirical magazine over cover drawing",
        "They are accused of publicly degrading religious values.",
        id="en-cover-drawing",
    ),
    pytest.param(
        "fr",
        "Iran : un converti condamné à cinq ans de prison pour « propagande contre le système »",
        "",
        id="fr-propagande-contre-le-systeme",
    ),
    pytest.param(
        "es",
        "El regulador ordena cerrar una página satírica por sus publicaciones y pide a Meta los datos de sus "
        "administradores",
        "",
        id="es-pagina-satirica",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), SPEECH)
def test_a_step_over_a_post_a_joke_a_cartoon_or_a_satire_page_is_a_speech_case(
    language: str, title: str, summary: str
) -> None:
    assert "free-expression" in reported_and_relevant(language, title, summary)


def test_an_electoral_tribunals_fine_on_a_daily_is_a_press_case() -> None:
    tags = reported_and_relevant("es", "JEE multa a diario de Arequipa por difundir una encuesta durante la veda", "")
    assert "press-freedom" in tags


def test_an_election_observer_sentenced_is_a_defenders_case() -> None:
    tags = reported_and_relevant(
        "fr", "Russie : un observateur de Golos condamné à quatre ans de colonie pour « organisation indésirable »", ""
    )
    assert "human-rights-defenders" in tags


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "es", "Detienen a locutor de radio por repartir despensas a cambio del voto", "", id="es-compra-de-votos"
        ),
        pytest.param(
            "en",
            "Court sentences five to death for lynching of man accused of blasphemy",
            "The mob beat him to death after rumours spread.",
            id="en-lynching",
        ),
    ],
)
def test_vote_buying_by_a_host_or_a_mobs_lynching_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary) == (False, set())
