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
    ORDINARY_CRIME = "ordinary-crime"  # drugs, murder, robbery, trafficking
    ASSEMBLY = "assembly"  # protests, marches, vigils: people exercising a right together (no tag of its own)
    BUSINESS = "business"  # earnings, revenue, share prices: company news that shares words with rights news
    NOISE = "noise"  # phrases whose words must not count ("told reporters")


Table = Mapping[Signal, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class Hit:
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


@dataclass(frozen=True, slots=True)
class _Pattern:
    folded: str
    written: str | None  # case-folded accented form; None when the phrase word is plain ASCII
    prefix: bool
    acronym: bool
    gap_before: int = 0  # how many words may stand between this word and the previous one

    def matches(self, token: Token, original: str) -> bool:
        ok = token.folded.startswith(self.folded) if self.prefix else token.folded == self.folded
        if not ok:
            return False
        if self.acronym and not original.isupper():
            return False
        if token.accented:  # a prefix only needs its own letters as written: "incaut*" covers "incautó"
            if self.prefix:
                return token.written.startswith(self.written or self.folded)
            return token.written == self.written
        return True


@dataclass(frozen=True, slots=True)
class _Entry:
    signal: Signal
    phrase: str
    patterns: tuple[_Pattern, ...]
    segments: tuple[tuple[_Pattern, ...], ...]  # the patterns as runs of adjacent words, split at gaps


def fold(text: str) -> str:
    """Lower-case and strip accents (Vietnamese đ becomes d) so spelling variants compare equal."""
    text = text.replace("đ", "d").replace("Đ", "d").casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _fold_char(ch: str) -> str:
    return "".join(c for c in fold(ch) if c.isascii() and c.isalnum())


_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return "".join(_fold_char(ch) for ch in word)


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


def _segments(patterns: tuple[_Pattern, ...]) -> tuple[tuple[_Pattern, ...], ...]:
    cuts = [n for n, p in enumerate(patterns) if p.gap_before] + [len(patterns)]
    return tuple(patterns[a:b] for a, b in zip([0, *cuts[:-1]], cuts, strict=True))


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


class Lexicon:
    """An index over phrase tables; `find` scans a text once, whatever the number of phrases."""

    def __init__(self, tables: Iterable[Table]) -> None:
        self._exact: dict[str, list[_Entry]] = {}
        self._prefix: dict[str, list[_Entry]] = {}
        seen: set[tuple[Signal, tuple[_Pattern, ...]]] = set()
        for table in tables:
            for signal, phrases in table.items():
                for phrase in phrases:
                    patterns = _patterns(phrase)
                    if (signal, patterns) in seen:  # the same phrase in two tables is one phrase
                        continue
                    seen.add((signal, patterns))
                    head = patterns[0]
                    index = self._prefix if head.prefix else self._exact
                    index.setdefault(head.folded, []).append(_Entry(signal, phrase, patterns, _segments(patterns)))
        self._prefix_lengths = sorted({len(p) for p in self._prefix})
        self._by_word: dict[str, tuple[_Entry, ...]] = {}

    def find(self, text: str) -> list[Hit]:
        """Every phrase in `text`, minus those inside a NOISE phrase or inside a longer phrase."""
        text = unicodedata.normalize("NFC", text)
        tokens = tokens_of(text)
        hits: list[Hit] = []
        for i, token in enumerate(tokens):
            for entry in self._candidates(token.folded):
                end = _match(tokens, i, entry.segments, text)
                if end is not None:
                    quote = text[token.start : tokens[end - 1].end]
                    hits.append(Hit(entry.signal, entry.phrase, quote, i, end, end - i > len(entry.patterns)))
        return [h for h in hits if h.signal is not Signal.NOISE and not any(_shadows(other, h) for other in hits)]

    def _candidates(self, folded: str) -> tuple[_Entry, ...]:
        found = self._by_word.get(folded)
        if found is None:
            prefixed = (e for n in self._prefix_lengths if n <= len(folded) for e in self._prefix.get(folded[:n], ()))
            found = (*self._exact.get(folded, ()), *prefixed)
            if len(self._by_word) > MAX_CACHED_WORDS:  # bounded memory in a long-running service
                self._by_word.clear()
            self._by_word[folded] = found
        return found


def _match(tokens: list[Token], i: int, segments: tuple[tuple[_Pattern, ...], ...], text: str) -> int | None:
    """The token index just past the first match of `segments` (runs of words split at gaps) from token i."""
    end = _run(tokens, i, segments[0], text)
    if end is None or len(segments) == 1:
        return end
    head = segments[1][0]
    for j in range(end, min(end + head.gap_before + 1, len(tokens))):
        folded = tokens[j].folded  # a cheap look at the word before the full match
        if folded.startswith(head.folded) if head.prefix else folded == head.folded:
            found = _match(tokens, j, segments[1:], text)
            if found is not None:
                return found
    return None


def _run(tokens: list[Token], i: int, patterns: tuple[_Pattern, ...], text: str) -> int | None:
    if i + len(patterns) > len(tokens):
        return None
    for offset, pattern in enumerate(patterns):
        token = tokens[i + offset]
        if not pattern.matches(token, text[token.start : token.end]):
            return None
    return i + len(patterns)


def _shadows(big: Hit, small: Hit) -> bool:
    """True when `big` covers `small` and is noise or longer: "without access to a lawyer" is not a lawyer.

    A gapped phrase shadows nothing: in "seized the journalist's phone" the journalist still counts.
    """
    if big is small or big.gapped or not (big.start <= small.start and small.end <= big.end):
        return False
    return big.signal is Signal.NOISE or (big.end - big.start) > (small.end - small.start)


@cache
def lexicon_for(language: str) -> Lexicon:
    """English, language-neutral legal hooks and the event's own language (all languages if unknown)."""
    from tocsin_classifier.lexicon import en, es, fr, legal, vi

    by_language: dict[str, Table] = {"en": en.TABLE, "vi": vi.TABLE, "fr": fr.TABLE, "es": es.TABLE}
    primary = language.split("-")[0].casefold()
    chosen = ["en", primary] if primary in by_language else list(by_language)
    return Lexicon([legal.TABLE, *(by_language[name] for name in dict.fromkeys(chosen))])


LANGUAGES: tuple[str, ...] = ("en", "vi", "fr", "es")
