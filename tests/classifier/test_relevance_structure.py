"""Relevance needs the rights role tied to the adverse action: same sentence, nearby, not a victim or past role."""

import pytest

from tests.classifier.factories import arrest
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.lexicon import Signal, lexicon_for
from tocsin_classifier.rules import _sentence_starts, read_signals, ties_of


def _relevant(language: str, title: str, summary: str = "") -> bool:
    alert = classify(arrest(title, summary, language=language), ConventionStatus())
    return alert.relevance >= 0.5


UNTIED = [
    pytest.param("en", "Two men arrested for robbing a photojournalist outside the stadium", "", id="en-victim"),
    pytest.param(
        "en",
        "Crime reporter testifies at trial",
        "The court heard from the reporter. Police later arrested the gang leader.",
        id="en-witness-other-sentence",
    ),
    pytest.param("en", "Former columnist arrested over unpaid parking fines", "", id="en-former-role"),
    pytest.param("vi", "Bắt tạm giam hai đối tượng hành hung phóng viên", "", id="vi-victim"),
    pytest.param("vi", "Khởi tố cựu phóng viên về hành vi nhận hối lộ", "", id="vi-former-role"),
    pytest.param("fr", "Une journaliste agressée, un supporter placé en garde à vue", "", id="fr-victim"),
    pytest.param("fr", "Un ancien militant placé en garde à vue pour conduite dangereuse", "", id="fr-former-role"),
    pytest.param("es", "Detienen a un hombre que robó la cámara de un fotoperiodista", "", id="es-victim"),
    pytest.param("es", "Una activista declaró como testigo; la policía detuvo al acusado", "", id="es-witness"),
]


@pytest.mark.parametrize(("language", "title", "summary"), UNTIED)
def test_a_rights_role_that_is_not_the_target_ties_nothing_and_is_not_relevant(
    language: str, title: str, summary: str
) -> None:
    """A victim, witness or past role next to someone else's arrest is no rights case."""
    text = f"{title}\n{summary}"
    hits = lexicon_for(language).find(text)
    roles = {Signal.JOURNALIST, Signal.DEFENDER}
    assert not [t for t in ties_of(hits, text) if t[0] in roles]
    assert not _relevant(language, title, summary)


TIED = [
    pytest.param("en", "Police arrested the investigative reporter at her home", "", "reporter", id="en"),
    pytest.param("vi", "Bắt tạm giam nhà báo độc lập theo Điều 117", "", "nhà báo độc lập", id="vi"),
    pytest.param("fr", "La militante écologiste placée en garde à vue à Rennes", "", "militante", id="fr"),
    pytest.param("es", "Detienen a la periodista tras su reportaje sobre los hospitales", "", "periodista", id="es"),
]


@pytest.mark.parametrize(("language", "title", "summary", "role"), TIED)
def test_a_rights_role_next_to_the_action_is_tied_and_relevant(
    language: str, title: str, summary: str, role: str
) -> None:
    """The person acted against, in the same sentence and a few words away, is tied and the item relevant."""
    text = f"{title}\n{summary}"
    assert role in [quote for _, quote, _ in ties_of(lexicon_for(language).find(text), text)]
    assert _relevant(language, title, summary)


def test_a_headline_role_ties_to_the_arrest_in_the_next_sentence() -> None:
    """ "Activist Ngo Thi Lan" in the headline, "she was detained" in the summary: one case."""
    text = "Bắt nhà hoạt động môi trường về tội trốn thuế\nCông an đã bắt tạm giam bà Lan hôm qua."
    assert [s for s, _, _ in ties_of(lexicon_for("vi").find(text), text)] == [Signal.DEFENDER]


def test_a_role_far_from_the_action_in_a_long_sentence_is_not_tied() -> None:
    """More than WINDOW words apart, the role is someone else in the sentence."""
    text = (
        "Police arrested a man on Monday after a long investigation into stolen bicycles sold online across the "
        "region, which a local journalist had written about"
    )
    assert not [t for t in ties_of(lexicon_for("en").find(text), text) if t[0] is Signal.JOURNALIST]


def test_sentences_split_before_a_capital_but_not_inside_legal_references() -> None:
    """ "art. 117" and "s. 26-A" go on; ". Police" starts a sentence; a line break always does."""
    assert _sentence_starts("Charged under s. 26-A of PECA. Police said so.", 100) == [7]
    assert _sentence_starts("Title here\nSummary « quoted » text. Next one", 100) == [2, 5]


def test_signals_with_the_same_phrases_but_different_ties_differ() -> None:
    """The judgement cache keys on ties too: a tied and an untied reading are never confused."""
    tied = read_signals("Police arrested the reporter", "en")
    untied = read_signals("Police arrested the man. The reporter watched", "en")
    assert tied.phrases(Signal.JOURNALIST) == untied.phrases(Signal.JOURNALIST) == ["reporter"]
    assert tied != untied
    assert tied == read_signals("Police arrested the reporter", "en")


def test_rationale_names_the_person_and_the_action_against_them() -> None:
    """The operator reads who was acted against and by what."""
    alert = classify(arrest("Journalist arrested over a Facebook post", language="en"), ConventionStatus())
    assert "'Journalist' is the target of 'arrested'" in alert.rationale
