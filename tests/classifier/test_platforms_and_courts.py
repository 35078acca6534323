"""Platforms and courts (S167-S168): a mobile line cut or bank accounts frozen for a named activist or reporter, a
Telegram channel taken over by the police and its admin charged with an "extremist formation", a judge expelled or
suspended over posts or an interview, a lawyer for protesters disbarred, a union leader sent to an isolation cell,
a prisoner disciplined over a letter are rights cases; a lawyer's professional secrecy is no incommunicado
detention."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

SPEECH = [
    pytest.param(
        "en", "Turkish prosecutor expelled from profession over tweets criticising the government", "", id="en-expelled"
    ),
    pytest.param(
        "en",
        "Judge suspended after radio interview on the new emergency decree",
        "The ministry said her remarks breached the duty of reserve.",
        id="en-judge-suspended",
    ),
    pytest.param(
        "es",
        "Corte da trámite a antejuicio contra jueza que criticó en una columna la reforma judicial",
        "",
        id="es-antejuicio",
    ),
    pytest.param(
        "fr",
        "Biélorussie : l'administrateur d'une chaîne Telegram poursuivi pour « création d'une formation extrémiste »",
        "",
        id="fr-formation-extremiste",
    ),
    pytest.param(
        "vi",
        "Tù nhân bị chuyển sang buồng kỷ luật vì lá thư gửi gia đình được đăng lên mạng",
        "",
        id="vi-buong-ky-luat",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), SPEECH)
def test_a_step_over_a_post_an_interview_a_column_or_a_letter_is_a_speech_case(
    language: str, title: str, summary: str
) -> None:
    assert "free-expression" in reported_and_relevant(language, title, summary)


DEFENDERS = [
    pytest.param(
        "es",
        "Irán bloquea las cuentas bancarias de una activista por los derechos de las mujeres",
        "",
        id="es-cuentas",
    ),
    pytest.param(
        "fr",
        "Radié du barreau pour avoir plaidé la cause de manifestants, un avocat saisit la justice",
        "",
        id="fr-plaide-la-cause",
    ),
    pytest.param(
        "es",
        "Trasladan a celda de aislamiento a dirigente sindical en huelga de hambre",
        "",
        id="es-aislamiento",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), DEFENDERS)
def test_a_step_against_an_activist_a_protesters_lawyer_or_a_union_leader_is_a_defenders_case(
    language: str, title: str, summary: str
) -> None:
    assert "human-rights-defenders" in reported_and_relevant(language, title, summary)


def test_mobile_data_cut_for_named_journalists_is_a_press_case() -> None:
    tags = reported_and_relevant("es", "ETECSA deja sin datos móviles a seis periodistas independientes en Holguín")
    assert "press-freedom" in tags


def test_a_phone_searched_at_the_airport_and_its_data_extracted_is_surveillance_not_incommunicado() -> None:
    tags = reported_and_relevant(
        "fr",
        "À l'aéroport, le téléphone de l'avocat d'un opposant saisi par la police",
        "Son téléphone lui a été rendu le lendemain, après une extraction de données qu'il juge attentatoire au secret "
        "professionnel.",
    )
    assert "surveillance" in tags
    assert "due-process" not in tags


def test_a_judge_suspended_over_bribes_is_no_case() -> None:
    assert judged("en", "Judge suspended over bribes paid by a construction firm", "") == (False, set())
