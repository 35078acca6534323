"""Relevance needs the rights role tied to the adverse action: same sentence, nearby, not a victim or past role."""

import pytest

from tests.classifier.factories import arrest, judged
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.findings import read_signals
from tocsin_classifier.rules import tag_hits
from tocsin_classifier.ties import SOURCES, sentence_starts, ties_of
from tocsin_lexicon import Signal, en, es, fr, lexicon_for, vi


def _relevant(language: str, title: str, summary: str = "") -> bool:
    return judged(language, title, summary)[0]


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
    assert tied.phrases(Signal.JOURNALIST) == untied.phrases(Signal.JOURNALIST) == ("reporter",)
    assert tied != untied
    assert tied == read_signals("Police arrested the reporter", "en")


def test_rationale_names_the_person_and_the_action_against_them() -> None:
    """The operator reads who was acted against and by what."""
    alert = classify(arrest("Journalist arrested over a Facebook post", language="en"), ConventionStatus())
    assert "a journalist ('Journalist') is the one acted against ('arrested')" in alert.rationale


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


def test_a_long_run_of_sentence_marks_is_read_once() -> None:
    """20,000 dots (or ellipses) after an arrest end one sentence, found in one pass: no quadratic rescan."""
    assert sentence_starts("Journalist arrested" + "." * 20_000) == []
    assert sentence_starts("Journalist arrested" + "\u2026" * 20_000 + " Police said so.") == [2]
    assert read_signals("Journalist arrested" + "." * 20_000, "en").tied() == {Signal.JOURNALIST}


def test_sentence_starts_count_cjk_cyrillic_and_emoji_as_the_lexicon_counts_words() -> None:
    """李偉 or 🚨 are no words of the lexicon: the next sentence's role is not pulled back beside the arrest."""
    text = (
        "Protest in Hong Kong\nPolice arrested Li Wei (李偉) and Zhang San (張三) on Monday. "
        "Journalists covering the rally were told to leave."
    )
    assert sentence_starts(text) == [4, 13]
    assert not read_signals(text, "en").ties
    assert sentence_starts("Журналист Ivan сказал. Police arrested him.") == [1]  # Cyrillic words fold to none
    assert sentence_starts("🚨 Breaking 🚨 news. Police arrested him.") == [2]


ABBREVIATED = [
    pytest.param("vi", "Tin mới\nNgày 5/3, nhà báo Nguyễn Văn A bị Công an TP. HCM bắt giữ.", "nhà báo", id="vi-TP"),
    pytest.param("en", "Update\nPolice detained Dr. Ali Khan, a rights activist", "activist", id="en-Dr"),
    pytest.param("en", "Update\nAuthorities arrested Mr. Nguyen, a journalist", "journalist", id="en-Mr"),
    pytest.param("es", "Noticias\nDetuvieron al Sr. Pérez, periodista", "periodista", id="es-Sr"),
    pytest.param("fr", "Actualité\nLe journaliste M. Dupont a été arrêté", "journaliste", id="fr-M"),
]


@pytest.mark.parametrize(("language", "text", "role"), ABBREVIATED)
def test_a_title_or_abbreviation_before_a_name_ends_no_sentence(language: str, text: str, role: str) -> None:
    """ "Dr. Ali Khan", "Sr. Pérez", "M. Dupont", "TP. HCM": the role and the arrest stay in one sentence."""
    assert role in _roles_tied(language, text)


def test_a_sentence_may_start_with_a_digit_but_not_after_a_legal_abbreviation() -> None:
    """ "spoke. 3 men were arrested" is two sentences; "art. 117" and "No. 5" go on."""
    assert _roles_tied("en", "Update\nThe journalist spoke. 3 men were arrested.") == []
    assert sentence_starts("Charged under art. 117 and Decree No. 5. Then 3 more.") == [8]


def test_a_victim_word_reaches_no_further_than_its_own_sentence() -> None:
    """ "A man was robbed on Monday." does not make the next sentence's journalist a victim."""
    text = "Update\nA man was robbed on Monday. The journalist was arrested later that day."
    assert _roles_tied("en", text) == ["journalist"]


def test_a_past_role_or_kin_word_reaches_no_further_than_its_own_sentence() -> None:
    """ "... has retired." or "... the father of three." end there: the next sentence's role is not past or kin."""
    assert _roles_tied("en", "Update\nThe police chief has retired. Journalist arrested on Friday.") == ["Journalist"]
    assert _roles_tied("en", "Update\nThe judge is the father of three. Journalist arrested on Friday.") == [
        "Journalist"
    ]


def test_structure_phrases_hide_no_evidence_inside_them() -> None:
    """ "theft of" keeps its theft, "el acusado" its arrest word: structure decides ties, not evidence."""
    assert read_signals("Update\nTheft of a reporter's camera", "en").has(Signal.ORDINARY_CRIME)
    assert "acusado" in read_signals("El acusado declaró ante el juez", "es").phrases(Signal.ARREST)


def test_a_line_break_ends_a_sentence_whatever_starts_the_next_line() -> None:
    """A break after "." followed by an indented lower-case line, or U+2028 / U+2029, still ends a sentence."""
    assert sentence_starts("Police arrested a man.\n   the journalist wrote.") == [4]
    assert sentence_starts("Police arrested a man\u2028the journalist wrote\u2029and left") == [4, 7]
    assert sentence_starts("Title\n\nSummary here") == [1]


def test_a_source_word_unties_only_the_person_after_it() -> None:
    """ "arrested a journalist, according to RSF" ties; "according to the journalist, police arrested" does not."""
    assert _roles_tied("en", "Update\nPolice arrested a journalist, according to a rights group.") == ["journalist"]
    assert _roles_tied("en", "Update\nAccording to the journalist, police arrested two men.") == []
    tables = {p for module in (en, es, fr, vi) for p in module.TABLE[Signal.VICTIM]}
    assert tables >= SOURCES  # every source phrase is a victim phrase of some table


def test_a_victim_word_joined_to_the_arrest_is_done_to_the_same_person() -> None:
    """ "the journalist was beaten and arrested" ties; "was robbed; police arrested him" still does not."""
    assert _roles_tied("en", "Update\nSecurity forces said the journalist was beaten and arrested.") == ["journalist"]
    assert _roles_tied("es", "Noticias\nEl periodista fue golpeado y detenido por la policía") == ["periodista"]
    assert _roles_tied("en", "Update\nThe journalist was robbed; police arrested him.") == []


def test_with_nobody_tied_the_roles_named_are_tagged_and_with_someone_tied_only_they_are() -> None:
    """Hackers inside "the email accounts of four journalists" (no arrest to tie to) tag press freedom."""
    hacked = read_signals("Hackers spent months inside the email accounts of four journalists", "en")
    assert not hacked.ties
    assert "press-freedom" in {h.tag for h in tag_hits(hacked)}
    tied = read_signals("Police arrested the activist. The journalist watched.", "en")
    assert {h.tag for h in tag_hits(tied)} >= {"human-rights-defenders"}
    assert "press-freedom" not in {h.tag for h in tag_hits(tied)}
