"""Tag and relevance rules for news items: signals from the lexicon in, explained judgements out.

Every tag carries the phrases (or the rule name) that produced it, so an operator can see why it is there.
The weights below are the whole model: change them here and re-run `tocsin-classifier evaluate`.

Relevance is structural: a journalist, activist, researcher or act of speech counts fully only when it is TIED
to an adverse action (`ties_of`): in the same sentence as the arrest, charge, seizure, extradition, ... (or named
in a headline whose summary opens with the action), at most WINDOW words away, with no harm or victim word
between them, no victim / witness / source word beside it, and not a past role. Only a tied person earns the
"person under pressure" bonus, the pretext discount on crime charges and the role tags; an untied one (the
robbed photographer, the activist who testified, the former editor) weighs half and tags nothing.
"""

import math
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from tocsin_classifier.lexicon import Hit, Signal, lexicon_for
from tocsin_schemas.events import Tag

S = Signal


@dataclass(frozen=True, slots=True)
class TagHit:
    """A tag with its confidence (0-1, assigned when >= 0.5) and the evidence strings that fired."""

    tag: Tag
    confidence: float
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TagRule:
    """`signal` yields `tag` at `confidence` when every signal in `needs` is present and none in `unless`."""

    tag: Tag
    signal: Signal
    confidence: float
    needs: tuple[Signal, ...] = ()
    unless: tuple[Signal, ...] = ()
    tied: bool = False  # `signal` must be attached to an adverse action (see `ties_of`), not merely present


class Signals:
    """The words found in a text (quoted as they read), grouped by signal, in first-seen order, and the ties.

    A tie is a person-or-speech phrase attached to an adverse action (see `ties_of`): (signal, phrase, action).
    Two Signals are equal (and hash alike) when they hold the same phrases and ties in the same order: every
    judgement made from them is then the same, so it can be cached.
    """

    def __init__(self, hits: Iterable[Hit], ties: Iterable[tuple[Signal, str, str]] = ()) -> None:
        self._by_signal: dict[Signal, list[str]] = {}
        seen: set[tuple[Signal, str]] = set()
        for hit in hits:
            key = (hit.signal, hit.quote.casefold())
            if key not in seen:
                seen.add(key)
                self._by_signal.setdefault(hit.signal, []).append(hit.quote)
        self.ties = tuple(ties)
        self._tied = {signal for signal, _, _ in self.ties}
        self._key = (tuple((signal, tuple(phrases)) for signal, phrases in self._by_signal.items()), self.ties)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Signals) and self._key == other._key

    def __hash__(self) -> int:
        return hash(self._key)

    def has(self, signal: Signal) -> bool:
        return signal in self._by_signal

    def phrases(self, signal: Signal) -> list[str]:
        return self._by_signal.get(signal, [])

    def present(self) -> set[Signal]:
        return set(self._by_signal)

    def tied(self) -> set[Signal]:
        """The person and speech signals with at least one phrase attached to an adverse action."""
        return set(self._tied)


def read_signals(text: str, language: str) -> Signals:
    """Scan `text` with the lexicon for `language` (plus English and the legal hooks), and tie people to actions.

    A gapped phrase ("asesinato … activista") never spans two sentences: its words belong to different clauses.
    """
    hits = lexicon_for(language).find(text)
    gapped = any(h.gapped for h in hits)
    may_tie = _may_tie(hits)
    if not gapped and not may_tie:
        return Signals(hits)
    starts = _sentence_starts(text)
    if gapped and starts:
        hits = [h for h in hits if not h.gapped or bisect_right(starts, h.start) == bisect_right(starts, h.end - 1)]
        may_tie = _may_tie(hits)
    return Signals(hits, _ties(hits, starts) if may_tie else ())


# --- structure: is the person in a rights role the one acted against? ---------------------------------------

# A journalist, activist, researcher or an act of speech counts as under pressure only when it is ATTACHED to an
# adverse action: in the same sentence as an arrest, charge, seizure, extradition, ... with no crime, harm or
# victim word standing between the two, not next to a victim / witness / source word, not a relative of the
# person ("the son of an activist"), and not a past role. An arrest whose own slot names someone else ("a suspect
# was arrested", "detuvieron a un hombre") is that person's: no role elsewhere in the sentence ties to it. A rights
# phrase that names a role names its target ("murder of radio journalist").
# "Police arrested two men who robbed a photojournalist" (robbed stands between), "the activist testified",
# "a former reporter", "a journalist was assaulted. Police arrested a fan" (two sentences) tie nobody.
ANCHORS = frozenset({S.ARREST, S.SURVEILLANCE, S.PRIVACY, S.TRANSNATIONAL, S.DUE_PROCESS, S.SPEECH_OFFENCE})
BLOCKERS = frozenset({S.HARM, S.VICTIM})  # harm done TO the person; a charge's name (fraud) blocks nothing
VICTIM_BEFORE = 4  # words from a victim word to the person after it: "hijacked a news channel's YouTube account"
VICTIM_AFTER = 2  # words from the person to a victim word after it: "the reporter, who testified"
FORMER_REACH = 2  # "former TV anchor", "ancien militant", "cựu phóng viên"
KIN_REACH = 4  # "the son of a well-known housing activist", "el hijo de un conocido activista"
SLOT = 4  # words between an arrest and the person it names: "a man has been charged", "detuvo en Valencia a un hombre"
APPOSITION = 2  # a role this near a suspect word is that person: "a woman journalist", "un homme, militant"
WINDOW = 10  # the most words between a person and the action against them ("arrested the well-known blogger X")
PEOPLE = frozenset({S.JOURNALIST, S.DEFENDER, S.RESEARCHER, S.SPEECH})  # who speaks, reports, defends, probes
ROLE_PEOPLE = PEOPLE - {S.SPEECH}  # a suspect's own posts are still speech: a claimed arrest only unties roles


def _may_tie(hits: list[Hit]) -> bool:
    signals = {h.signal for h in hits}
    return bool(signals & PEOPLE) and bool(signals & (ANCHORS | {S.RIGHTS}))


def ties_of(hits: list[Hit], text: str) -> list[tuple[Signal, str, str]]:
    """(signal, phrase, action) for each person or speech phrase attached to an adverse action, first per phrase."""
    return _ties(hits, _sentence_starts(text)) if _may_tie(hits) else []


def _ties(hits: list[Hit], starts: list[int]) -> list[tuple[Signal, str, str]]:
    """`ties_of`, the sentences of the text given by the words that start them (`_sentence_starts`)."""
    people: list[Hit] = []
    actions: list[Hit] = []
    blockers: list[tuple[int, int]] = []
    suspects: list[Hit] = []
    framed: list[Hit] = []
    apart_start: set[int] = set()  # where a person may not start to be the one acted against ...
    apart_end: set[int] = set()  # ... and where one may not end
    for h in hits:
        signal = h.signal
        if signal in PEOPLE:
            people.append(h)
        elif signal in ANCHORS:
            actions.append(h)
        elif signal in BLOCKERS:
            blockers.append((h.start, h.end))
            if signal is S.VICTIM:  # "robbed a photojournalist", "the reporter testified"
                apart_start.update(range(h.start, h.end + VICTIM_BEFORE + 1))
                apart_end.update(range(h.start - VICTIM_AFTER, h.start + 1))
        elif signal is S.SUSPECT:
            suspects.append(h)
        elif signal is S.RIGHTS and h.end - h.start > 1:
            framed.append(h)
        elif signal is S.FORMER:  # "former editor"
            apart_start.update(range(h.end, h.end + FORMER_REACH + 1))
        elif signal is S.RELATIVE:  # "son of a journalist", "the journalist's son"
            apart_start.update(range(h.end, h.end + KIN_REACH + 1))
            apart_end.add(h.start)
    claimed = _claimed(actions, suspects, people, starts) if suspects else set()
    placed = [(bisect_right(starts, a.start), a, a.start in claimed) for a in actions]
    # a headline names the role and the summary the arrest ("she was detained"): the summary's first sentence
    # counts when the headline has no action and no harm or victim word of its own
    free = bool(starts) and not any(n == 0 for n, _, _ in placed) and not any(b0 < starts[0] for b0, _ in blockers)
    ties: list[tuple[Signal, str, str]] = []
    seen: set[tuple[Signal, str]] = set()
    for person in people:
        key = (person.signal, person.quote.casefold())
        start, end = person.start, person.end
        if key in seen:
            continue
        framing = next((r for r in framed if r.start <= start and end <= r.end), None) if framed else None
        if framing is not None:  # "murder of radio journalist": the rights phrase names its target
            seen.add(key)
            ties.append((person.signal, person.quote, framing.quote))
            continue
        if start in apart_start or end in apart_end:  # a past role, a relative, a victim or a witness
            continue
        sentence = bisect_right(starts, start)
        follow = 1 if sentence == 0 and free else -1
        role = person.signal in ROLE_PEOPLE
        for n, action, taken in placed:
            if (n != sentence and n != follow) or (taken and role):
                continue
            low, high = (end, action.start) if action.start >= start else (action.end, start)
            if (n != sentence or high - low <= WINDOW) and not any(low <= b0 and b1 <= high for b0, b1 in blockers):
                seen.add(key)
                ties.append((person.signal, person.quote, action.quote))
                break
    return ties


def _claimed(actions: list[Hit], suspects: list[Hit], people: list[Hit], starts: list[int]) -> set[int]:
    """Where the arrests start whose own slot names someone in no rights role: "un suspect a été interpellé".

    The suspect word stands at most SLOT words before or after the arrest, in its sentence, with no person or
    speech word between them and no role within APPOSITION words of it ("a woman journalist was detained").
    """
    claimed = set()
    for action in actions:
        if action.signal is not S.ARREST:
            continue
        for suspect in suspects:
            low, high = (suspect.end, action.start) if suspect.end <= action.start else (action.end, suspect.start)
            if not 0 <= high - low <= SLOT or bisect_right(starts, suspect.start) != bisect_right(starts, action.start):
                continue
            s0, s1 = suspect.start, suspect.end
            if not any(
                (low <= p.start and p.end <= high) or s0 - APPOSITION <= p.end <= s0 or s1 <= p.start <= s1 + APPOSITION
                for p in people
            ):
                claimed.add(action.start)
                break
    return claimed


# A sentence ends at a line break, or at . ! ? … (then closing quotes and blanks) before a capital: "art. 117" and
# "s. 26-A" go on.
_SENTENCE_END = re.compile(
    r"[.!?\u2026\n](?:(?<=\n)|[.!?\u2026]*[\"'\u201d\u2019\u00bb)\]]*\s+[\"'\u201c\u2018\u00ab(\u00bf\u00a1\[]*)"
)  # one character class first: the scanner skips ahead to it


def _sentence_starts(text: str) -> list[int]:
    """The index of the first word of each sentence after the first.

    Words are counted as the lexicon counts them, runs of letters and digits, with C-level string operations: in
    the text's UTF-8 bytes each byte of a word becomes "a" and each separator a blank, and the words before a
    point are the " a" pairs before it. No list of words is built (every event's text is read).
    """
    ascii_only = text.isascii()
    if not ascii_only:
        text = unicodedata.normalize("NFC", text)  # as the lexicon reads it
    marks = b""
    starts: list[int] = []
    for found in _SENTENCE_END.finditer(text):
        end = found.end()
        if text[end - 1] != "\n" and not text[end : end + 1].isupper():
            continue
        if not marks:
            marks = _marks(text, ascii_only)
        starts.append(marks.count(b" a", 0, 1 + (end if ascii_only else len(text[:end].encode(_UTF8, _LONE)))))
    return starts


_UTF8, _LONE = "utf-8", "surrogatepass"
_MARKS = bytes(0x61 if b >= 0x80 or chr(b).isalnum() else 0x20 for b in range(256))  # word byte "a", else blank
_NOT_WIDE_LEADS = bytes(b for b in range(256) if b not in b"\xc2\xcc\xcd\xe2\xe3\xef")  # deleted by the check
_WIDE_2 = re.compile(rb"[\xcc\xcd][\x80-\xbf]|\xc2[\x80-\xbf]")  # combining marks, Latin-1 punctuation
_WIDE_3 = re.compile(rb"\xe2[\x80-\xbf][\x80-\xbf]|\xe3\x80[\x80-\xbf]|\xef\xbc[\x80-\x8f]")  # punctuation, symbols


def _marks(text: str, ascii_only: bool) -> bytes:
    """A blank, then `text` in UTF-8 with each byte of a word made "a" and each separator byte a blank.

    Separators outside ASCII (no-break spaces, « », curly quotes, dashes, …, CJK punctuation) are blanked by byte
    ranges; a rarer symbol counts as a letter, which only moves a sentence start by a word.
    """
    raw = text.encode(_UTF8, _LONE)
    if not ascii_only and raw.translate(None, _NOT_WIDE_LEADS):  # a byte that may start a separator
        raw = _WIDE_3.sub(b"   ", _WIDE_2.sub(b"  ", raw))
    return b" " + raw.translate(_MARKS)


# --- tags -------------------------------------------------------------------------------------------------

TAG_RULES: tuple[TagRule, ...] = (
    TagRule("free-expression", S.SPEECH_OFFENCE, 0.9),
    TagRule("free-expression", S.SPEECH, 0.7, needs=(S.ARREST,)),
    TagRule("free-expression", S.CYBER_LAW, 0.7, needs=(S.SPEECH,)),
    # An exile (or their family) pursued over what they publish abroad: the pressure cites their expression. Not
    # when the state exposes their data: "published their addresses" is the state's act, not the exile's speech.
    TagRule("free-expression", S.SPEECH, 0.7, needs=(S.TRANSNATIONAL,), unless=(S.PRIVACY,)),
    # the journalist, activist or researcher must be the one acted against, not a witness, victim or source
    TagRule("press-freedom", S.JOURNALIST, 0.85, tied=True),
    TagRule("human-rights-defenders", S.DEFENDER, 0.8, tied=True),
    TagRule("security-research", S.RESEARCHER, 0.85, needs=(S.ARREST,), tied=True),  # prosecuted, not praised
    TagRule("surveillance", S.SURVEILLANCE, 0.8),
    # In a disclosure story the personal data is what the flaw exposed, not what the state took.
    TagRule("privacy", S.PRIVACY, 0.75, unless=(S.RESEARCHER,)),
    TagRule("transnational-repression", S.TRANSNATIONAL, 0.8),
    TagRule("due-process", S.DUE_PROCESS, 0.8),
    TagRule("treaty-adoption", S.TREATY, 0.85),
)
# Tags that claim a human-rights dimension; never assigned to an item judged not relevant.
RIGHTS_TAGS = frozenset(r.tag for r in TAG_RULES) - {"treaty-adoption"}
_EXTRA_PHRASE_BONUS = 0.04


def tag_hits(signals: Signals) -> list[TagHit]:
    """Apply TAG_RULES; a tag's confidence is its best rule plus a little per extra distinct phrase."""
    best: dict[Tag, float] = {}
    evidence: dict[Tag, list[str]] = {}
    tied = signals.tied()
    for rule in TAG_RULES:
        if not signals.has(rule.signal) or not all(signals.has(n) for n in rule.needs):
            continue
        if rule.tied and tied and rule.signal not in tied:  # with nobody tied, no role is preferred
            continue
        if any(signals.has(u) for u in rule.unless):
            continue
        phrases = evidence.setdefault(rule.tag, [])
        phrases.extend(p for p in signals.phrases(rule.signal) if p not in phrases)
        best[rule.tag] = max(best.get(rule.tag, 0.0), rule.confidence)
    return [
        TagHit(tag, round(min(0.98, conf + _EXTRA_PHRASE_BONUS * (len(evidence[tag]) - 1)), 3), tuple(evidence[tag]))
        for tag, conf in best.items()
    ]


# --- relevance --------------------------------------------------------------------------------------------

# Evidence for a rights dimension (positive) and for ordinary cybercrime or crime (negative).
WEIGHTS: dict[Signal, float] = {
    S.SPEECH_OFFENCE: 1.6,
    S.JOURNALIST: 0.8,
    S.DEFENDER: 0.7,
    S.RESEARCHER: 1.0,
    S.RIGHTS: 1.0,
    S.SPEECH: 0.4,
    S.CYBER_LAW: 0.3,
    S.SURVEILLANCE: 0.6,
    S.PRIVACY: 0.4,
    S.TRANSNATIONAL: 0.7,
    S.DUE_PROCESS: 0.7,
    S.TREATY: 0.8,
    S.CYBERCRIME: -1.8,
    S.ORDINARY_CRIME: -1.2,
    S.HARM: -1.2,
    S.PRETEXT: -1.2,
    S.BUSINESS: -1.5,
    S.OCCASION: -2.0,  # an event about cases outweighs any one rights signal: no case is reported
}
BIAS = -1.2  # with no signal at all, an item is not relevant (relevance ~0.23)
ROLES = frozenset({S.JOURNALIST, S.DEFENDER, S.RESEARCHER})
UNTIED = 0.5  # a person or speech phrase tied to no adverse action (a victim, a witness, a source) weighs half
# A speech offence named with nobody arrested, watched or exposed is a law under debate, not a harm.
ADVERSE = frozenset({S.ARREST, S.SURVEILLANCE, S.PRIVACY, S.TRANSNATIONAL, S.DUE_PROCESS, S.RIGHTS})
PERSON_UNDER_PRESSURE = 0.9  # someone who speaks, reports, defends or probes AND an adverse action against them
WATCHED = frozenset({S.SURVEILLANCE, S.PRIVACY})  # the state watching people or taking their data
# People gathered to protest count as people under pressure when they are watched (not merely when arrested:
# a protest arrest alone has no tag in the vocabulary).
NOTHING_ADVERSE = -1.6  # a journalist's book launch, a hacking contest, a bill: vocabulary without a rights harm
PRETEXT_FACTOR = 0.3  # crime charges against a journalist or activist weigh less: pretexts are common ...
# ... but only when the report ties the case to their work: their speech, a protest, exile, an abused procedure,
# a rights group's word, a known pretext charge, or (for researchers) the flaw they reported. A journalist
# arrested for drink-driving with nothing else said is a crime report. Device and data words (phones, passwords,
# personal data) are no tie: they fill every cybercrime report, where the journalist is often the victim. A
# former role is no role: "former columnist", "ancien journaliste" are NOISE in the tables, so a crime charge
# against someone who no longer reports is judged as the crime it is.
LINKS = frozenset(
    {S.SPEECH, S.SPEECH_OFFENCE, S.RIGHTS, S.ASSEMBLY, S.TRANSNATIONAL, S.DUE_PROCESS, S.PRETEXT, S.RESEARCHER}
)
# Violence, threats and sexual abuse are seldom pretexts: discounted only when the report itself calls the case
# retaliation (a rights group's word) or names a speech offence.
FRAMED = frozenset({S.RIGHTS, S.SPEECH_OFFENCE})
EXTRA_PHRASE = 0.15  # each further distinct rights phrase adds a little, up to EXTRA_CAP
EXTRA_CAP = 0.6
STRONG = frozenset({S.SPEECH_OFFENCE, S.JOURNALIST, S.DEFENDER, S.RESEARCHER, S.RIGHTS})
CRIME = frozenset({S.CYBERCRIME, S.ORDINARY_CRIME, S.PRETEXT, S.HARM})


def adverse_signals(present: set[Signal]) -> set[Signal]:
    """The adverse actions in an item; privacy words alone are one only against a rights role or a crowd.

    "Encryption", "personal data" and "privacy" name a topic (a product, a regulator's fine on a shop) as often as
    a harm: with no one in a rights role or protesting, and nothing else adverse, they are not an action against
    anyone.
    """
    adverse = present & ADVERSE
    if adverse == {S.PRIVACY} and not present & (ROLES | {S.ASSEMBLY}):
        return set()
    return adverse


@dataclass(frozen=True, slots=True)
class Relevance:
    """Relevance 0-1 with the facts that decide whether a human should look at it."""

    score: float
    conflicting: bool  # rights vocabulary and crime vocabulary in the same item
    weak: bool  # relevant on a single kind of signal


def relevance(signals: Signals) -> Relevance:
    """Logistic of the weighted signals and their interactions (see the constants above).

    People and speech count in full only when tied to an adverse action (module docstring, `ties_of`).
    """
    present = signals.present()
    tied = signals.tied()
    positive = {s for s in present if WEIGHTS.get(s, 0.0) > 0}
    z = BIAS + sum(WEIGHTS[s] * (UNTIED if s in PEOPLE and s not in tied else 1.0) for s in positive)
    extra = sum(len(signals.phrases(s)) - 1 for s in positive)
    z += min(EXTRA_CAP, EXTRA_PHRASE * extra)
    adverse = adverse_signals(present)
    if (tied and adverse) or (S.ASSEMBLY in present and present & WATCHED):
        z += PERSON_UNDER_PRESSURE
    if not adverse:
        z += NOTHING_ADVERSE
    crime = sum(WEIGHTS[s] for s in present & (CRIME - {S.HARM})) - 0.3 * max(0, len(signals.phrases(S.CYBERCRIME)) - 1)
    z += crime * (PRETEXT_FACTOR if tied & ROLES and present & LINKS else 1.0)
    if S.HARM in present:
        z += WEIGHTS[S.HARM] * (PRETEXT_FACTOR if tied & ROLES and present & FRAMED else 1.0)
    z += sum(WEIGHTS[s] for s in present & {S.BUSINESS, S.OCCASION})
    score = 1.0 / (1.0 + math.exp(-z))
    return Relevance(
        score=round(score, 3),
        conflicting=bool(present & STRONG) and bool(present & CRIME),
        weak=score >= 0.5 and len(positive) == 1,
    )
