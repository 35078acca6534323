"""Artists and unions (S179-S180): a novelist charged with denigrating Turkishness, a singer fined for discrediting
the army, a state's order to block a broadcaster's documentary, a poetry collection withdrawn and pulped, a
film-maker barred from leaving, an independent union dissolved or declared extremist are rights cases; a
parliament debating whether to abolish an insult offence is not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

SPEECH = [
    pytest.param(
        "en", "Novelist charged with denigrating Turkishness over chapter on 1915 deportations", "", id="en-301"
    ),
    pytest.param("en", "Pop singer fined for discrediting the armed forces after Kazan concert", "", id="en-singer"),
    pytest.param(
        "fr", "La romancière Nadia Khelif convoquée par la police pour son dernier roman", "", id="fr-romanciere"
    ),
    pytest.param(
        "es",
        "Prohíben salir del país a un cineasta tras el estreno de su película sobre la represión",
        "",
        id="es-cineasta",
    ),
    pytest.param(
        "es",
        "Condenan a un repartidor por 'provocar peleas y causar problemas' tras organizar un chat de reclamos",
        "",
        id="es-peleas",
    ),
    pytest.param("vi", "Thu hồi, tiêu hủy tập thơ của nhà thơ Lê Minh vì 'nội dung xuyên tạc'", "", id="vi-tap-tho"),
]


@pytest.mark.parametrize(("language", "title", "summary"), SPEECH)
def test_a_work_or_its_author_acted_against_is_a_speech_case(language: str, title: str, summary: str) -> None:
    assert "free-expression" in reported_and_relevant(language, title, summary)


@pytest.mark.parametrize(
    ("language", "title"),
    [
        pytest.param("en", "Ministry orders YouTube to block foreign broadcaster's documentary on police killings"),
        pytest.param("es", "Juez ordena retirar el documental de una periodista sobre sobornos en la alcaldía"),
    ],
)
def test_an_order_to_take_down_a_documentary_is_a_press_case(language: str, title: str) -> None:
    assert "press-freedom" in reported_and_relevant(language, title, "")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        pytest.param("fr", "Le tribunal prononce la dissolution d'un syndicat autonome des enseignants", id="fr"),
        pytest.param("es", "Bielorrusia declara extremista al sindicato independiente de los mineros", id="es"),
    ],
)
def test_an_independent_union_dissolved_or_listed_is_a_defenders_case(language: str, title: str) -> None:
    assert "human-rights-defenders" in reported_and_relevant(language, title, "")


def test_a_family_that_cannot_see_the_detained_is_a_due_process_case() -> None:
    tags = reported_and_relevant(
        "es", "Detienen a un dirigente vecinal; su familia no ha podido verlo desde el sábado", ""
    )
    assert "due-process" in tags


def test_a_debate_on_abolishing_an_insult_offence_is_no_case() -> None:
    relevant, tags = judged(
        "es",
        "El Senado debate suprimir el delito de injurias a la Corona",
        "La reforma también plantea reformar el Código Penal; sus promotores recordaron a raperos y humoristas "
        "procesados.",
    )
    assert not relevant
    assert tags == set()
