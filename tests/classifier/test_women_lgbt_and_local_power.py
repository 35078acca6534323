"""Women, LGBT people and local power (S171-S172): a defender sentenced in figures ("condena a 11 años"), TikTokers
jailed for "attacking family values", Pride organisers fined, students acquitted over a Pride march, an LGBT
group's office searched, a #MeToo activist held at a "designated residence", a local reporter booked over a story
and an anti-corruption association suspended are rights cases; a memorial that retells a sentence passed years ago
and a candle-lit vigil with no new information are not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

SPEECH = [
    pytest.param(
        "es",
        "Arabia Saudita condena a 14 años a una defensora de los derechos de las mujeres por sus tuits",
        "",
        id="es-condena-a-14-anos",
    ),
    pytest.param(
        "es",
        "Egipto: tres 'tiktokers' condenadas a prisión por 'atentar contra los valores de la familia' con sus videos",
        "",
        id="es-valores-de-la-familia",
    ),
    pytest.param(
        "en",
        "Police book local reporter over story on missing rations at village school",
        "An FIR accuses him of spreading false information.",
        id="en-police-book",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), SPEECH)
def test_a_sentence_a_morality_charge_or_an_fir_over_what_was_said_is_a_speech_case(
    language: str, title: str, summary: str
) -> None:
    assert "free-expression" in reported_and_relevant(language, title, summary)


DEFENDERS = [
    pytest.param(
        "fr",
        "Hongrie : les organisateurs de la Pride de Szeged frappés d'amendes",
        "",
        id="fr-pride",
    ),
    pytest.param(
        "en",
        "Court acquits 12 students tried over campus Pride march",
        "The members of the LGBT+ solidarity group had been charged with refusing to disperse.",
        id="en-pride-march",
    ),
    pytest.param(
        "es",
        "La policía registra la sede de una organización LGBT en Tiflis y se lleva sus ordenadores",
        "",
        id="es-registra-la-sede",
    ),
    pytest.param(
        "fr",
        "Guinée : le ministère suspend une association anticorruption après son rapport sur la mairie",
        "",
        id="fr-anticorruption",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), DEFENDERS)
def test_a_step_against_pride_organisers_an_lgbt_group_or_an_anticorruption_group_is_a_defenders_case(
    language: str, title: str, summary: str
) -> None:
    assert "human-rights-defenders" in reported_and_relevant(language, title, summary)


def test_an_activist_held_at_a_designated_residence_without_her_lawyer_is_a_custody_defect() -> None:
    tags = reported_and_relevant(
        "vi",
        "Trung Quốc: Nhà hoạt động nữ quyền bị giam ở nơi cư trú chỉ định, luật sư bị từ chối gặp",
        "",
    )
    assert "due-process" in tags


def test_a_memorial_that_retells_an_old_sentence_is_no_case() -> None:
    relevant, _ = judged(
        "es",
        "Con veladoras, periodistas de Veracruz recuerdan a un colega a diez años de su asesinato",
        "En 2018 un juez condenó a dos exagentes a 40 años de prisión por el homicidio.",
    )
    assert not relevant
