"""Sport and faith (S159-S162): fans, athletes and fan pages acted against over a chant, a banner, a tifo, a meme or a
post, and a preacher held under residential surveillance over online sermons, are speech cases; a
betting ring, rioters, a sect leader's trafficking and an armed group's attack that share their words are not. An
exile's relatives held after he spoke to foreign media are a reach abroad."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

FANS_ATHLETES_AND_PREACHERS = [
    pytest.param("en", "Iran seizes passport of national team midfielder after Instagram post", "", id="en-passport"),
    pytest.param(
        "fr",
        "Un décret dissout le groupe de supporters « Les Lions » après des tifos hostiles au pouvoir",
        "",
        id="fr-groupe-de-supporters-dissous",
    ),
    pytest.param(
        "es",
        "La Audiencia cita como investigados a dos aficionados por injurias a la Corona en una pancarta",
        "",
        id="es-cita-como-investigados",
    ),
    pytest.param(
        "es",
        "Gobernación cancela la personería jurídica de la barra tras su mosaico por los presos políticos",
        "",
        id="es-mosaico",
    ),
    pytest.param(
        "vi",
        "Tạm giữ quản trị viên trang người hâm mộ vì đăng ảnh chế Chủ tịch UBND tỉnh",
        "",
        id="vi-anh-che",
    ),
    pytest.param(
        "en",
        "House church pastor placed under residential surveillance after online sermons",
        "He is suspected of inciting subversion of state power, his wife said.",
        id="en-rsdl",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), FANS_ATHLETES_AND_PREACHERS)
def test_a_step_over_a_chant_a_banner_a_meme_or_a_sermon_is_a_speech_case(
    language: str, title: str, summary: str
) -> None:
    assert "free-expression" in reported_and_relevant(language, title, summary)


def test_an_exiles_relatives_held_after_he_spoke_to_foreign_media_are_a_reach_abroad() -> None:
    tags = reported_and_relevant(
        "en",
        "Uyghur activist in the Netherlands says police took his sister after his BBC interview",
        "Officers in Ghulja detained his sister two days after he spoke to foreign media about the camps. Neither has "
        "been heard from since.",
    )
    assert "transnational-repression" in tags


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Police bust football betting ring run through Telegram",
            "Fourteen people are charged with organising gambling; officers seized phones and laptops.",
            id="en-betting-ring",
        ),
        pytest.param(
            "fr",
            "Un chef séparatiste condamné à mort pour l'attentat du marché",
            "Le tribunal l'a reconnu coupable d'actes de terrorisme et d'assassinats ; ses vidéos publiées sur "
            "Facebook figuraient parmi les pièces.",
            id="fr-attentat",
        ),
        pytest.param(
            "vi",
            "Tuyên án các bị cáo trong vụ dùng súng tấn công trụ sở xã",
            "Các bị cáo bị tuyên phạt về tội khủng bố nhằm chống chính quyền nhân dân, làm chết 2 cán bộ.",
            id="vi-tan-cong",
        ),
    ],
)
def test_a_gang_an_attack_or_a_bombing_that_shares_those_words_is_no_case(
    language: str, title: str, summary: str
) -> None:
    assert judged(language, title, summary) == (False, set())
