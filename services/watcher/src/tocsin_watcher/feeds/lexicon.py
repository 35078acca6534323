"""Phrase lists matched on whole words of a FoldedText, reporting each hit as the text printed it.

A phrase is written as it reads ("placé(e|s|es)? en garde à vue"): `(a|b)` groups expand to every variant,
a `?` after a group makes it optional, and punctuation only separates words. Phrases are compiled into a
word trie, so matching costs one dictionary lookup per word whatever the size of the list.
"""

import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar, cast

from tocsin_watcher.feeds.text import FoldedText, casefold_keep_accents, fold

Mode = Literal["folded", "accented", "exact"]
T = TypeVar("T")

_WORD = re.compile(r"\w+")
_GROUP = re.compile(r"\(([^()]*)\)(\?)?")


def expand(phrase: str) -> list[str]:
    """Every variant a phrase stands for: "arrest(ed|s)?" -> ["arrested", "arrests", "arrest"]."""
    pieces: list[list[str]] = []
    position = 0
    for group in _GROUP.finditer(phrase):
        pieces.append([phrase[position : group.start()]])
        options = group.group(1).split("|")
        pieces.append([*options, ""] if group.group(2) else options)
        position = group.end()
    pieces.append([phrase[position:]])
    return ["".join(choice) for choice in itertools.product(*pieces)]


def _normalise(phrase: str, mode: Mode) -> str:
    if mode == "folded":
        return fold(phrase)
    if mode == "accented":
        return casefold_keep_accents(phrase)
    return phrase


@dataclass(frozen=True)
class Hit(Generic[T]):
    """One phrase found in a text: where, as printed, and the value the phrase was listed with."""

    start: int
    end: int
    surface: str
    tag: T


@dataclass
class _Node(Generic[T]):
    children: dict[str, "_Node[T]"] = field(default_factory=dict)
    tag: T | None = None
    terminal: bool = False


class Lexicon(Generic[T]):
    """A list of phrases, each with a tag, matched longest-first on whole words of one form of a text."""

    def __init__(self, phrases: Iterable[tuple[str, T]], *, mode: Mode = "folded") -> None:
        self.mode: Mode = mode
        self._root: _Node[T] = _Node()
        for phrase, tag in phrases:
            for variant in expand(phrase):
                tokens = _WORD.findall(_normalise(variant, mode))
                if tokens:
                    self._insert(tokens, tag)

    def _insert(self, tokens: list[str], tag: T) -> None:
        node = self._root
        for token in tokens:
            node = node.children.setdefault(token, _Node())
        if not node.terminal:
            node.tag, node.terminal = tag, True

    def find(self, text: FoldedText) -> list[Hit[T]]:
        """Non-overlapping hits, leftmost and longest first."""
        tokens = text.words(self.mode)
        hits: list[Hit[T]] = []
        index = 0
        while index < len(tokens):
            node = self._root.children.get(tokens[index][0])
            best: tuple[int, _Node[T]] | None = None
            cursor = index
            while node is not None:
                if node.terminal:
                    best = (cursor, node)
                cursor += 1
                node = node.children.get(tokens[cursor][0]) if cursor < len(tokens) else None
            if best is None:
                index += 1
                continue
            last, found = best
            start, end = tokens[index][1], tokens[last][2]
            hits.append(Hit(start, end, text.surface(start, end), cast(T, found.tag)))
            index = last + 1
        return hits


def outside(hits: Iterable[Hit[T]], masks: Iterable[Hit[Any]]) -> list[Hit[T]]:
    """The hits that overlap none of the masking spans."""
    spans = [(m.start, m.end) for m in masks]
    return [h for h in hits if not any(h.start < end and start < h.end for start, end in spans)]
