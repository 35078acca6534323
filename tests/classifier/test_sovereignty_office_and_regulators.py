"""Europe and an inbox (S201-S202): Hungary's Sovereignty Protection Office demanding a watchdog's donors or
investigating an outlet, a broadcast regulator sanctioning a channel for a report, a climate group's homes raided and
accounts frozen, a hearing adjourned in a PECA case, prosecutors asking that a reporter be made to reveal her
sources, reporters barred from press conferences are rights cases; fans held after clashes and a journalist's book
about spyware are not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

CASES = [
    pytest.param(
        "en",
        "Sovereignty Protection Office demands donor lists from anti-corruption watchdog",
        "human-rights-defenders",
        id="en-office",
    ),
    pytest.param(
        "en",
        "Police raid homes of climate group members and freeze its bank accounts",
        "human-rights-defenders",
        id="en-climate",
    ),
    pytest.param(
        "en",
        "Court adjourns hearing in PECA case against YouTube host over 'fake and false information'",
        "free-expression",
        id="en-adjourns",
    ),
    pytest.param(
        "fr",
        "Hongrie : l'Office de protection de la souveraineté ouvre une enquête sur un média indépendant",
        "press-freedom",
        id="fr-office",
    ),
    pytest.param(
        "fr",
        "Le régulateur de l'audiovisuel sanctionne une chaîne pour un reportage sur la police",
        "free-expression",
        id="fr-regulateur",
    ),
    pytest.param(
        "es",
        "La Fiscalía pide que se obligue a una periodista a revelar sus fuentes",
        "press-freedom",
        id="es-fuentes",
    ),
    pytest.param(
        "es",
        "La Oficina de Protección de la Soberanía acusa a un portal de periodismo de investigación de servir a "
        "intereses extranjeros",
        "press-freedom",
        id="es-oficina",
    ),
    pytest.param(
        "vi", "Slovakia: Văn phòng Thủ tướng cấm phóng viên ba tờ báo dự họp báo", "press-freedom", id="vi-hop-bao"
    ),
]


@pytest.mark.parametrize(("language", "title", "tag"), CASES)
def test_sovereignty_offices_regulators_raids_and_bans_on_reporters_are_rights_cases(
    language: str, title: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, "")


@pytest.mark.parametrize(
    ("title"),
    [
        pytest.param("Derby : 20 supporters interpellés pour trouble à l'ordre public après des heurts", id="derby"),
        pytest.param(
            "Dans ce livre qui paraît jeudi, un journaliste raconte son enquête sur les logiciels espions", id="livre"
        ),
    ],
)
def test_fans_held_after_clashes_or_a_book_about_spyware_is_no_case(title: str) -> None:
    assert judged("fr", title, "") == (False, set())
