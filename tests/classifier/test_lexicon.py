"""The phrase matcher: whole words, accent tolerance in one direction, acronyms, noise and longest match."""

from tocsin_classifier.lexicon import LANGUAGES, Lexicon, Signal, lexicon_for, tokenize


def _found(text: str, language: str = "en") -> set[tuple[str, str]]:
    return {(h.signal.value, h.quote) for h in lexicon_for(language).find(text)}


def test_tokens_fold_case_and_accents_and_split_on_punctuation() -> None:
    """'Điều 117' and 's. 26-A' become plain lower-case words."""
    assert tokenize("Điều 117, s. 26-A") == ["dieu", "117", "s", "26", "a"]


def test_text_without_diacritics_matches_accented_phrases() -> None:
    """Readers type Vietnamese without accents; the phrase still fires."""
    assert ("speech-offence", "Dieu 117") in _found("bi khoi to theo Dieu 117", "vi")


def test_accented_text_never_matches_a_different_word() -> None:
    """'sông' (river) is not 'song'; 'Público' is not 'publicó'; 'Ngô' is not 'NGO'."""
    assert not any(q == "sông" for _, q in _found("bên sông Hồng", "vi"))
    assert ("speech", "Público") not in _found("el Ministerio Público", "es")
    assert not any(q == "Ngô" for _, q in _found("ông Ngô Văn A", "vi"))


def test_whole_words_only_unless_the_phrase_is_a_prefix() -> None:
    """'editor' does not fire inside 'editorial'; 'journalist*' covers 'journalists'."""
    found = _found("an editorial by two journalists")
    assert ("journalist", "journalists") in found
    assert not any(q == "editorial" for _, q in found)


def test_noise_phrases_silence_the_words_inside_them() -> None:
    """'told reporters' is not about a reporter."""
    assert not any(s == "journalist" for s, _ in _found("police told reporters on Monday"))


def test_the_longest_phrase_wins_over_words_inside_it() -> None:
    """'without access to a lawyer' is due process, not a lawyer."""
    found = Lexicon([{Signal.DEFENDER: ("lawyer",), Signal.DUE_PROCESS: ("without access to a lawyer",)}]).find(
        "held without access to a lawyer"
    )
    assert [(h.signal, h.quote) for h in found] == [(Signal.DUE_PROCESS, "without access to a lawyer")]


def test_every_language_has_a_lexicon_and_unknown_languages_use_all() -> None:
    """en, vi, fr, es are supported; an unknown language falls back to every table."""
    assert set(LANGUAGES) == {"en", "vi", "fr", "es"}
    assert ("journalist", "periodista") in _found("periodista detenido", "ar")
