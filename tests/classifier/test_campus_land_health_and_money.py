"""Campuses, land, hospitals and money (S163-S166): conservation groups listed as "undesirable" or as foreign agents,
defenders named by the mine or dam they opposed, a spokeswoman fined under the gag law, a journalist barred from
leaving the country (arraigo), a nurse freed on bail after months in Evin, a magazine ordered to delete its reports and
a daily barred from publishing are rights cases; a presenter's drink-driving crash, a campaigner's arson, an activist's
machete attack in a boundary dispute and a student's keylogger to change his grades are not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

GROUPS_AND_DEFENDERS = [
    pytest.param(
        "en", "Prosecutors declare Altai conservation group 'undesirable'", "Its volunteers face prison.", id="en-group"
    ),
    pytest.param(
        "en",
        "Justice Ministry adds Siberian conservation group to 'foreign agents' register",
        "The group had campaigned against a coal terminal.",
        id="en-foreign-agents",
    ),
    pytest.param(
        "fr",
        "Russie : une association de défense de la taïga déclarée « indésirable » par le parquet",
        "Toute participation à ses activités est désormais passible de poursuites.",
        id="fr-indesirable",
    ),
    pytest.param(
        "fr",
        "Honduras : un dirigeant autochtone opposé à la mine d'or placé en détention provisoire",
        "",
        id="fr-oppose-a-la-mine",
    ),
    pytest.param(
        "es",
        "Multan con 600 euros a la portavoz de la plataforma en defensa del río por una protesta",
        "La Delegación del Gobierno le aplicó la Ley de Seguridad Ciudadana.",
        id="es-multan-con",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), GROUPS_AND_DEFENDERS)
def test_a_group_or_a_defender_named_by_the_project_they_opposed_is_a_defenders_case(
    language: str, title: str, summary: str
) -> None:
    assert "human-rights-defenders" in reported_and_relevant(language, title, summary)


PRESS = [
    pytest.param(
        "es",
        "Fiscalía cita a periodista que documentó vertidos de una minera y una jueza le impone arraigo",
        "",
        id="es-arraigo",
    ),
    pytest.param(
        "en",
        "Regulator orders news magazine to delete reports on flood deaths",
        "The reporter who wrote them was told she may not publish under her own name.",
        id="en-delete-reports",
    ),
    pytest.param(
        "en",
        "High Court bars Lagos daily from publishing leaked audit of state oil firm",
        "The order was granted ex parte on the company's application.",
        id="en-barred-from-publishing",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), PRESS)
def test_a_step_against_a_reporter_or_an_outlet_is_a_press_case(language: str, title: str, summary: str) -> None:
    assert "press-freedom" in reported_and_relevant(language, title, summary)


def test_a_release_on_bail_after_months_in_evin_over_posts_is_a_speech_case() -> None:
    tags = reported_and_relevant(
        "fr", "Iran : un médecin libéré sous caution après trois mois à Evin pour des publications Instagram"
    )
    assert "free-expression" in tags


def test_lawyers_who_cannot_locate_the_held_is_a_custody_defect() -> None:
    tags = reported_and_relevant(
        "en",
        "Student activist detained by immigration agents after campus op-ed",
        "His lawyers said they could not locate him for two days after his arrest.",
    )
    assert "due-process" in tags


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Radio presenter charged after crash that killed pedestrian",
            "Police said his blood alcohol reading was twice the legal limit.",
            id="en-crash",
        ),
        pytest.param(
            "en",
            "Anti-logging campaigner jailed for arson attack on sawmill owner's home",
            "",
            id="en-arson",
        ),
        pytest.param(
            "es",
            "Detienen a activista vecinal acusado de herir con un machete a un hombre en una disputa por linderos",
            "",
            id="es-machete",
        ),
        pytest.param(
            "en",
            "University student arrested for using keylogger to change his grades",
            "He stole a lecturer's password from a lab computer.",
            id="en-keylogger",
        ),
    ],
)
def test_a_crash_an_arson_an_assault_or_a_grade_hack_by_such_people_is_no_case(
    language: str, title: str, summary: str
) -> None:
    assert judged(language, title, summary) == (False, set())
