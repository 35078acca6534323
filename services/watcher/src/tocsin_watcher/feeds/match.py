"""Does a news item report an arrest, charge, trial or sentence tied to online activity, speech or cyber laws?

Pure: text in, verdict out. Two signal families must both fire (vocabulary.py explains which and how ordinary
crime, sport, economics and treaty news are kept out); the verdict carries the terms that fired as printed,
the item's language and the country it is about.
"""

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from tocsin_watcher.feeds import vocabulary
from tocsin_watcher.feeds.language import UNDETERMINED, item_language
from tocsin_watcher.feeds.lexicon import Hit, Lexicon, outside
from tocsin_watcher.feeds.places import find_country
from tocsin_watcher.feeds.text import FoldedText, prepare


@dataclass(frozen=True)
class ArrestMatch:
    """The verdict on one item; `reason` says why it did or did not match (for logs and tests)."""

    matched: bool
    reason: str  # matched | no_action | no_context | off_topic | treaty_news
    matched_terms: tuple[str, ...] = ()
    language: str = UNDETERMINED
    country_code: str | None = None


@dataclass(frozen=True)
class _Lexicons:
    action: Lexicon[str]
    strong: Lexicon[str]
    weak: Lexicon[str]
    off_topic: Lexicon[str]
    treaty: Lexicon[str]
    neutral: Lexicon[str]


def _by_language(table: dict[str, tuple[str, ...]]) -> Lexicon[str]:
    return Lexicon([(phrase, lang) for lang, phrases in table.items() for phrase in phrases])


@cache
def _lexicons() -> _Lexicons:
    return _Lexicons(
        action=_by_language(vocabulary.ACTION),
        strong=_by_language(vocabulary.CONTEXT_STRONG),
        weak=_by_language(vocabulary.CONTEXT_WEAK),
        off_topic=_by_language(vocabulary.OFF_TOPIC),
        treaty=_by_language(vocabulary.TREATY),
        neutral=Lexicon([(phrase, "") for phrase in vocabulary.NEUTRAL]),
    )


def _terms(hits: Sequence[Hit[str]]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for hit in hits:
        seen.setdefault(hit.surface.casefold(), hit.surface)
    return tuple(seen.values())


def _vocabulary_language(hits: Sequence[Hit[str]]) -> str:
    counts = Counter(hit.tag for hit in hits)
    return counts.most_common(1)[0][0] if counts else UNDETERMINED


def _verdict(text: FoldedText, title_end: int) -> tuple[str, list[Hit[str]]]:
    lex = _lexicons()
    neutral = lex.neutral.find(text)
    actions = outside(lex.action.find(text), neutral)
    if not actions:
        return "no_action", []
    strong = outside(lex.strong.find(text), neutral)
    weak = outside(lex.weak.find(text), neutral)
    if not strong and not weak:
        return "no_context", []
    if not strong and lex.off_topic.find(text):
        return "off_topic", []
    title_treaty = any(hit.start < title_end for hit in lex.treaty.find(text))
    if title_treaty and not any(hit.start < title_end for hit in actions):
        return "treaty_news", []
    return "matched", [*actions, *strong, *weak]


def match_item(
    title: str,
    body: str,
    *,
    language: str | None = None,
    default_country: str | None = None,
    feed_context: str = "",
) -> ArrestMatch:
    """Judge one item from its title and plain-text body.

    `language` is the feed's (or entry's) declared language; `default_country` the alpha-3 code configured for
    the source; `feed_context` the feed's own title and description, a last hint for the country.
    """
    title = unicodedata.normalize("NFC", title)
    text = prepare(f"{title}\n{body}")
    reason, hits = _verdict(text, len(title))
    if not hits:
        return ArrestMatch(matched=False, reason=reason)
    detected = item_language(text, declared=language)
    country = find_country(text, title_end=len(title)) or default_country
    if country is None and feed_context:
        country = find_country(prepare(feed_context))
    return ArrestMatch(
        matched=True,
        reason=reason,
        matched_terms=_terms(hits),
        language=_vocabulary_language(hits) if detected == UNDETERMINED else detected,
        country_code=country,
    )
