"""A slow, plain reading of the lexicon's matching rules, to check the fast `Lexicon.find` against.

Nothing here is shared with the matcher under test but the result types. For every word of the text and every
phrase that could start on it, the phrase's words are tried left to right; a "…" tries the next word at each of
the following GAP + 1 places, nearest first, and the first way through decides where the phrase ends.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from tocsin_lexicon import GAP, Hit, Signal, Table

_WORD = re.compile(r"[^\W_]+")  # letters and digits; everything else separates words


def _fold(word: str) -> str:
    """Each character lower-cased, decomposed, kept only as its plain ASCII letters and digits (đ is d)."""
    out = []
    for ch in word:
        decomposed = unicodedata.normalize("NFKD", ch.replace("đ", "d").replace("Đ", "d").casefold())
        out.append("".join(c for c in decomposed if not unicodedata.combining(c) and c.isascii() and c.isalnum()))
    return "".join(out)


@dataclass(frozen=True)
class Word:
    """A word of a text or a phrase: folded, as written (case-folded), in capitals, and where it stands."""

    folded: str
    written: str
    upper: bool
    start: int
    end: int


def words_of(text: str) -> list[Word]:
    """The words of `text` (already NFC) that keep a letter or digit once folded."""
    out = []
    for match in _WORD.finditer(text):
        word = match.group()
        if folded := _fold(word):
            out.append(Word(folded, word.casefold(), word.isupper(), match.start(), match.end()))
    return out


@dataclass(frozen=True)
class PhraseWord:
    folded: str
    written: str | None  # the accented spelling (case-folded), None when the phrase word is plain ASCII
    prefix: bool  # written with a trailing "*"
    acronym: bool  # written in capitals, two letters or more
    after_gap: bool  # a "…" stands before it

    def matches(self, word: Word) -> bool:
        if self.acronym and not word.upper:
            return False
        if self.prefix:
            if not word.folded.startswith(self.folded):
                return False
            return word.written.isascii() or word.written.startswith(self.written or self.folded)
        if word.folded != self.folded:
            return False
        return word.written.isascii() or word.written == self.written


def phrase_words(phrase: str) -> tuple[PhraseWord, ...]:
    out = []
    for n, part in enumerate(unicodedata.normalize("NFC", phrase).split("…")):
        for i, w in enumerate(words_of(part)):
            out.append(
                PhraseWord(
                    folded=w.folded,
                    written=None if w.written.isascii() else w.written,
                    prefix=part[w.end : w.end + 1] == "*",
                    acronym=len(w.folded) >= 2 and part[w.start : w.end].isupper(),
                    after_gap=n > 0 and i == 0,
                )
            )
    return tuple(out)


@dataclass(frozen=True)
class Phrase:
    signal: Signal
    text: str
    words: tuple[PhraseWord, ...]
    rank: tuple[int, int]  # phrases found on the same first word: whole first words, then shorter prefixes


class ReferenceLexicon:
    """The same tables, the same answers as `Lexicon`, found the slow way."""

    def __init__(self, tables: Iterable[Table]) -> None:
        self._by_word: dict[str, list[Phrase]] = {}  # phrases by their first word, when it is a whole word
        self._by_prefix: dict[str, list[Phrase]] = {}  # and when it is a prefix
        seen: set[tuple[Signal, tuple[PhraseWord, ...]]] = set()
        for table in tables:
            for signal, texts in table.items():
                for text in texts:
                    words = phrase_words(text)
                    if (signal, words) not in seen:  # the same phrase twice is one phrase
                        seen.add((signal, words))
                        head = words[0]
                        rank = (len(head.folded) if head.prefix else 0, len(seen))
                        phrase = Phrase(signal, text, words, rank)
                        heads = self._by_prefix if head.prefix else self._by_word
                        heads.setdefault(head.folded, []).append(phrase)

    def find(self, text: str) -> list[Hit]:
        text = unicodedata.normalize("NFC", text)
        words = words_of(text)
        found = []
        for i in range(len(words)):
            starting = []
            for phrase in self._starting_with(words[i].folded):
                end = _end(phrase.words, words, i)
                if end is not None:
                    starting.append((phrase.rank, phrase, end))
            found += [(phrase, i, end) for _, phrase, end in sorted(starting, key=lambda f: f[0])]
        hits = []
        for phrase, i, end in found:
            if phrase.signal is Signal.NOISE or any(_shadows(other, a, b, i, end) for other, a, b in found):
                continue
            quote = text[words[i].start : words[end - 1].end]
            hits.append(Hit(phrase.signal, phrase.text, quote, i, end, end - i > len(phrase.words)))
        return hits

    def _starting_with(self, folded: str) -> list[Phrase]:
        """Every phrase whose first word, ignoring accents and capitals, could be `folded`."""
        prefixed = [p for n in range(1, len(folded) + 1) for p in self._by_prefix.get(folded[:n], [])]
        return self._by_word.get(folded, []) + prefixed


def _end(pattern: tuple[PhraseWord, ...], words: list[Word], at: int) -> int | None:
    """Where the phrase's words, the first tried on words[at], are first all found; None if they never are."""
    if not pattern:
        return at
    head, rest = pattern[0], pattern[1:]
    places = range(at, at + GAP + 1) if head.after_gap else range(at, at + 1)
    for k in places:
        if k < len(words) and head.matches(words[k]):
            end = _end(rest, words, k + 1)
            if end is not None:
                return end
    return None


def _shadows(other: Phrase, a: int, b: int, i: int, end: int) -> bool:
    """A noise phrase hides every phrase inside its words; a phrase of two words or more hides shorter ones
    inside it, unless it is structure (a victim, suspect, former, relative, identifying or genre phrase); a phrase
    written with a gap ("journalist … murdered") hides nothing, even where no word stands in its gap, nor does
    one whose words are tied ("bắt‿nhà báo")."""
    if b - a > len(other.words) or not (a <= i and end <= b):
        return False
    if other.signal is Signal.NOISE:
        return True
    if any(word.after_gap for word in other.words) or "\u203f" in other.text:
        return False
    if other.signal in (Signal.VICTIM, Signal.SUSPECT, Signal.FORMER, Signal.RELATIVE, Signal.IDENTIFY, Signal.GENRE):
        return False  # structure ("theft of", "el acusado", "the man is", "press freedom index") hides no evidence
    return b - a > 1 and b - a > end - i
