"""Schools, stadiums and courts (S185-S188): a pupil fined for "discrediting" the army, fans charged for booing an
anthem, police uploading a forced apology, a footballer raided for an open letter, an account suspended by a state
order, a student reported for flagging a flaw, a reporter ordered to reveal his sources, a conviction quashed and a
group of political prisoners' supporters declared "extremist" are rights cases."""

import pytest

from tests.classifier.factories import reported_and_relevant

SPEECH = [
    pytest.param("en", "Police upload apology video to blogger's account after critical post", id="en-apology"),
    pytest.param(
        "en", "Security service raids home of footballer who signed open letter against the war", id="en-letter"
    ),
    pytest.param(
        "fr", "Russie : un lycéen condamné à une amende pour avoir « discrédité l'armée » sur VKontakte", id="fr-armee"
    ),
    pytest.param("fr", "Hongkong : deux supporters arrêtés pour avoir hué l'hymne national", id="fr-hymne"),
    pytest.param(
        "fr", "Niger : la Cour de cassation annule la condamnation d'un blogueur pour diffamation", id="fr-cassation"
    ),
    pytest.param(
        "es", "Pekín ordena suspender la cuenta de una actriz que compartió imágenes de la vigilia", id="es-cuenta"
    ),
    pytest.param(
        "es",
        "Multan a una fotoperiodista por la Ley de Seguridad Ciudadana tras grabar a los agentes en un desalojo",
        id="es-grabar",
    ),
]


@pytest.mark.parametrize(("language", "title"), SPEECH)
def test_what_was_said_shown_or_posted_punished_is_a_speech_case(language: str, title: str) -> None:
    assert "free-expression" in reported_and_relevant(language, title, "")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        pytest.param("en", "Programmer fined for flagging flaw in ticket app", id="en"),
        pytest.param(
            "es", "La Fiscalía denuncia a un estudiante que alertó de una falla en el portal de becas", id="es"
        ),
    ],
)
def test_someone_punished_for_reporting_a_flaw_is_a_research_case(language: str, title: str) -> None:
    assert "security-research" in reported_and_relevant(language, title, "")


def test_a_reporter_ordered_to_reveal_his_sources_is_a_press_case() -> None:
    tags = reported_and_relevant("fr", "Québec : un tribunal ordonne à un reporter de dévoiler ses sources", "")
    assert "press-freedom" in tags


@pytest.mark.parametrize(
    ("language", "title"),
    [
        pytest.param(
            "fr",
            "Biélorussie : un collectif de soutien aux prisonniers politiques déclaré « extrémiste » par la justice",
            id="fr-extremiste",
        ),
        pytest.param(
            "es", "Pegasus en el teléfono de un abogado de familias de desaparecidos, confirma Citizen Lab", id="es"
        ),
    ],
)
def test_defenders_of_prisoners_and_the_disappeared_acted_against(language: str, title: str) -> None:
    assert "human-rights-defenders" in reported_and_relevant(language, title, "")
