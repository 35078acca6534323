"""Follow-ups, anniversaries and an inbox (S219-S220): parole refused to a jailed activist, an outlet added to the
'extremist materials' list (en) or a group listed as an 'extremist formation' (fr), a programmer fined after
disclosing a flaw, a reporter held where his family is not told, rights-group staff's homes searched, and a union
leader tried over his speeches are rights cases; a Vietnamese retelling of an arrest years on, a freed prisoner's
recollections, a columnist ordered to pay a mayor damages (fr) and a forum on surveillance (es) are not."""

import pytest

from tests.classifier.factories import judged, reported_and_relevant

CASES = [
    pytest.param(
        "en", "Prison board denies parole to blogger serving 12 years for insulting royalty", "free-expression"
    ),
    pytest.param("en", "Russia adds independent news site to extremist materials list", "press-freedom", id="en-list"),
    pytest.param(
        "fr",
        "Le ministère inscrit un collectif de défense des droits comme organisation extrémiste",
        "human-rights-defenders",
        id="fr-list",
    ),
    pytest.param("en", "Developer fined after reporting a flaw in the city's parking app", "security-research"),
    pytest.param(
        "en",
        "Police search homes of staff members of human rights centre in Grodno",
        "human-rights-defenders",
        id="en-staff-search",
    ),
]


@pytest.mark.parametrize(("language", "title", "tag"), CASES)
def test_parole_refused_extremist_listings_fined_finders_and_searched_rights_staff_are_rights_cases(
    language: str, title: str, tag: str
) -> None:
    assert tag in reported_and_relevant(language, title, "")


def test_a_reporter_held_where_his_family_is_not_told_is_a_due_process_case() -> None:
    assert "due-process" in reported_and_relevant(
        "en",
        "Reporter detained in Karachi",
        "His brother said the agency will not disclose where he is held. No case has been registered.",
    )


def test_a_union_leader_tried_over_his_speeches_is_a_rights_case() -> None:
    assert "human-rights-defenders" in reported_and_relevant(
        "en",
        "Court acquits union leader",
        "The garment workers' union president had been prosecuted over his speeches at a rally.",
    )


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        pytest.param(
            "vi",
            "Ba năm sau ngày blogger Trần Văn Hùng bị bắt: gia đình vẫn nhớ",
            "Ông Hùng đã ra tù năm ngoái; bạn bè nhắc lại những bài viết của ông.",
            id="vi-anniversary",
        ),
        pytest.param(
            "vi",
            "Cựu tù nhân chính trị kể lại những năm trong trại giam",
            "Ông nhớ lại quãng thời gian bị biệt giam và những bức thư gửi về cho gia đình.",
            id="vi-recollection",
        ),
        pytest.param(
            "fr",
            "Une animatrice condamnée à verser 15 000 $ à l'ex-maire de Gatineau",
            "La Cour supérieure juge que ses propos à l'antenne étaient diffamatoires.",
            id="fr-damages",
        ),
        pytest.param(
            "es",
            "Universidad analiza los retos de la vigilancia digital en un encuentro virtual",
            "Participaron periodistas, activistas y académicos.",
            id="es-forum",
        ),
    ],
)
def test_look_backs_damages_to_a_mayor_and_forums_are_no_rights_case(language: str, title: str, summary: str) -> None:
    relevant, tags = judged(language, title, summary)
    assert not relevant
    assert not tags
