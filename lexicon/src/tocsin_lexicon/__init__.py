"""Phrase tables per language and signal, and an accent-tolerant whole-word matcher.

A phrase is written as it reads in the news ("Điều 117", "fausses nouvelles"); a word followed by "*" is a
prefix ("journalist*"), and "…" between two words lets up to GAP other words stand between them: "seiz* … phone*"
matches "seized the reporter's two phones" (`near` builds such families from verbs and objects). A phrase of two
words or more hides the phrases inside it, unless it has a gap or its words are tied with "‿" (`beside`).

Text typed without accents matches accented phrases ("Dieu 117"), but accented text never matches a differently
accented or unaccented word (Vietnamese "sông" is not "song", Spanish "Público" is not "publicó"); a prefix only
checks its own letters ("incaut*" covers "incautó"). A phrase in capitals is an acronym that matches only capitals
("NGO", not "Ngô").
"""

from collections.abc import Iterable
from functools import cache

from tocsin_lexicon.match import Lexicon
from tocsin_lexicon.signals import GAP, GAP_MARK, TIE, Hit, Signal, Table
from tocsin_lexicon.words import fold, tokenize, tokens_of

IN_DIGITS = tuple(f"{digit}*" for digit in "123456789")
"""A number written in digits, as a phrase word: "arrête 30 journalistes", "bắt 12 nhà hoạt động", "Article 117"."""

__all__ = [
    "GAP",
    "IN_DIGITS",
    "LANGUAGES",
    "Hit",
    "Lexicon",
    "Signal",
    "Table",
    "beside",
    "fold",
    "lexicon_for",
    "near",
    "tokenize",
    "tokens_of",
]


def near(firsts: Iterable[str], seconds: Iterable[str]) -> tuple[str, ...]:
    """Every "first … second" phrase: a family such as seizure verbs near device nouns."""
    return tuple(f"{a} {GAP_MARK} {b}" for a in firsts for b in seconds)


def beside(firsts: Iterable[str], seconds: Iterable[str]) -> tuple[str, ...]:
    """Every "first second" phrase, side by side, that hides neither: "bắt nhà báo" (arrests a journalist) is an
    arrest, and its "nhà báo" still a journalist; a gap would let "bắt đầu … nhà báo" ("begins … journalists") in."""
    return tuple(f"{a}{TIE}{b}" for a in firsts for b in seconds)


def lexicon_for(language: str) -> Lexicon:
    """English, language-neutral legal hooks and the event's own language (all languages if unknown).

    Keyed by the tables chosen, not the tag as the feed wrote it: "en-US", "pt-BR" or a made-up tag never
    builds another lexicon, so there are at most len(LANGUAGES) + 1 of them.
    """
    primary = language.split("-")[0].casefold()
    return _lexicon(primary if primary in LANGUAGES else UNKNOWN)


UNKNOWN = "und"  # BCP 47 "undetermined": every language's tables


@cache
def _lexicon(language: str) -> Lexicon:
    from tocsin_lexicon import en, es, fr, groups, legal, vi

    by_language: dict[str, Table] = {"en": en.TABLE, "vi": vi.TABLE, "fr": fr.TABLE, "es": es.TABLE}
    chosen = ["en", language] if language in by_language else list(by_language)
    names = dict.fromkeys(chosen)
    return Lexicon([legal.TABLE, *(by_language[name] for name in names), *(groups.TABLES[name] for name in names)])


LANGUAGES: tuple[str, ...] = ("en", "vi", "fr", "es")
