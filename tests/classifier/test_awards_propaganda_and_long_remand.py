"""Blind batches S11 and S12 and the leftovers of S10, read end to end (the watcher's matcher, then the classifier).

Misses: a fine for liking and sharing "false information", a youth leader charged under Papua New Guinea's Cybercrime
Code, a journalist barred from travelling and kept home by a police cordon, a journalist 600 days in pre-trial
detention on laundering charges, a blogger stopped on her way to a workshop, people questioned about their posts or
their report. Look-alikes: damages a columnist must pay a mayor, a
footballer banned by his federation over a post, a jihadist jailed for Islamic State propaganda.
"""

import pytest

from tests.classifier.factories import judged, reported_and_relevant


@pytest.mark.parametrize(
    ("language", "title", "summary", "tag"),
    [
        pytest.param(
            "vi",
            "Xử phạt 5 triệu đồng một giáo viên vì chia sẻ tin sai sự thật về dịch bệnh",
            "Công an huyện đã mời chị lên làm việc và xử phạt vi phạm hành chính vì bấm thích và chia sẻ bài viết.",
            "free-expression",
            id="vi-fined-for-sharing",
        ),
        pytest.param(
            "es",
            "Periodista independiente impedido de viajar a una conferencia en Miami",
            "Las autoridades migratorias le informaron en el aeropuerto que no puede salir del país.",
            "press-freedom",
            id="es-impedido-de-viajar",
        ),
        pytest.param(
            "es",
            "Directora de un semanario cumple 400 días en prisión preventiva acusada de lavado de dinero",
            "La audiencia de apertura a juicio fue suspendida por séptima vez.",
            "due-process",
            id="es-dias-en-prision-preventiva",
        ),
        pytest.param(
            "vi",
            "Nhà hoạt động bị chặn ở sân bay khi đi dự hội thảo về quyền lao động",
            "Bà bị an ninh cửa khẩu giữ lại và được thông báo thuộc diện tạm hoãn xuất cảnh.",
            "human-rights-defenders",
            id="vi-di-du-hoi-thao",
        ),
        pytest.param(
            "vi",
            "Blogger bị triệu tập, thẩm vấn về các bài viết trên Facebook",
            "Anh bị công an giữ sáu tiếng.",
            "free-expression",
            id="vi-tham-van-ve-bai-viet",
        ),
        pytest.param(
            "en",
            "Youth leader charged under the Cybercrime Code over Facebook posts about an MP",
            "Police charged him with defamatory publication under Section 21 of the Cybercrime Code Act 2016.",
            "free-expression",
            id="en-png-cybercrime-code",
        ),
        pytest.param(
            "en",
            "Journalist questioned over his report on a custodial death",
            "Police kept the freelance reporter for six hours.",
            "free-expression",
            id="en-over-his-report",
        ),
    ],
)
def test_a_step_against_a_critic_short_of_a_speech_charge_is_a_rights_case(
    language: str, title: str, summary: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, summary)


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "fr",
            "Un chroniqueur sportif condamné à verser 30 000 euros à un président de club pour diffamation",
            "Le tribunal a jugé que ses propos à l'antenne avaient porté atteinte à la réputation du dirigeant.",
            id="fr-condamne-a-verser",
        ),
        pytest.param(
            "es",
            "Un comentarista, condenado a pagar una indemnización a un empresario por difamación",
            "El juez consideró que sus publicaciones en redes sociales dañaron la reputación del empresario.",
            id="es-pagar-una-indemnizacion",
        ),
        pytest.param(
            "en",
            "Striker handed a six-match ban over social media post criticising referee",
            "The Football Federation's disciplinary board also fined him for the post.",
            id="en-football-federation",
        ),
        pytest.param(
            "es",
            "Condenado un yihadista que difundía en redes propaganda del Estado Islámico",
            "Fue condenado por enaltecimiento del terrorismo tras llamar a cometer atentados.",
            id="es-yihadista",
        ),
        pytest.param(
            "fr",
            "Un djihadiste condamné pour apologie du terrorisme sur les réseaux sociaux",
            "Il diffusait la propagande de l'État islamique et appelait à commettre des attentats.",
            id="fr-djihadiste",
        ),
        pytest.param(
            "en",
            "Jihadist jailed for sharing Islamic State propaganda online",
            "He posted bomb-making manuals and urged followers to carry out attacks.",
            id="en-jihadist",
        ),
    ],
)
def test_a_private_award_a_sports_sanction_or_terror_propaganda_is_no_rights_case(
    language: str, title: str, summary: str
) -> None:
    relevant, tags = judged(language, title, summary)
    assert not relevant
    assert not tags


def test_a_rapper_convicted_over_lyrics_under_the_same_offence_is_still_a_case() -> None:
    """The jihadist's offence, "enaltecimiento del terrorismo", is the one Spain's courts used against rappers and
    tweeters: only the armed group's propaganda makes it violence."""
    relevant, tags = judged(
        "es",
        "Condenan a un rapero a nueve meses de prisión por enaltecimiento del terrorismo por sus canciones",
        "La Audiencia Nacional consideró delictivas las letras de sus canciones y varios tuits.",
    )
    assert relevant
    assert "free-expression" in tags


@pytest.mark.parametrize(
    ("language", "title"),
    [
        pytest.param(
            "es",
            "Condenan a un periodista a dos años de prisión y a pagar una indemnización a un alcalde por calumnias",
            id="es-prision-e-indemnizacion",
        ),
        pytest.param(
            "fr",
            "Un journaliste condamné à six mois de prison ferme et à verser 5 000 euros à un ministre pour diffamation",
            id="fr-prison-et-verser",
        ),
    ],
)
def test_damages_beside_a_prison_term_are_no_civil_award(language: str, title: str) -> None:
    relevant, tags = judged(language, title, "")
    assert relevant
    assert "press-freedom" in tags
