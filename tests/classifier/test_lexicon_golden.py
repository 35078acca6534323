"""The fast matcher gives exactly the hits of the matcher it replaced, and of a plain reading of the rules.

data/lexicon_golden.json.gz holds the phrase tables as they stood, some 6,000 texts (the dev set, the benchmark's
templates, every string of these tests, synthetic texts full of accents, capitals, prefixes, gaps and odd
Unicode) and the hits the previous matcher found in each. The tables go on changing, so the texts are also
checked against `reference_matcher` on the tables of today.
"""

import gzip
import json
import sys
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from tests.classifier.reference_matcher import ReferenceLexicon
from tocsin_lexicon import (
    LANGUAGES,
    Hit,
    Lexicon,
    Signal,
    Table,
    en,
    es,
    fr,
    groups,
    legal,
    lexicon_for,
    tokens_of,
    vi,
)
from tocsin_lexicon.words import MARK, Words, fold_word

GOLDEN = Path(__file__).with_name("data") / "lexicon_golden.json.gz"
Case = tuple[str, str, list[list[object]]]


@cache
def _golden() -> tuple[dict[str, Table], list[Case]]:
    data = json.loads(gzip.decompress(GOLDEN.read_bytes()))
    tables: dict[str, Table] = {
        name: {Signal(s): tuple(p) for s, p in table.items()} for name, table in data["tables"].items()
    }
    return tables, [(lang, text, hits) for lang, text, hits in data["cases"]]


def _chosen(tables: dict[str, Table], language: str) -> list[Table]:
    """The tables `lexicon_for` puts together: legal, English, the language's own (all when unknown)."""
    if language in LANGUAGES:
        return [tables[name] for name in dict.fromkeys(("legal", "en", language))]
    return [tables[name] for name in ("legal", "en", "vi", "fr", "es")]


def _rows(hits: list[Hit]) -> list[list[object]]:
    return [[h.signal.value, h.phrase, h.quote, h.start, h.end, h.gapped] for h in hits]


def test_find_gives_the_golden_hits_on_the_frozen_tables() -> None:
    """Every golden text: the same hits, in the same order, quoted alike, as the matcher this one replaced."""
    tables, cases = _golden()
    lexicons = {lang: Lexicon(_chosen(tables, lang)) for lang in (*LANGUAGES, "und")}
    wrong = [(lang, text) for lang, text, hits in cases if _rows(lexicons[lang].find(text)) != hits]
    assert not wrong, wrong[:5]
    assert sum(len(hits) for _, _, hits in cases) > 10_000  # the texts do find things


def test_the_reference_gives_the_golden_hits_on_the_frozen_tables() -> None:
    """The plain reading of the rules agrees with the golden hits, so it can judge the tables of today."""
    tables, cases = _golden()
    lexicons = {lang: ReferenceLexicon(_chosen(tables, lang)) for lang in (*LANGUAGES, "und")}
    wrong = [(lang, text) for lang, text, hits in cases if _rows(lexicons[lang].find(text)) != hits]
    assert not wrong, wrong[:5]


@pytest.mark.parametrize("language", [*LANGUAGES, "und"])
def test_find_agrees_with_the_reference_on_the_tables_of_today(language: str) -> None:
    """Whatever phrases the tables hold now, the fast matcher finds what the reference finds."""
    today = {"legal": legal.TABLE, "en": en.TABLE, "vi": vi.TABLE, "fr": fr.TABLE, "es": es.TABLE}
    own = ("en", language) if language in LANGUAGES else ("en", "vi", "fr", "es")
    reference = ReferenceLexicon([*_chosen(today, language), *(groups.TABLES[name] for name in dict.fromkeys(own))])
    fast = lexicon_for(language)
    texts = dict.fromkeys(text for _, text, _ in _golden()[1])
    wrong = [text for text in texts if fast.find(text) != reference.find(text)]
    assert not wrong, wrong[:5]


def test_words_are_the_tokens_with_their_offsets() -> None:
    """The fast split finds the regex's words, at the same places, for every golden text."""
    for _, raw, _ in _golden()[1]:
        text = unicodedata.normalize("NFC", raw)
        read = Words(text)
        tokens = tokens_of(text)
        assert read.words == [text[t.start : t.end] for t in tokens], text
        assert read.starts() == [t.start for t in tokens], text


def test_every_letter_folds_alike_whether_case_folded_or_not() -> None:
    """Equal written forms imply equal folded forms: what lets the index compare words as written."""
    odd = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char.isalnum():
            folded = char.casefold()
            if fold_word(char) != fold_word(folded) or " " in folded or MARK in folded:
                odd.append(char)
    assert not odd
