"""Reach abroad and restraints (S177-S178): an exile's passport revoked or a reward offered for her whereabouts, a
judge's order to unpublish an investigation or to take reports down, a fine for a "false" comment are rights cases;
an exile's own lost libel claim, a forum on the spyware trade and a five-year look back with no new step are not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant


@pytest.mark.parametrize(
    ("title", "summary"),
    [
        ("Bahrain revokes passport of London-based rights campaigner", ""),
        (
            "State television offers reward for information on London-based exiled presenter",
            "A channel linked to the security services broadcast the area where she lives and offered cash for "
            "details of her movements.",
        ),
    ],
)
def test_a_step_against_an_exile_based_abroad_is_a_reach_abroad(title: str, summary: str) -> None:
    assert "transnational-repression" in reported_and_relevant("en", title, summary)


PRESS = [
    pytest.param(
        "fr",
        "Un juge ordonne au quotidien de dépublier une enquête sur un promoteur et lui interdit d'en publier la suite",
        "",
        id="fr-depublier",
    ),
    pytest.param(
        "es",
        "Jueza ordena a portal de noticias bajar notas sobre un alcalde y le prohíbe volver a mencionarlo",
        "",
        id="es-bajar-notas",
    ),
]


@pytest.mark.parametrize(("language", "title", "summary"), PRESS)
def test_a_courts_order_to_unpublish_reports_is_a_press_case(language: str, title: str, summary: str) -> None:
    assert "press-freedom" in reported_and_relevant(language, title, summary)


def test_a_fine_for_a_comment_called_false_is_a_speech_case() -> None:
    tags = reported_and_relevant(
        "vi", "Đăng bình luận sai sự thật về vụ cháy, một người đàn ông bị công an xử phạt 7,5 triệu đồng", ""
    )
    assert "free-expression" in tags


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "en",
            "Exiled activist loses libel claim against businessman",
            "The High Court found the businessman's comments did not defame the campaigner.",
            id="en-libel-claim",
        ),
        pytest.param(
            "en",
            "UN forum hears calls for global moratorium on spyware sales",
            "Delegates and civil society groups debated export controls on commercial surveillance tools.",
            id="en-forum",
        ),
        pytest.param(
            "vi",
            "Nhìn lại 5 năm vụ án một nhóm nhà hoạt động",
            "Bài viết điểm lại quá trình xét xử. Không có diễn biến mới trong vụ án.",
            id="vi-nhin-lai",
        ),
    ],
)
def test_a_lost_libel_claim_a_forum_or_a_look_back_is_no_case(language: str, title: str, summary: str) -> None:
    assert judged(language, title, summary) == (False, set())
