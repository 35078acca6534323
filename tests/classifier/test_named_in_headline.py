"""A person the headline names at an action, given a role beside the same name in the summary, is the one acted
against (`named.named_ties`); not a victim, a place or a Title Case headline's words."""

import pytest

from tests.classifier.factories import judged
from tocsin_classifier.findings import read_signals
from tocsin_classifier.named import named_ties
from tocsin_lexicon import Signal, lexicon_for

NAMED_THEN_ROLE = [
    (
        "vi",
        "Hoàng Văn Tú bị chặn xuất cảnh tại sân bay Tân Sơn Nhất",
        "Ông Hoàng Văn Tú, nhà hoạt động nhân quyền từng vận động cho quyền lợi công nhân, cho biết ông bị giữ lại khi"
        " làm thủ tục đi Bangkok.",
        Signal.DEFENDER,
    ),
    (
        "en",
        "Police detain Amina Yusuf at Abuja airport",
        "Amina Yusuf, a reporter with an independent online newspaper, was held for six hours and her phone searched.",
        Signal.JOURNALIST,
    ),
    (
        "es",
        "Zhou Wei pierde su licencia tras defender a trabajadores despedidos",
        "La Oficina de Justicia revocó la licencia de Zhou Wei, abogado de derechos humanos, alegando que había"
        " perturbado el orden del tribunal.",
        Signal.DEFENDER,
    ),
    (
        "es",
        "Detienen a Lucía Ortega en Managua",
        "Lucía Ortega, periodista independiente, fue trasladada a una estación policial.",
        Signal.JOURNALIST,
    ),
]


@pytest.mark.parametrize(("language", "title", "summary", "role"), NAMED_THEN_ROLE)
def test_a_person_named_at_the_headlines_action_takes_the_summarys_role(
    language: str, title: str, summary: str, role: Signal
) -> None:
    signals = read_signals(f"{title}\n{summary}", language)
    assert role in signals.tied()
    assert judged(language, title, summary)[0] is True


@pytest.mark.parametrize(
    ("language", "title", "summary", "role"),
    [
        (
            "en",
            "Security agents detain Grace Okafor in Lagos",
            "Okafor, an editor at an online daily, was held.",
            Signal.JOURNALIST,
        ),
        (
            "vi",
            "Lương Thị Hạnh bị tạm giữ tại sân bay Tân Sơn Nhất",
            "Bà Hạnh, nhà hoạt động môi trường, bị giữ lại khi làm thủ tục.",
            Signal.DEFENDER,
        ),
    ],
)
def test_news_repeats_a_name_by_its_last_word(language: str, title: str, summary: str, role: Signal) -> None:
    """A review: "Okafor, an editor", "Bà Hạnh, nhà hoạt động" name the headline's person by the last word only."""
    assert role in read_signals(f"{title}\n{summary}", language).tied()


def test_a_role_after_a_verb_is_someone_else() -> None:
    """Only apposition gives the named person a role: in "Tom Baker followed journalist Mary Cole" the journalist is
    the one followed (a review's probe read 0.70)."""
    text = "Police arrest Tom Baker in Leeds\nTom Baker followed journalist Mary Cole home for weeks."
    hits, words = lexicon_for("en").read(text)
    assert named_ties(hits, words, 6) == []


@pytest.mark.parametrize(
    ("language", "title", "summary"),
    [
        # the one the headline names is the victim
        (
            "en",
            "Man arrested for attacking Maria Santos outside her home",
            "Maria Santos, a radio journalist, was treated in hospital for bruises; police said the suspect was her"
            " neighbour.",
        ),
        # a place after the action, not a name of the one acted against
        (
            "en",
            "Three men arrested in Phnom Penh over online loan fraud",
            "In Phnom Penh, journalist groups had warned about the scam apps, police said.",
        ),
    ],
)
def test_a_victim_a_place_or_a_title_case_headline_names_no_one_acted_against(
    language: str, title: str, summary: str
) -> None:
    roles = {Signal.JOURNALIST, Signal.DEFENDER, Signal.RESEARCHER}
    assert not read_signals(f"{title}\n{summary}", language).tied() & roles


@pytest.mark.parametrize(
    ("language", "title", "relevant"),
    [
        ("en", "Belarus strips rights lawyer of her licence after she defended protesters", True),
        ("en", "Justice ministry revokes licence of rights lawyer who defended jailed reporters", True),
        ("fr", "Biélorussie : une avocate des droits humains privée de sa licence", True),
        ("es", "Pekín revoca la licencia del abogado de derechos humanos Zhou Wei", True),
        ("en", "Kazakh bank pays researcher record bounty for app flaw", False),
        ("en", "Government revokes export licence of arms maker", False),
    ],
)
def test_a_licence_taken_from_a_rights_lawyer_is_a_step_a_bounty_paid_is_none(
    language: str, title: str, relevant: bool
) -> None:
    assert judged(language, title)[0] is relevant


def test_a_title_case_headline_names_no_one() -> None:
    """Every word of a headline printed in Title Case is capitalised: no run of them is read as a name."""
    text = "Police Detain Amina Yusuf At Abuja Airport\nAmina Yusuf, a reporter, was held for six hours."
    hits, words = lexicon_for("en").read(text)
    assert named_ties(hits, words, 7) == []
    lowered = "Police detain Amina Yusuf at Abuja airport\nAmina Yusuf, a reporter, was held for six hours."
    hits, words = lexicon_for("en").read(lowered)
    assert [signal for signal, _, _ in named_ties(hits, words, 7)] == [Signal.JOURNALIST]
