"""Courts and custody in four languages: a term upheld on appeal is an adverse action, a remand extended is a
due-process concern whichever way the words run, counsel kept from a client is too, and a person taken from home
by men in plain clothes is a disappearance at home, not repression reaching abroad."""

import pytest

from tests.classifier.factories import judged


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "vi",
            "Tòa phúc thẩm tuyên y án 6 năm tù đối với nhà báo Trần Văn Hải",
            "Ông bị kết tội theo Điều 117 vì các bài viết về thu hồi đất.",
            id="vi-y-an",
        ),
        pytest.param(
            "es",
            "Siete años de privación de libertad para periodista por noticias falsas",
            "El tribunal municipal lo sancionó por sus publicaciones en Facebook.",
            id="es-privacion-de-libertad",
        ),
        pytest.param(
            "fr",
            "Trois ans de prison confirmés en appel pour un journaliste poursuivi pour « fausses nouvelles »",
            "La cour a confirmé la peine prononcée pour ses articles sur la gestion des hôpitaux.",
            id="fr-confirme-en-appel",
        ),
        pytest.param(
            "en",
            "High court upholds the sentence of a journalist jailed for 'false information'",
            "Judges dismissed the appeal of the reporter convicted over her articles on ward deaths.",
            id="en-upheld",
        ),
    ],
)
def test_a_term_handed_down_or_upheld_on_appeal_is_an_adverse_action(language: str, title: str, summary: str) -> None:
    relevant, tags = judged(language, title, summary)
    assert relevant
    assert {"press-freedom", "free-expression"} <= tags


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "fr",
            "Un militant poursuivi pour une publication : sa détention provisoire prolongée de quatre mois",
            "",
            id="fr-detention-then-prolonged",
        ),
        pytest.param(
            "es",
            "Activista acusada por sus publicaciones sigue en detención provisional, prorrogada seis meses",
            "",
            id="es-detencion-then-prorrogada",
        ),
        pytest.param(
            "vi",
            "Nhà hoạt động bị bắt theo Điều 331: thời hạn tạm giam tiếp tục được gia hạn",
            "",
            id="vi-thoi-han-then-gia-han",
        ),
        pytest.param(
            "en",
            "Activist held over posts: his remand extended for a third time",
            "",
            id="en-remand-then-extended",
        ),
        pytest.param(
            "vi",
            "Nhà hoạt động môi trường bị tạm giam, luật sư chưa được gặp thân chủ",
            "Luật sư cho biết sau ba tháng vẫn chưa được cơ quan điều tra cho phép gặp thân chủ.",
            id="vi-chua-duoc-gap-than-chu",
        ),
        pytest.param(
            "es",
            "Periodista detenido por un reportaje, sin poder reunirse con su abogado",
            "",
            id="es-sin-poder-reunirse",
        ),
        pytest.param(
            "fr",
            "Un blogueur arrêté pour une vidéo ; ses avocats n'ont pas pu voir leur client",
            "",
            id="fr-pas-pu-voir-leur-client",
        ),
        pytest.param(
            "en",
            "Journalist held over a report: 'We have not seen our client since Friday', lawyers say",
            "",
            id="en-not-seen-our-client",
        ),
        pytest.param(
            "fr",
            "Un journaliste gardé trois semaines sans avoir été présenté à un magistrat",
            "Sa garde à vue se prolonge au-delà des délais légaux.",
            id="fr-magistrat",
        ),
        pytest.param(
            "es",
            "Activista detenida por sus mensajes reaparece tras cinco días en que nadie admitiera tenerla",
            "",
            id="es-nadie-admite-tenerla",
        ),
        pytest.param(
            "en",
            "Editor held over an investigation; two days passed before any lawyer was allowed to see him",
            "",
            id="en-before-any-lawyer-allowed",
        ),
        pytest.param(
            "en",
            "Blogger held over posts about gas prices; the family's lawyer was twice turned away at the door",
            "",
            id="en-lawyer-turned-away",
        ),
        pytest.param(
            "es",
            "Periodista detenido por un reportaje: ninguna autoridad reconoce la detención",
            "",
            id="es-reconoce-la-detencion",
        ),
        pytest.param(
            "vi",
            "Nhà báo bị bắt vì bài viết, gia đình chưa nhận được thông báo nơi giam giữ",
            "",
            id="vi-thong-bao-noi-giam-giu",
        ),
    ],
)
def test_a_remand_extended_either_way_round_or_counsel_kept_away_is_due_process(
    language: str, title: str, summary: str
) -> None:
    relevant, tags = judged(language, title, summary)
    assert relevant
    assert "due-process" in tags


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "fr",
            "Un syndicaliste enlevé à son domicile par des hommes en civil",
            "Depuis dix jours, ni sa famille ni ses avocats ne savent où il est détenu.",
            id="fr-enleve-a-son-domicile",
        ),
        pytest.param(
            "en",
            "Union leader abducted from his home by plain-clothes officers",
            "His family say they have not been told where he is held.",
            id="en-abducted-from-his-home",
        ),
    ],
)
def test_taken_from_home_is_a_disappearance_at_home_not_repression_abroad(
    language: str, title: str, summary: str
) -> None:
    relevant, tags = judged(language, title, summary)
    assert relevant
    assert "due-process" in tags
    assert "transnational-repression" not in tags


@pytest.mark.parametrize(
    ("language", "title", "summary", "tags"),
    [
        pytest.param(
            "vi",
            "Nga: Nhà báo bị quản thúc tại gia vì bài viết về chiến sự",
            'Một tòa án ở Moskva ra lệnh quản thúc tại gia đối với một nữ nhà báo vì các bài viết bị cho là "tin giả".',
            {"press-freedom", "free-expression"},
            id="vi-quan-thuc-tai-gia",
        ),
        pytest.param(
            "fr",
            "Tunisie : une journaliste assignée à résidence après ses chroniques",
            "",
            {"press-freedom"},
            id="fr-assignee-a-residence",
        ),
        pytest.param(
            "vi",
            "Thái Lan: Sinh viên bị kết án 4 năm tù vì tội khi quân",
            "Tòa án Hình sự Bangkok kết án một nữ sinh viên 4 năm tù theo Điều 112 Bộ luật Hình sự và Luật Tội phạm "
            "máy tính vì hai bài đăng trên mạng xã hội về hoàng gia.",
            {"free-expression"},
            id="vi-khi-quan-computer-crime-act",
        ),
        pytest.param(
            "es",
            "Condenan a un rapero a prisión por enaltecimiento del terrorismo en sus tuits",
            "",
            {"free-expression"},
            id="es-enaltecimiento",
        ),
        pytest.param(
            "fr",
            "Côte d'Ivoire : un lanceur d'alerte interpellé, ses téléphones et son ordinateur saisis",
            "",
            {"human-rights-defenders"},
            id="fr-lanceur-d-alerte",
        ),
        pytest.param("en", "Whistleblower arrested after leaking documents on corruption", "", set(), id="en-leaked"),
    ],
)
def test_house_arrest_lese_majeste_glorification_and_whistleblowers_read_in_every_language(
    language: str, title: str, summary: str, tags: set[str]
) -> None:
    """Found missed by a blind tester: the same cases read in English, but not in these languages or wordings."""
    relevant, found = judged(language, title, summary)
    assert relevant
    assert tags <= found
