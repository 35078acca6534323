"""Relevance needs the rights role tied to the adverse action: same sentence, nearby, not a victim or past role."""

import pytest

from tests.classifier.factories import arrest
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.lexicon import Signal, lexicon_for
from tocsin_classifier.rules import read_signals
from tocsin_classifier.ties import sentence_starts, ties_of


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
    assert sentence_starts("Charged under s. 26-A of PECA. Police said so.") == [7]
    assert sentence_starts("Title here\nSummary « quoted » text. Next one") == [2, 5]


def test_sentence_starts_count_words_across_separators_outside_ascii() -> None:
    """Curly apostrophes, no-break spaces, dashes and accents are counted as the lexicon counts words."""
    assert sentence_starts("L\u2019activiste arrêtée\u00a0: «\u00a0non\u00a0» \u2014 dit-elle.\nÉtape deux") == [6]
    assert sentence_starts("Bắt tạm giam nhà báo\nCông an cho biết. Ông ấy") == [5, 9]


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


def _roles_tied(language: str, text: str) -> list[str]:
    return [q for sig, q, _ in ties_of(lexicon_for(language).find(text), text) if sig is not Signal.SPEECH]


CLAIMED = [
    pytest.param("en", "Crime spree: a suspect was arrested, an activist's shop among those hit", id="en"),
    pytest.param("vi", "Tài xế bị bắt sau vụ việc khiến một nhà báo bị thương", id="vi"),
    pytest.param("fr", "Cambriolages : un suspect interpellé, la maison d'une militante visitée", id="fr"),
    pytest.param("es", "Detienen a un hombre en el barrio donde vive una periodista", id="es"),
]


@pytest.mark.parametrize(("language", "text"), CLAIMED)
def test_an_arrest_that_names_someone_else_ties_no_role(language: str, text: str) -> None:
    """ "A suspect was arrested", "detienen a un hombre": the arrest is that person's, not the role's nearby."""
    assert _roles_tied(language, text) == []


APPOSED = [
    pytest.param("en", "A woman journalist was arrested in Hanoi", "journalist", id="en"),
    pytest.param("fr", "Un homme, militant écologiste, interpellé à Nantes", "militant", id="fr"),
]


@pytest.mark.parametrize(("language", "text", "role"), APPOSED)
def test_a_role_right_beside_the_suspect_word_is_that_person(language: str, text: str, role: str) -> None:
    """ "A woman journalist", "un homme, militant": the role is the person arrested."""
    assert role in _roles_tied(language, text)


KIN = [
    pytest.param("en", "The son of a well-known housing activist was arrested for car theft", id="en"),
    pytest.param("en", "Police detained the journalist's son after a brawl", id="en-possessive"),
    pytest.param("vi", "Con trai một nhà hoạt động môi trường bị bắt vì tàng trữ ma túy", id="vi"),
    pytest.param("fr", "Le fils d'un syndicaliste interpellé pour trafic de stupéfiants", id="fr"),
    pytest.param("es", "Detienen al hijo de un conocido activista por conducir ebrio", id="es"),
]


@pytest.mark.parametrize(("language", "text"), KIN)
def test_a_relative_of_a_role_is_not_the_role(language: str, text: str) -> None:
    """The activist's son arrested for a crime is no activist under pressure, and the item is not relevant."""
    assert _roles_tied(language, text) == []
    assert not _relevant(language, text)


VICTIMS = [
    pytest.param("en", "Hacker who took over a reporter's account convicted", id="en-account"),
    pytest.param("en", "Radio presenter dies in highway crash; truck driver detained", id="en-accident"),
    pytest.param("en", "Police arrested the gang after a TV editor gave evidence", id="en-witness"),
    pytest.param("vi", "Tài khoản của nhà báo bị chiếm quyền, công an bắt nghi phạm", id="vi-account"),
    pytest.param("vi", "Tai nạn khiến phóng viên tử vong, tài xế bị tạm giữ", id="vi-accident"),
    pytest.param("fr", "Le compte d'une militante piraté, deux jeunes interpellés", id="fr-account"),
    pytest.param("fr", "Un photographe de presse renversé par un chauffard, interpellé ensuite", id="fr-accident"),
    pytest.param("es", "Hackearon la cuenta de una periodista; detienen a un joven", id="es-account"),
    pytest.param("es", "La activista relató que vio a los acusados huir del lugar", id="es-witness"),
    pytest.param("es", "Atropellan a un periodista deportivo; el conductor fue detenido", id="es-accident"),
]


@pytest.mark.parametrize(("language", "text"), VICTIMS)
def test_a_role_harmed_by_an_account_takeover_an_accident_or_testifying_is_not_tied(language: str, text: str) -> None:
    """Account taken over, hit by a car, a witness in court: the role is not the one acted against."""
    assert _roles_tied(language, text) == []
    assert not _relevant(language, text)


CRIMES = [
    pytest.param("en", "Man jailed for voyeurism after posting gym videos online", id="en-voyeurism"),
    pytest.param("en", "YouTuber charged with animal abuse over a video of his dog", id="en-animals"),
    pytest.param("vi", "Bắt đối tượng quay lén phụ nữ rồi đăng video lên mạng", id="vi-voyeurism"),
    pytest.param("fr", "Un youtubeur condamné pour agressions sexuelles sur des fans", id="fr-sexual"),
    pytest.param("es", "Detienen a un tiktoker por difundir imágenes íntimas de su expareja en redes", id="es-images"),
]


@pytest.mark.parametrize(("language", "text"), CRIMES)
def test_sexual_offences_voyeurism_and_animal_cruelty_are_crimes_not_speech_cases(language: str, text: str) -> None:
    """What was posted is the crime itself: no free-expression case."""
    signals = read_signals(text, language)
    assert signals.has(Signal.HARM)
    assert not _relevant(language, text)


def test_a_rights_phrase_that_names_a_role_ties_it() -> None:
    """ "Murder of radio journalist": the journalist is the target even when the arrest is of the killers."""
    text = "Two arrested for murder of radio journalist who exposed illegal logging\nPolice arrested two men."
    ties = ties_of(lexicon_for("en").find(text), text)
    assert (Signal.JOURNALIST, "journalist", "murder of radio journalist") in ties


def test_a_gapped_phrase_never_spans_two_sentences() -> None:
    """ "asesinato de un comerciante. La activista": no "murder of an activist" across the sentence break."""
    text = "Juicio por el asesinato de un comerciante\nLa activista vecinal declaró ayer."
    assert not read_signals(text, "es").has(Signal.RIGHTS)
    assert read_signals("Juicio por el asesinato de la activista vecinal", "es").has(Signal.RIGHTS)


def test_copying_or_downloading_the_phones_of_campaigners_is_surveillance() -> None:
    """ "copy the contents of their phones", "phones downloaded at the border": a device searched."""
    for text in ("Officers copy the contents of two organisers' phones", "Campaigners' phones downloaded at border"):
        assert read_signals(text, "en").has(Signal.SURVEILLANCE)
