"""Turkey, Azerbaijan, Serbia, Hungary and the Balkans, and an inbox (S221-S222): a sovereignty office's probe into a
watchdog's funding (the watchdog is someone, said in the possessive), a judge's access ban on news reports (reports
are no whole profession), an outlet ordered to reveal its source in a smuggling case, a site ordered by a commercial
court to take down its investigation (the company is the report's subject), a regulator suspending a channel's
signal (fr), an outlet's director jailed on a smuggling charge (es, vi), a Kurdish lawyer jailed for 'terrorist
propaganda' over his speeches (es) and students' phones infected with spyware (fr) are rights cases; a columnist
ordered to pay a mayor for harm to his honour (es) is not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

CASES = [
    pytest.param(
        "en",
        "Sovereignty Protection Office opens probe into anti-corruption watchdog's grants",
        "human-rights-defenders",
        id="en-watchdog",
    ),
    pytest.param("en", "Istanbul judge blocks access to news reports on mayor's nephew", "press-freedom"),
    pytest.param(
        "en",
        "Court orders news portal to reveal source of leaked customs smuggling file",
        "press-freedom",
        id="en-source",
    ),
    pytest.param(
        "fr",
        "Le tribunal de commerce ordonne à un site d'information de retirer son enquête sur une banque",
        "press-freedom",
        id="fr-commerce",
    ),
    pytest.param(
        "fr", "Le régulateur suspend pendant une semaine le signal de Walf TV", "press-freedom", id="fr-signal"
    ),
    pytest.param(
        "es", "Ocho años de prisión para el editor de Toplum TV, acusado de contrabando", "press-freedom", id="es"
    ),
    pytest.param("vi", "Tòa án Baku tuyên 8 năm tù phóng viên Meydan TV với tội danh buôn lậu", "press-freedom"),
    pytest.param(
        "es",
        "Condenan a un abogado a cinco años por propaganda terrorista por sus discursos",
        "free-expression",
        id="es-discursos",
    ),
    pytest.param(
        "fr",
        "Des étudiants mobilisés convoqués par la police, leurs téléphones infectés par un logiciel espion",
        "surveillance",
        id="fr-spyware",
    ),
]


@pytest.mark.parametrize(("language", "title", "tag"), CASES)
def test_probes_access_bans_source_orders_signals_and_smuggling_pretexts_are_rights_cases(
    language: str, title: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, "")


def test_a_columnist_ordered_to_pay_a_mayor_for_harm_to_his_honour_is_no_rights_case() -> None:
    relevant, tags = judged(
        "es", "Una columnista, condenada a pagar 2.000 euros a un concejal por daño al honor", "Indemnización civil."
    )
    assert not relevant
    assert not tags
