"""Blind batch S10's misses, read end to end (the watcher's matcher, then the classifier): a rights lawyer struck off
the bar, a blogger barred from leaving the country, an indigenous leader killed, election observers held at a polling
station and made to unlock their phones; and its look-alike, a conference about press freedom and surveillance."""

import pytest

from tests.classifier.factories import arrest, judged, reported_and_relevant
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_watcher.feeds.match import match_item


@pytest.mark.parametrize(
    ("language", "title", "summary", "tag"),
    [
        pytest.param(
            "vi",
            "Luật sư từng bào chữa cho các nhà hoạt động bị xóa tên khỏi Đoàn Luật sư Hà Nội",
            "Ông cho biết quyết định được đưa ra sau khi ông nhận bào chữa cho một nhà hoạt động nhân quyền.",
            "human-rights-defenders",
            id="vi-lawyer-struck-off",
        ),
        pytest.param(
            "en",
            "Human rights lawyer disbarred after defending jailed activists",
            "The bar council gave no reason.",
            "human-rights-defenders",
            id="en-lawyer-disbarred",
        ),
        pytest.param(
            "fr",
            "Une avocate de militants radiée du barreau de Tunis",
            "Elle défendait des militants poursuivis au titre du décret-loi 54.",
            "human-rights-defenders",
            id="fr-avocate-radiee",
        ),
        pytest.param(
            "es",
            "Asesinan a líder indígena y defensor ambiental en el norte del Cauca",
            "El gobernador indígena, quien se oponía a la minería ilegal en su resguardo, fue atacado por hombres "
            "armados. Es el tercer líder social asesinado en el departamento este mes.",
            "human-rights-defenders",
            id="es-lider-indigena-asesinado",
        ),
        pytest.param(
            "es",
            "Retienen a observadores electorales de una ONG y les exigen las contraseñas de sus celulares",
            "Militares retuvieron durante seis horas a cinco observadores de la sociedad civil en un centro de "
            "votación. Los obligaron a desbloquear sus teléfonos.",
            "privacy",
            id="es-observadores-contrasenas",
        ),
    ],
)
def test_a_reprisal_short_of_arrest_is_reported_and_read_as_a_rights_case(
    language: str, title: str, summary: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, summary)


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "vi",
            "Blogger bị chặn tại sân bay, không được xuất cảnh",
            "Anh được thông báo thuộc diện tạm hoãn xuất cảnh để xác minh các bài viết trên Facebook.",
            id="vi-tam-hoan-xuat-canh",
        ),
        pytest.param(
            "es",
            "Dictan prohibición de salida del país a periodista que investigó contratos de la alcaldía",
            "",
            id="es-prohibicion-de-salida",
        ),
        pytest.param("en", "Blogger barred from leaving the country after posts criticising the army", "", id="en"),
    ],
)
def test_a_critic_barred_from_leaving_the_country_is_reported(language: str, title: str, summary: str) -> None:
    assert match_item(title, summary, language=language).matched


def test_a_vote_at_a_polling_station_is_no_bill_being_debated() -> None:
    """ "votación" alone was lawmaking, which made the whole item a bill and the watcher dropped it; a vote on a
    bill still is."""
    event = arrest("La votación del proyecto de ley de ciberdelitos se aplazó", "", language="es")
    assert classify(event, ConventionStatus()).relevance < 0.5


def test_a_conference_on_press_freedom_and_surveillance_is_no_case() -> None:
    relevant, _ = judged(
        "fr",
        "Genève accueille une conférence sur la liberté de la presse à l'ère de l'intelligence artificielle",
        "Rédacteurs en chef et juristes débattront pendant deux jours de désinformation, de surveillance et du "
        "financement du journalisme.",
    )
    assert not relevant
