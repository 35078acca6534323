"""Structure: is the person in a rights role the one acted against? (`ties_of`, used by `rules.read_signals`)

Positions of the lexicon's hits, sentence starts counted on the text's bytes, and the tie rule: a journalist,
activist, researcher or act of speech is tied to an adverse action in the same sentence, near it, with nothing
between them that makes the person a victim, a witness, a relative or a past role.
"""

import re
import unicodedata
from bisect import bisect_right

from tocsin_classifier.lexicon import Hit, Signal

S = Signal

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


def may_tie(hits: list[Hit]) -> bool:
    signals = {h.signal for h in hits}
    return bool(signals & PEOPLE) and bool(signals & (ANCHORS | {S.RIGHTS}))


def ties_of(hits: list[Hit], text: str) -> list[tuple[Signal, str, str]]:
    """(signal, phrase, action) for each person or speech phrase attached to an adverse action, first per phrase."""
    return ties(hits, sentence_starts(text)) if may_tie(hits) else []


def ties(hits: list[Hit], starts: list[int]) -> list[tuple[Signal, str, str]]:
    """`ties_of`, the sentences of the text given by the words that start them (`sentence_starts`)."""
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


def sentence_starts(text: str) -> list[int]:
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
