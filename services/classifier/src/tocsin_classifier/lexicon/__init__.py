"""Phrase tables per language and signal, and an accent-tolerant whole-word matcher.

A phrase is written as it reads in the news ("Điều 117", "fausses nouvelles"); a word followed by "*" is a
prefix ("journalist*"), and "…" between two words lets up to GAP other words stand between them: "seiz* … phone*"
matches "seized the reporter's two phones" (`near` builds such families from verbs and objects).

Text typed without accents matches accented phrases ("Dieu 117"), but accented text never matches a differently
accented or unaccented word (Vietnamese "sông" is not "song", Spanish "Público" is not "publicó"); a prefix only
checks its own letters ("incaut*" covers "incautó"). A phrase in capitals is an acronym that matches only capitals
("NGO", not "Ngô").
"""

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache, lru_cache
from itertools import accumulate
from typing import NamedTuple, cast


class Signal(StrEnum):
    """What a phrase is evidence of; rules turn signals into tags and relevance."""

    ARREST = "arrest"  # arrested, charged, detained, sentenced
    SPEECH = "speech"  # an act of expression (a post, a video, criticism) or someone known for it (a blogger)
    SPEECH_OFFENCE = "speech-offence"  # offences that criminalise speech: art. 117, "fake news", s. 112
    CYBER_LAW = "cyber-law"  # a cybercrime statute that is also used against speech (PECA, CMCA)
    JOURNALIST = "journalist"
    DEFENDER = "defender"  # activists, rights lawyers, dissidents, organisers, opposition figures
    RESEARCHER = "researcher"  # security researchers and vulnerability disclosure
    RIGHTS = "rights"  # explicit rights framing: Amnesty, CPJ, "prisoner of conscience"
    SURVEILLANCE = "surveillance"  # spyware, interception, device seizure and extraction, call records
    PRIVACY = "privacy"  # personal data exposed or demanded: doxxing, passwords
    TRANSNATIONAL = "transnational"  # extradition, abduction abroad, exiles and their relatives targeted
    DUE_PROCESS = "due-process"  # incommunicado, no lawyer, closed trial, no charge
    TREATY = "treaty"  # the UN Convention against Cybercrime itself
    CYBERCRIME = "cybercrime"  # ransomware, fraud, phishing, SIM swap, data theft
    ORDINARY_CRIME = "ordinary-crime"  # drugs, smuggling, corruption, bribery
    HARM = "harm"  # violence, threats, sexual abuse, drink-driving: crimes against people, seldom a pretext
    PRETEXT = "pretext"  # tax evasion, hooliganism: charges routinely brought against critics (still a crime)
    ASSEMBLY = "assembly"  # protests, marches, vigils: people exercising a right together (no tag of its own)
    BUSINESS = "business"  # earnings, revenue, share prices: company news that shares words with rights news
    OCCASION = "occasion"  # festivals, premieres, award ceremonies, trade conferences: talk about cases, no case
    NOISE = "noise"  # phrases whose words must not count ("told reporters")


Table = Mapping[Signal, tuple[str, ...]]


class Hit(NamedTuple):
    """One phrase found in a text: its signal, the table's phrase, the words as they read, token span."""

    signal: Signal
    phrase: str
    quote: str
    start: int
    end: int
    gapped: bool = False  # matched across a "…": other words stand inside its span


GAP = 5
"""The most words a "…" in a phrase may skip."""


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the text: folded for lookup, as written (case-folded) for accent checks, and its offsets."""

    folded: str
    written: str
    start: int
    end: int

    @property
    def accented(self) -> bool:
        return not self.written.isascii()


Sig = tuple[str, str, bool]
"""What matching needs of a word: folded, as written (case-folded), and whether it is in capitals."""


@dataclass(frozen=True, slots=True)
class _Pattern:
    folded: str
    written: str | None  # case-folded accented form; None when the phrase word is plain ASCII
    prefix: bool
    acronym: bool
    gap_before: int = 0  # how many words may stand between this word and the previous one

    def matches(self, sig: Sig) -> bool:
        folded, written, upper = sig
        ok = folded.startswith(self.folded) if self.prefix else folded == self.folded
        if not ok:
            return False
        if self.acronym and not upper:
            return False
        if not written.isascii():  # a prefix only needs its own letters as written: "incaut*" covers "incautó"
            if self.prefix:
                return written.startswith(self.written or self.folded)
            return written == self.written
        return True


@dataclass(frozen=True, slots=True, eq=False)
class _Entry:
    signal: Signal
    phrase: str
    length: int  # number of words in the phrase
    rank: tuple[int, int]  # the order `find` reports phrases starting on the same word in


def fold(text: str) -> str:
    """Lower-case and strip accents (Vietnamese đ becomes d) so spelling variants compare equal."""
    text = text.replace("đ", "d").replace("Đ", "d").casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _fold_char(ch: str) -> str:
    return "".join(c for c in fold(ch) if c.isascii() and c.isalnum())


_WORD = re.compile(r"[^\W_]+")
_SPLIT = re.compile(r"([^\W_]+)")


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return "".join(_fold_char(ch) for ch in word)


@lru_cache(maxsize=1 << 16)
def _sig(word: str) -> Sig | None:
    folded = _fold_word(word)
    return (folded, word.casefold(), word.isupper()) if folded else None


def tokens_of(text: str) -> list[Token]:
    """Alphanumeric words of `text` (NFC); everything else separates words ("s. 26-A" -> s, 26, a)."""
    out: list[Token] = []
    for match in _WORD.finditer(text):
        word = match.group()
        folded = _fold_word(word)
        if folded:
            out.append(Token(folded, word.casefold(), match.start(), match.end()))
    return out


def tokenize(text: str) -> list[str]:
    """The folded words of `text`."""
    return [t.folded for t in tokens_of(unicodedata.normalize("NFC", text))]


def near(firsts: Iterable[str], seconds: Iterable[str]) -> tuple[str, ...]:
    """Every "first … second" phrase: a family such as seizure verbs near device nouns."""
    return tuple(f"{a} … {b}" for a in firsts for b in seconds)


def _patterns(phrase: str) -> tuple[_Pattern, ...]:
    out: list[_Pattern] = []
    for n, part in enumerate(unicodedata.normalize("NFC", phrase).split("…")):
        words = tokens_of(part)
        if not words:
            raise ValueError(f"phrase {phrase!r} has no words before or after a gap")
        out.extend(
            _Pattern(
                folded=w.folded,
                written=w.written if w.accented else None,
                prefix=part[w.end : w.end + 1] == "*",
                acronym=len(w.folded) >= 2 and part[w.start : w.end].isupper(),
                gap_before=GAP if n > 0 and i == 0 else 0,
            )
            for i, w in enumerate(words)
        )
    return tuple(out)


MAX_CACHED_WORDS = 200_000


class _Node:
    """A trie node: the phrase words read so far; children by next word, phrases ending here, gaps after it."""

    __slots__ = ("_exact", "_lengths", "_prefix", "done", "gaps", "leaf", "steps")

    def __init__(self) -> None:
        self._exact: dict[str, list[tuple[_Pattern, _Node]]] = {}
        self._prefix: dict[str, list[tuple[_Pattern, _Node]]] = {}
        self._lengths: tuple[int, ...] = ()
        self.steps: dict[Sig, tuple[_Node, ...]] = {}  # memo of `step`
        self.done: list[_Entry] = []
        self.gaps: dict[int, _Node] = {}  # gap size -> the root of the words after the gap
        self.leaf = True  # nothing below: no child, no gap

    def child(self, pattern: _Pattern) -> "_Node":
        """The node after `pattern` (one per distinct pattern), created on first use."""
        self.leaf = False
        pairs = (self._prefix if pattern.prefix else self._exact).setdefault(pattern.folded, [])
        for known, node in pairs:
            if known == pattern:
                return node
        node = _Node()
        pairs.append((pattern, node))
        if pattern.prefix:
            self._lengths = tuple(sorted({*self._lengths, len(pattern.folded)}))
        return node

    def gap(self, size: int) -> "_Node":
        """The root of the phrases' words after a gap of up to `size` words."""
        self.leaf = False
        return self.gaps.setdefault(size, _Node())

    def step(self, sig: Sig) -> tuple["_Node", ...]:
        """The children whose word matches `sig`."""
        found = self.steps.get(sig)
        if found is None:
            folded = sig[0]
            prefixed = (pair for n in self._lengths if n <= len(folded) for pair in self._prefix.get(folded[:n], ()))
            found = tuple(node for pattern, node in (*self._exact.get(folded, ()), *prefixed) if pattern.matches(sig))
            if len(self.steps) > MAX_CACHED_WORDS:  # bounded memory in a long-running service
                self.steps.clear()
            self.steps[sig] = found
        return found


class Lexicon:
    """A word trie over phrase tables; `find` scans a text once, whatever the number of phrases."""

    def __init__(self, tables: Iterable[Table]) -> None:
        self._root = _Node()
        seen: set[tuple[Signal, tuple[_Pattern, ...]]] = set()
        for table in tables:
            for signal, phrases in table.items():
                for phrase in phrases:
                    patterns = _patterns(phrase)
                    if (signal, patterns) in seen:  # the same phrase in two tables is one phrase
                        continue
                    seen.add((signal, patterns))
                    head = patterns[0]  # phrases on one word: exact heads first, then shorter prefixes, as listed
                    entry = _Entry(signal, phrase, len(patterns), (len(head.folded) if head.prefix else 0, len(seen)))
                    node = self._root
                    for pattern in patterns:
                        node = (
                            node.gap(pattern.gap_before).child(pattern) if pattern.gap_before else node.child(pattern)
                        )
                    node.done.append(entry)

    def find(self, text: str) -> list[Hit]:
        """Every phrase in `text`, minus those inside a NOISE phrase or inside a longer phrase."""
        parts = _SPLIT.split(unicodedata.normalize("NFC", text))  # separator, word, separator, ..., separator
        maybe = list(map(_sig, parts[1::2]))
        where: list[int] | None = None  # the index of each token in parts, when some words are not tokens
        if None in maybe:  # a word with no Latin letter or digit once folded ("中") is no word of a phrase
            where = [2 * n + 1 for n, sig in enumerate(maybe) if sig is not None]
        sigs = [sig for sig in maybe if sig is not None] if where is not None else cast(list[Sig], maybe)
        root = self._root
        cached = list(map(root.steps.get, sigs))  # every word seen before: no Python call per word
        heads = list(map(root.step, sigs)) if None in cached else cast(list[tuple[_Node, ...]], cached)
        found: list[tuple[_Entry, int, int]] = []
        for i in [i for i, firsts in enumerate(heads) if firsts]:
            firsts = heads[i]
            if len(firsts) == 1 and firsts[0].leaf and len(firsts[0].done) == 1:  # the common case: one word
                found.append((firsts[0].done[0], i, i + 1))
                continue
            ends: dict[_Entry, int] = {}
            for node in firsts:
                _walk(node, sigs, i + 1, ends)
            found.extend((entry, i, ends[entry]) for entry in sorted(ends, key=_rank))
        return _hits(parts, where, found) if found else []


def _walk(node: _Node, sigs: list[Sig], j: int, ends: dict[_Entry, int]) -> None:
    """Record in `ends` each phrase below `node` (its words read up to token j) where a left-to-right search
    first completes it."""
    for entry in node.done:
        if entry not in ends:
            ends[entry] = j
    if node.leaf:
        return
    for gap, after in node.gaps.items():
        for k, sig in enumerate(sigs[j : j + gap + 1], start=j):
            children = after.steps.get(sig)
            for child in after.step(sig) if children is None else children:
                _walk(child, sigs, k + 1, ends)
    if j < len(sigs):
        children = node.steps.get(sigs[j])
        for child in node.step(sigs[j]) if children is None else children:
            _walk(child, sigs, j + 1, ends)


def _rank(entry: _Entry) -> tuple[int, int]:
    return entry.rank


def _hits(parts: list[str], where: list[int] | None, found: list[tuple[_Entry, int, int]]) -> list[Hit]:
    """The phrases found, quoted as they read, minus those inside a noise phrase or a longer phrase.

    "without access to a lawyer" is not a lawyer; a gapped phrase shadows nothing: in "seized the journalist's
    phone" the journalist still counts.
    """
    covers = [  # only a noise phrase or one of two words or more can shadow another
        (i, end, entry.signal is Signal.NOISE)
        for entry, i, end in found
        if end - i <= entry.length and (end - i > 1 or entry.signal is Signal.NOISE)
    ]
    kept = [
        (entry, i, end)
        for entry, i, end in found
        if entry.signal is not Signal.NOISE
        and not (covers and any(a <= i and end <= b and (noise or b - a > end - i) for a, b, noise in covers))
    ]
    if not kept:
        return []
    offsets = [0, *accumulate(map(len, parts))]  # parts[n] is text[offsets[n] : offsets[n + 1]]
    text = "".join(parts)
    hits = []
    for entry, i, end in kept:
        first, last = (where[i], where[end - 1]) if where is not None else (2 * i + 1, 2 * end - 1)
        quote = text[offsets[first] : offsets[last + 1]]
        hits.append(Hit(entry.signal, entry.phrase, quote, i, end, end > i + entry.length))
    return hits


@cache
def lexicon_for(language: str) -> Lexicon:
    """English, language-neutral legal hooks and the event's own language (all languages if unknown)."""
    from tocsin_classifier.lexicon import en, es, fr, legal, vi

    by_language: dict[str, Table] = {"en": en.TABLE, "vi": vi.TABLE, "fr": fr.TABLE, "es": es.TABLE}
    primary = language.split("-")[0].casefold()
    chosen = ["en", primary] if primary in by_language else list(by_language)
    return Lexicon([legal.TABLE, *(by_language[name] for name in dict.fromkeys(chosen))])


LANGUAGES: tuple[str, ...] = ("en", "vi", "fr", "es")
