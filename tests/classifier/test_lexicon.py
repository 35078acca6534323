"""The phrase matcher: whole words, accent tolerance in one direction, acronyms, noise and longest match."""

import pytest

from tocsin_lexicon import LANGUAGES, Lexicon, Signal, Table, beside, en, es, fr, legal, lexicon_for, near, tokenize, vi


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


def test_no_phrase_runs_across_the_boundary_and_a_cut_phrase_shadows_nothing() -> None:
    """A headline ending "… hospital Series" and a summary opening "A court …" tell no funding round (S200), and the
    words the cut phrase would have covered count; on one line, or with no boundary given, the phrase is found."""
    lexicon = Lexicon([{Signal.BUSINESS: ("hospital Series A",), Signal.ARREST: ("hospital", "court")}])
    text = "Daily loses advertising after hospital Series\nA court in Lahore heard the case"
    found = [(h.signal, h.quote) for h in lexicon.read(text, boundary="\n")[0]]
    assert found == [(Signal.ARREST, "hospital"), (Signal.ARREST, "court")]
    assert (Signal.BUSINESS, "hospital Series\nA") in [(h.signal, h.quote) for h in lexicon.find(text)]
    one_line = lexicon.read("Start-up for hospital Series A court fees\nNothing more", boundary="\n")[0]
    assert [h.signal for h in one_line] == [Signal.BUSINESS, Signal.ARREST]


def test_every_language_has_a_lexicon_and_unknown_languages_use_all() -> None:
    """en, vi, fr, es are supported; an unknown language falls back to every table."""
    assert set(LANGUAGES) == {"en", "vi", "fr", "es"}
    assert ("journalist", "periodista") in _found("periodista detenido", "ar")


def test_a_gap_phrase_matches_across_words_and_keeps_the_words_inside() -> None:
    """'seiz* … phone*' covers "seized the journalist's two phones" and the journalist still counts."""
    found = _found("Police seized the journalist's two phones at dawn")
    assert ("surveillance", "seized the journalist's two phones") in found
    assert ("journalist", "journalist") in found


def test_a_gap_phrase_lets_only_a_few_words_between() -> None:
    """Beyond GAP words the act and its object are no longer one phrase."""
    lexicon = Lexicon([{Signal.SURVEILLANCE: ("seiz* … phone*",)}])
    assert lexicon.find("seized two of the phones")
    assert not lexicon.find("seized the car, and later that evening they found his phone")


def test_near_builds_every_act_object_pair() -> None:
    """A family is every first word near every second word."""
    assert near(("seiz*", "took away"), ("phone*",)) == ("seiz* … phone*", "took away … phone*")


def test_a_prefix_covers_accented_endings() -> None:
    """'decomis*' covers Spanish 'decomisó'; the accent lies past the prefix."""
    assert ("surveillance", "decomisó el celular") in _found("la policía le decomisó el celular", "es")


def test_follow_counts_and_cctv_are_not_surveillance() -> None:
    """'người theo dõi' (followers) and surveillance cameras are noise."""
    assert not any(s == "surveillance" for s, _ in _found("kênh có 1 triệu người theo dõi", "vi"))
    assert not any(s == "surveillance" for s, _ in _found("a maker of surveillance cameras"))


def test_phrases_sharing_first_words_are_each_found_to_their_own_end() -> None:
    """One walk of the word trie finds 'held', 'held for questioning' and the gapped 'held … phone*' apart."""
    lexicon = Lexicon(
        [{Signal.ARREST: ("held", "held for questioning"), Signal.SURVEILLANCE: ("held … phone*", "held")}]
    )
    found = [(h.signal, h.quote, h.gapped) for h in lexicon.find("She was held for questioning and her phone held")]
    assert found == [
        (Signal.ARREST, "held for questioning", False),
        (Signal.SURVEILLANCE, "held for questioning and her phone", True),
        (Signal.ARREST, "held", False),
        (Signal.SURVEILLANCE, "held", False),
    ]


def test_a_word_seen_before_in_another_spelling_is_judged_again() -> None:
    """The per-word cache keeps 'song' and 'sông' apart, whichever comes first."""
    lexicon = Lexicon([{Signal.SPEECH: ("song",)}])
    assert [h.quote for h in lexicon.find("sông song sông SONG")] == ["song", "SONG"]


def test_language_tags_share_lexicons_whatever_the_feed_writes() -> None:
    """Regional and unknown tags reuse the lexicon of their tables: feeds cannot make the service build more."""
    assert lexicon_for("en-US") is lexicon_for("en")
    assert lexicon_for("VI-vn") is lexicon_for("vi")
    assert lexicon_for("pt-BR") is lexicon_for("ar") is lexicon_for("x-made-up") is lexicon_for("und")
    assert lexicon_for("pt-BR") is not lexicon_for("en")


def test_tied_words_stand_side_by_side_and_hide_nothing() -> None:
    """'bắt‿nhà báo' is an arrest only with the journalist right after 'bắt', and the journalist still counts;
    the untied phrase would hide the journalist, a gapped one would read 'bắt đầu … nhà báo' as an arrest."""
    tied = Lexicon([{Signal.ARREST: beside(("bắt",), ("nhà báo",)), Signal.JOURNALIST: ("nhà báo",)}])
    found = [(h.signal, h.quote) for h in tied.find("Campuchia bắt nhà báo vì bài viết")]
    assert found == [(Signal.ARREST, "bắt nhà báo"), (Signal.JOURNALIST, "nhà báo")]
    assert [h.signal for h in tied.find("Ban tổ chức bắt đầu trao giải cho nhà báo")] == [Signal.JOURNALIST]
    untied = Lexicon([{Signal.ARREST: ("bắt nhà báo",), Signal.JOURNALIST: ("nhà báo",)}])
    assert [h.signal for h in untied.find("Campuchia bắt nhà báo")] == [Signal.ARREST]


@pytest.mark.parametrize(
    "table", [en.TABLE, es.TABLE, fr.TABLE, vi.TABLE, legal.TABLE], ids=["en", "es", "fr", "vi", "legal"]
)
def test_no_phrase_leans_on_a_colon(table: Table) -> None:
    """Punctuation is not read: "review:" and "crítica:" were read as any "review" and any "critica" (also the verb:
    "un videobloguero que critica al Gobierno"), so a phrase is written as the words it matches."""
    assert [p for phrases in table.values() for p in phrases if ":" in p] == []


@pytest.mark.parametrize(
    "table", [en.TABLE, es.TABLE, fr.TABLE, vi.TABLE, legal.TABLE], ids=["en", "es", "fr", "vi", "legal"]
)
def test_no_noise_phrase_has_a_gap(table: Table) -> None:
    """A noise phrase hides only the words it spans: "a … b" would hide them only with nothing in its gap, so noise is
    written side by side (`beside`). A gapped one hides nothing once a word stands between."""
    assert [p for p in table.get(Signal.NOISE, ()) if "…" in p] == []
    gapped = Lexicon([{Signal.DEFENDER: ("luật sư",), Signal.NOISE: ("luật sư … thân chủ",)}])
    assert [h.signal for h in gapped.find("luật sư của thân chủ")] == [Signal.DEFENDER]
