"""Russia, Belarus and an inbox (S197-S198): a chat's moderator jailed for an "extremist formation", a student
sentenced for "justifying terrorism" in a comment, a lawyer who heads a rights organisation's legal unit barred from
travel, an investigative portal declared "undesirable", a housing campaigners' spokeswoman detained are rights cases;
a mediation between states over a spy is not a journalist's case."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

CASES = [
    pytest.param(
        "en",
        "Belarus court jails moderator of district news chat for 'extremist formation'",
        "free-expression",
        id="en-formation",
    ),
    pytest.param(
        "en",
        "Student sentenced to four years for justifying terrorism in a VKontakte comment",
        "free-expression",
        id="en-justifying",
    ),
    pytest.param(
        "en",
        "Egypt: lawyer who heads legal unit of a rights organisation barred from travel",
        "human-rights-defenders",
        id="en-heads",
    ),
    pytest.param(
        "es", "Rusia declara «indeseable» al portal de investigación Vazhnie Istorii", "press-freedom", id="es-portal"
    ),
    pytest.param(
        "es",
        "Detienen a una portavoz de la Plataforma de Afectados por la Hipoteca",
        "human-rights-defenders",
        id="es-pah",
    ),
]


@pytest.mark.parametrize(("language", "title", "tag"), CASES)
def test_moderators_students_lawyers_portals_and_campaigners_acted_against_are_rights_cases(
    language: str, title: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, "")


def test_a_mediation_between_states_is_not_the_press() -> None:
    relevant, tags = judged("fr", "Moscou : échec de la médiation, le procès de l'espion condamné reprend", "")
    assert (relevant, tags) == (False, set())
