"""Cybercrime laws and newsrooms' money (S199-S200): state advertising halted or pulled by state firms, newsprint
withheld at customs, a print run seized, press vests and cameras confiscated at a checkpoint, a tax "survey" at a
news site, official advertising withdrawn after reports, a cartoonist jailed under a cybercrime law in Vietnamese
are rights cases; a columnist's damages in a defamation suit and a ring selling fake press cards are not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

CASES = [
    pytest.param(
        "en",
        "Government departments told to halt state advertising to Karachi daily after land-deal series",
        "press-freedom",
        id="en-halt-ads",
    ),
    pytest.param(
        "en",
        "State-owned firms pull advertising from independent weekly after energy reports",
        "press-freedom",
        id="en-state-firms",
    ),
    pytest.param(
        "en",
        "Customs withholds newsprint ordered by opposition newspaper for third month",
        "press-freedom",
        id="en-newsprint",
    ),
    pytest.param(
        "en", "Police seize print run of Harare weekly over cover story on the first lady", "press-freedom", id="en-run"
    ),
    pytest.param(
        "en",
        "Soldiers confiscate press vests and cameras from two reporters at checkpoint",
        "press-freedom",
        id="en-vests",
    ),
    pytest.param(
        "en",
        "Tax officials 'survey' offices of Mumbai news site after series on airport deal",
        "press-freedom",
        id="en-survey",
    ),
    pytest.param(
        "es",
        "El gobierno estatal retira la publicidad oficial a un semanario tras sus reportajes",
        "press-freedom",
        id="es-publicidad",
    ),
    pytest.param(
        "es", "Aduanas retiene el papel de un diario independiente desde hace dos meses", "press-freedom", id="es-papel"
    ),
    pytest.param(
        "es",
        "Militares decomisan las cámaras y los chalecos de prensa de dos reporteros",
        "press-freedom",
        id="es-chalecos",
    ),
    pytest.param(
        "vi",
        "Họa sĩ biếm họa lĩnh án tù theo luật tội phạm mạng vì bức tranh chế giễu chính phủ",
        "free-expression",
        id="vi-toi-pham-mang",
    ),
]


@pytest.mark.parametrize(("language", "title", "tag"), CASES)
def test_an_outlets_advertising_paper_print_run_and_gear_taken_by_the_state_are_rights_cases(
    language: str, title: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, "")


@pytest.mark.parametrize(
    ("language", "title"),
    [
        pytest.param("en", "Novelist ordered to pay senator damages in defamation suit", id="en-damages"),
        pytest.param("fr", "Abidjan : démantèlement d'un réseau qui vendait de fausses cartes de presse", id="fr"),
    ],
)
def test_damages_in_a_defamation_suit_or_fake_press_cards_are_no_case(language: str, title: str) -> None:
    assert judged(language, title, "") == (False, set())
