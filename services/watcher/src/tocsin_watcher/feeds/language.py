"""The language of a news item: the feed's own declaration when it makes one, else the item's vocabulary."""

import re
from functools import cache

from tocsin_watcher.feeds.lexicon import Lexicon
from tocsin_watcher.feeds.text import FoldedText
from tocsin_watcher.feeds.vocabulary import STOPWORDS

UNDETERMINED = "und"
# The English, French and Spanish common words as they are spelt (accents included), for `_accent_added`.
STOPWORD_SPELLINGS = frozenset(word.casefold() for lang, words in STOPWORDS.items() if lang != "vi" for word in words)
MIN_EVIDENCE = 2

_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$")


def normalise_tag(tag: str | None) -> str | None:
    """A declared language as a BCP 47 tag ("en-us" -> "en-US", "vi_VN" -> "vi-VN"), None if it is not one."""
    if not tag:
        return None
    candidate = tag.strip().replace("_", "-")
    if not _TAG.match(candidate) or len(candidate) > 35:
        return None
    primary, *rest = candidate.split("-")
    subtags = [primary.lower()]
    for subtag in rest:
        if len(subtag) == 2 and subtag.isalpha():
            subtags.append(subtag.upper())
        elif len(subtag) == 4 and subtag.isalpha():
            subtags.append(subtag.title())
        else:
            subtags.append(subtag.lower())
    return "-".join(subtags)


@cache
def _stopwords() -> tuple[Lexicon[str], Lexicon[str]]:
    plain = [(word, lang) for lang, words in STOPWORDS.items() if lang != "vi" for word in words]
    return Lexicon(plain, mode="folded"), Lexicon([(w, "vi") for w in STOPWORDS["vi"]], mode="accented")


def detect_language(text: FoldedText) -> str:
    """The language whose common words the text uses most (en, fr, es, vi), or "und" on too little evidence."""
    counts: dict[str, int] = {}
    for lexicon in _stopwords():
        for hit in lexicon.find(text):
            if hit.tag != "vi" and (_accent_added(hit.surface) or _in_a_name(text.original, hit.start, hit.end)):
                continue
            counts[hit.tag] = counts.get(hit.tag, 0) + 1
    if not counts:
        return UNDETERMINED
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] >= MIN_EVIDENCE else UNDETERMINED


def _accent_added(surface: str) -> bool:
    """Whether a common word was found only by folding away accents its own spelling does not have: the Vietnamese
    name "Lê" read as French "le" tipped a Spanish report to French (and the classifier cleared it). Only the bare
    words are at stake: an accented common word ("été", "según") matched without its accents still counts, for
    feeds that strip them."""
    return not surface.isascii() and surface.casefold() not in STOPWORD_SPELLINGS


def _in_a_name(original: str, start: int, end: int) -> bool:
    """Whether a common word is capitalised where no sentence starts: then it is part of a name, as "Le" in "Le Thi
    Le y Le Van De" (a Vietnamese family name, not French "le") or "The" in "The Guardian". A headline's first "Le
    journaliste…" still counts."""
    if not original[start:end][:1].isupper():
        return False
    before = original[:start].rstrip()
    if "\n" in original[len(before) : start]:  # a new line (the summary after the title) starts a sentence
        return False
    return bool(before) and before[-1] not in '.!?:;"«“(—–-'


def item_language(text: FoldedText, *, declared: str | None) -> str:
    """The declared language when it is a valid tag, else the detected one."""
    return normalise_tag(declared) or detect_language(text)
