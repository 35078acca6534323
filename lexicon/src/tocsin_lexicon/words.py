"""Words of a text: folded for lookup, as written for accent checks, and where each stands.

A word is a run of letters and digits (`WORD`) that keeps an ASCII letter or digit once folded ("中文" is no word).
`Words` finds the same words as `tokens_of`, with C-level string operations instead of a regex match per word,
and spells them for the phrase index: plain ASCII words folded ("dieu"), others as written behind a MARK ("^điều").
"""

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate, compress, count
from operator import add
from typing import cast

WORD = re.compile(r"[^\W_]+")
MARK = "^"
"""Stands before a word written with letters outside ASCII; never part of a word, nor of any word case-folded."""

_ASCII_GAPS = bytes(b if b >= 0x80 or chr(b).isalnum() else 0x20 for b in range(256))  # bytes.translate table
_WIDE_GAP = re.compile(r"[^\w ]")  # once ASCII separators are spaces: a separator outside ASCII
MAX_CACHED_WORDS = 200_000


def fold(text: str) -> str:
    """Lower-case and strip accents (Vietnamese đ becomes d) so spelling variants compare equal."""
    text = text.replace("đ", "d").replace("Đ", "d").casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _fold_char(ch: str) -> str:
    return "".join(c for c in fold(ch) if c.isascii() and c.isalnum())


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """The word's ASCII letters and digits once folded, character by character ("Điều" -> "dieu", "中" -> "")."""
    return "".join(_fold_char(ch) for ch in word)


Sig = tuple[str, str, bool]
"""What matching needs of a word: folded, as written (case-folded), and whether it is in capitals."""


@lru_cache(maxsize=1 << 16)
def sig_of(word: str) -> Sig:
    return fold_word(word), word.casefold(), word.isupper()


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


def tokens_of(text: str) -> list[Token]:
    """Alphanumeric words of `text` (NFC); everything else separates words ("s. 26-A" -> s, 26, a)."""
    out: list[Token] = []
    for match in WORD.finditer(text):
        word = match.group()
        folded = fold_word(word)
        if folded:
            out.append(Token(folded, word.casefold(), match.start(), match.end()))
    return out


def tokenize(text: str) -> list[str]:
    """The folded words of `text`."""
    return [t.folded for t in tokens_of(unicodedata.normalize("NFC", text))]


_SPELLINGS: dict[str, str] = {}


def spelling(word: str) -> str:
    """How the phrase index spells a word of a text: folded if written in ASCII, else MARK and as written.

    "" for a word with nothing left once folded. Folding a word or its case-folded form gives the same letters
    (a test checks every character), so equal written forms imply equal folded ones.
    """
    found = _SPELLINGS.get(word)
    if found is None:
        folded, written = fold_word(word), word.casefold()
        found = folded if written.isascii() or not folded else MARK + written
        if len(_SPELLINGS) > MAX_CACHED_WORDS:  # bounded memory in a long-running service
            _SPELLINGS.clear()
        _SPELLINGS[word] = found
    return found


class Words:
    """The words of a text (NFC) as written, spelled for the phrase index (" dieu 117 "), and their offsets."""

    __slots__ = ("_kept", "_pieces", "_starts", "spelled", "text", "words")

    def __init__(self, text: str) -> None:
        pieces = _spaced(text).split(" ")  # words and empty strings, each piece followed by one space
        words = list(filter(None, pieces))
        kept: list[bool] | None = None
        if text.isascii():  # ASCII letters and digits fold to themselves, lower-cased
            spelled = " ".join(words).lower()
        else:
            known = list(map(_SPELLINGS.get, words))  # every word seen before: no Python call per word
            spellings = cast(list[str], known) if all(known) else list(map(spelling, words))
            if not all(spellings):  # "中文": not a word of any phrase, nor counted
                kept = list(map(bool, spellings))
                words, spellings = list(compress(words, kept)), list(compress(spellings, kept))
            spelled = " ".join(spellings)
        self.text = text
        self.words: list[str] = words
        self.spelled = f" {spelled} "  # word k starts after the k-th space
        self._pieces = pieces
        self._kept = kept
        self._starts: list[int] | None = None

    def starts(self) -> list[int]:
        """Where each word starts in the text (worked out once per text; callers read it, never change it)."""
        if self._starts is None:
            pieces = self._pieces
            starts = compress(map(add, accumulate(map(len, pieces), initial=0), count()), pieces)
            self._starts = list(starts if self._kept is None else compress(starts, self._kept))
        return self._starts


def _spaced(text: str) -> str:
    """`text` with each character that is no letter or digit replaced by a space, offsets unchanged."""
    spaced = text.encode("utf-8", "surrogatepass").translate(_ASCII_GAPS).decode("utf-8", "surrogatepass")
    if text.isascii() or spaced.replace(" ", "x").isalnum():
        return spaced
    return _WIDE_GAP.sub(" ", spaced)  # separators outside ASCII: guillemets, curly quotes, no-break spaces
