"""Does a news item report an arrest, charge, trial or sentence tied to online activity, speech or cyber laws?

Pure: text in, verdict out. Two signal families must both fire (vocabulary.py explains which and how ordinary
crime, sport, economics and treaty news are kept out); the verdict carries the terms that fired as printed,
the item's language and the country it is about.

What the watcher's own vocabulary misses, the classifier's phrase tables (`tocsin_lexicon`, shared) may still
read as a case: a detention, charge, extradition or custody defect, or an intrusion on someone's devices and data
(spyware, seizure, forced unlocking, data demanded from a telecom), next to a rights role, speech or a speech law
("student who flagged a portal flaw charged", "union leader held incommunicado", "Pegasus found on a reporter's
phone"). The classifier then judges it as it judges every report; without this second reading, about three in
ten of the cases its evaluation set calls relevant were never emitted.
"""

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from tocsin_lexicon import Hit as SharedHit
from tocsin_lexicon import Signal, lexicon_for
from tocsin_lexicon.occasions import where_arrested
from tocsin_lexicon.restraints import restraint_over_suit
from tocsin_lexicon.roundups import is_roundup, reports_in
from tocsin_lexicon.signals import GAP_MARK, TIE
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


_STRONG = frozenset({
    Signal.JOURNALIST, Signal.DEFENDER, Signal.RESEARCHER, Signal.RIGHTS,
    Signal.SPEECH_OFFENCE, Signal.CYBER_LAW, Signal.DISSENT,
})  # fmt: skip
_DETENTION = frozenset({Signal.ARREST, Signal.TRANSNATIONAL, Signal.DUE_PROCESS})
_INTRUSION = frozenset({Signal.SURVEILLANCE, Signal.PRIVACY})
_NO_CASE = frozenset({Signal.OCCASION, Signal.BUSINESS, Signal.CIVIL, Signal.LAWMAKING})
_ORDINARY = frozenset({Signal.HARM, Signal.ORDINARY_CRIME, Signal.CYBERCRIME})
_CONTEXT = frozenset({Signal.DUE_PROCESS, Signal.TRANSNATIONAL, Signal.SPEECH})
# talks, a press conference, a striker are held too: an action only inside the tables' longer phrases
_HELD = frozenset({"held", "holds", "holding"})


def _case_in_shared_tables(text: FoldedText, language: str, neutral: Sequence[Hit[str]]) -> list[SharedHit]:
    """The shared tables' action and what ties it to rights, or nothing.

    A detention ties to a rights role, a speech law, dissent or a custody defect; to plain speech ("on Facebook",
    "a post"), a reach abroad (extradition, exile) or an intrusion only when nothing says the case is ordinary
    crime (the watcher's off-topic words or the tables' crime, harm and fraud). A bare "held" is no detention
    here (talks, press conferences and strikers are held too). An intrusion (spyware, seized phones, forced
    unlocking) ties to a rights role, or to plain speech under the same condition. Nothing counts inside the
    watcher's neutral phrases ("cardiac arrest", "un arrêté préfectoral"), nor where the item is an occasion,
    company news, a civil suit or a bill (an occasion that is only where an arrest happened, "arrested at a film
    festival", does not count: `where_arrested`).
    """
    hits, words = lexicon_for(language).read(text.original, boundary="\n")  # no phrase runs from title to body
    hits = where_arrested(hits, words, language)  # an occasion that is only where an arrest happened
    hits = restraint_over_suit(hits)  # a court's order against publishing, whoever sued
    if not hits or any(hit.signal in _NO_CASE for hit in hits):
        return []
    starts, spelled = words.starts(), words.words

    def masked(hit: SharedHit) -> bool:  # its characters overlap a neutral phrase's
        first, last = starts[hit.start], starts[hit.end - 1] + len(spelled[hit.end - 1])
        return any(mask.start < last and first < mask.end for mask in neutral)

    hits = [hit for hit in hits if not masked(hit)]
    ordinary = any(hit.signal in _ORDINARY for hit in hits) or bool(_lexicons().off_topic.find(text))
    for action in hits:
        if action.signal in _DETENTION and action.phrase.casefold() not in _HELD:
            ties = _STRONG | {Signal.DUE_PROCESS} if ordinary else _STRONG | _CONTEXT | _INTRUSION
        elif action.signal in _INTRUSION:  # and to plain speech where nothing says the case is ordinary crime (S70:
            # "Blogger … bị thu giữ điện thoại … vì bài viết")
            ties = _STRONG if ordinary else _STRONG | {Signal.SPEECH}
        else:
            continue
        tied = [hit for hit in hits if hit.signal in ties and (_apart(hit, action) or _named_beside(hit, action))]
        if tied:
            return [action, *tied]
    return []


def _shared_terms(text: FoldedText, language: str, neutral: Sequence[Hit[str]]) -> tuple[str, ...]:
    """`_case_in_shared_tables` as the verdict's terms: each phrase quoted once."""
    return tuple(dict.fromkeys(hit.quote for hit in _case_in_shared_tables(text, language, neutral)))


def _case_in_a_report(reports: Sequence[str], language: str) -> tuple[str, ...]:
    """The shared tables' case in the first of a round-up's reports that tells one, as its terms; empty if none."""
    for report in reports:
        text = prepare(report)
        terms = _shared_terms(text, language, _lexicons().neutral.find(text))
        if terms:
            return terms
    return ()


def _apart(hit: SharedHit, action: SharedHit) -> bool:
    return hit.end <= action.start or action.end <= hit.start


def _named_beside(hit: SharedHit, action: SharedHit) -> bool:
    """A step phrased with the one it acts on beside it, or across a gap, names that person inside its own words:
    "bắt‿15 nhà báo" (`tocsin_lexicon.beside`) ties its "nhà báo", "le site d'information … a été bloqué" its site;
    so does a step whose last words open the name of the one it acts on ("dissout la Coordination" in "dissout la
    Coordination citoyenne"). A phrase written with a gap names its object even when nothing stands in the gap:
    "ordena a un diario … retirar" in "Juez ordena a un diario retirar su investigación" (S117's round)."""
    if not action.start <= hit.start < action.end:
        return False
    return TIE in action.phrase or GAP_MARK in action.phrase or hit.end > action.end


def _terms(hits: Sequence[Hit[str]]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for hit in hits:
        seen.setdefault(hit.surface.casefold(), hit.surface)
    return tuple(seen.values())


def _vocabulary_language(hits: Sequence[Hit[str]]) -> str:
    counts = Counter(hit.tag for hit in hits)
    return counts.most_common(1)[0][0] if counts else UNDETERMINED


def _verdict(text: FoldedText, title_end: int, neutral: Sequence[Hit[str]]) -> tuple[str, list[Hit[str]]]:
    lex = _lexicons()
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
    neutral = _lexicons().neutral.find(text)  # masked in both readings
    reason, hits = _verdict(text, len(title), neutral)
    if reason == "treaty_news" and not is_roundup(title):  # a round-up's other reports may tell a case (S143)
        return ArrestMatch(matched=False, reason=reason)
    detected = item_language(text, declared=language)
    if hits:
        terms = _terms(hits)
    else:
        terms = _shared_terms(text, detected, neutral)
        if not terms and is_roundup(title):  # one of a round-up's reports, read alone (`tocsin_lexicon.roundups`)
            terms = _case_in_a_report(reports_in(title, body), detected)
        if not terms:
            return ArrestMatch(matched=False, reason=reason)
    country = find_country(text, title_end=len(title)) or default_country
    if country is None and feed_context:
        country = find_country(prepare(feed_context))
    return ArrestMatch(
        matched=True,
        reason="matched",
        matched_terms=terms,
        language=_vocabulary_language(hits) if detected == UNDETERMINED else detected,
        country_code=country,
    )
