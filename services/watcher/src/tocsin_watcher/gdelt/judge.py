"""Is a GDELT-coded arrest (CAMEO 173) or restriction of political freedoms (1721) about speech or cyber? (pure)

Most 173 rows are ordinary crime news, so the bar is high. The context must come from what a row has: the
slug words of its article URL and the arrested side's name and CAMEO types. A row is kept when
- its EventCode is 173 or 1721 exactly (CAMEO has no 173x subcodes; 1722-1724 are bans, curfews, emergencies),
- the slug says nothing of ordinary crime (murder, drugs, fraud, scams, theft, sales …) and the target is no
  CRM (criminal) actor, and
- a context fires: a journalism / activism / speech / hacking / cyber-law word in the slug or in the target's
  name (the feeds' vocabulary), an online word in the slug (facebook, online, social media), or a MED (media)
  or HRI (human rights) type on the target.
The target is Actor2 (who was arrested); Actor1 only when Actor2 is empty and Actor1 is no state actor.
Street-protest words (protester, demonstrator) do not count: GDELT codes thousands of protest arrests a day.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from tocsin_watcher.feeds import vocabulary
from tocsin_watcher.feeds.lexicon import Hit, Lexicon
from tocsin_watcher.feeds.text import prepare
from tocsin_watcher.gdelt.export import Actor, CodedEvent
from tocsin_watcher.gdelt.slug import slug_words

WATCHED_CODES: dict[str, str] = {
    "173": "arrest, detain or charge with legal action",
    "1721": "impose restrictions on political freedoms",
}
CONTEXT_TYPES: dict[str, str] = {"MED": "media", "HRI": "human rights"}
STATE_TYPES = frozenset({"COP", "GOV", "JUD", "MIL", "SPY", "LEG"})
CRIMINAL_TYPE = "CRM"

# Feed vocabulary that misleads on GDELT: protest arrests are legion, "hacked" is also "hacked to death".
_NOT_CONTEXT = ("protester", "demonstrator", "manifestant", "hacked")

# fmt: off
_EXTRA_STRONG = (
    "censorship", "censored", "internet shutdown", "social media ban", "blasphemy", "blasphemous",
    "insulting (the )?(president|king|monarchy|leader|government)", "critic(s)?", "criticising", "criticizing",
    "criticism of", "critical of the government", "anti-government post(s)?", "online post(s)?",
    "media outlet(s)?", "newspaper", "broadcaster", "cybercrime(s)? law", "sedition law",
)
_EXTRA_OFF_TOPIC = (
    "fraud", "fraudster(s)?", "scam(s)?", "scammer(s)?", "yahoo boy(s)?", "ponzi", "money laundering",
    "hacked to death", "machete", "rape(d)?", "rapist", "sexual assault", "child pornography",
    "child sexual abuse", "paedophile", "pedophile", "sextortion", "selling", "sold", "sale(s)?", "fake currency",
    "counterfeit", "gun(s)?", "firearm(s)?", "ammunition", "trafficking", "dui", "accident",
)
# fmt: on


@dataclass(frozen=True)
class Verdict:
    """Keep or drop one row; `reason` is kept | not_watched_code | off_topic | no_context (for logs, tests)."""

    keep: bool
    reason: str
    terms: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Lexicons:
    strong: Lexicon[str]
    weak: Lexicon[str]
    off_topic: Lexicon[str]


def _phrases(table: dict[str, tuple[str, ...]], extra: Iterable[str] = ()) -> list[tuple[str, str]]:
    listed = [phrase for phrases in table.values() for phrase in phrases]
    return [(p, p) for p in (*listed, *extra) if not p.startswith(_NOT_CONTEXT)]


@cache
def _lexicons() -> _Lexicons:
    return _Lexicons(
        strong=Lexicon(_phrases(vocabulary.CONTEXT_STRONG, _EXTRA_STRONG)),
        weak=Lexicon(_phrases(vocabulary.CONTEXT_WEAK)),
        off_topic=Lexicon(_phrases(vocabulary.OFF_TOPIC, _EXTRA_OFF_TOPIC)),
    )


def target(event: CodedEvent) -> Actor | None:
    """The side the action was done to: Actor2, else a non-state Actor1, else nobody."""
    if event.actor2.present:
        return event.actor2
    if event.actor1.present and not STATE_TYPES.intersection(event.actor1.types):
        return event.actor1
    return None


def _surfaces(hits: Sequence[Hit[str]]) -> list[str]:
    return [hit.surface.lower() for hit in hits]


def judge(event: CodedEvent) -> Verdict:
    """Decide whether one coded event is an arrest report of the kind Tocsin watches."""
    if event.event_code not in WATCHED_CODES:
        return Verdict(False, "not_watched_code")
    lex = _lexicons()
    slug = prepare(" ".join(slug_words(event.source_url)))
    who = target(event)
    if lex.off_topic.find(slug) or (who is not None and CRIMINAL_TYPE in who.types):
        return Verdict(False, "off_topic")
    context = _surfaces(lex.strong.find(slug)) + _surfaces(lex.weak.find(slug))
    if who is not None:
        context += _surfaces(lex.strong.find(prepare(who.name)))
        context += [f"{code} ({CONTEXT_TYPES[code]})" for code in who.types if code in CONTEXT_TYPES]
    if not context:
        return Verdict(False, "no_context")
    return Verdict(True, "kept", (f"CAMEO {event.event_code}", *dict.fromkeys(context)))
