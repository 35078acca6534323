"""The phrases' words as a trie, and the walk that finds where each phrase below a node first ends."""

import unicodedata
from dataclasses import dataclass
from functools import cache

from tocsin_lexicon.signals import GAP, GAP_MARK, TIE, Signal
from tocsin_lexicon.words import MARK, Sig, sig_of, tokens_of

# Words remembered per node. Hundreds of nodes step (after every gap and prefix word), each on whatever words
# follow it in the news, names included: a small cap bounds the total (~650 nodes x 1024 words, under ~100 MB
# in the worst case) however long the service runs; a miss costs only a few dictionary lookups.
STEPS_PER_NODE = 1024


@dataclass(frozen=True, slots=True)
class Pattern:
    """A word of a phrase: folded, its accents (case-folded) if any, prefix ("journalist*"), acronym ("NGO")."""

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

    def spellings(self) -> tuple[str, ...]:
        """The text spellings (see `Words`) this word matches: the whole spelling, or its start for a prefix."""
        if self.prefix:
            return self.folded, MARK + (self.written or self.folded)
        return (self.folded, MARK + self.written) if self.written else (self.folded,)


def patterns_of(phrase: str) -> tuple[Pattern, ...]:
    parts = unicodedata.normalize("NFC", phrase).replace(TIE, " ").split(GAP_MARK)
    out: list[Pattern] = []
    for n, part in enumerate(parts):
        patterns = _part_patterns(part, n > 0)
        if not patterns:
            raise ValueError(f"phrase {phrase!r} has no words before or after a gap")
        out.extend(patterns)
    return tuple(out)


@cache
def _part_patterns(part: str, after_gap: bool) -> tuple[Pattern, ...]:
    """The words of a phrase's part between gaps: one part stands in thousands of phrases (`near` over a family's
    steps and the bodies they name), so each is read once."""
    words = tokens_of(part)
    return tuple(
        Pattern(
            folded=w.folded,
            written=w.written if w.accented else None,
            prefix=part[w.end : w.end + 1] == "*",
            acronym=len(w.folded) >= 2 and part[w.start : w.end].isupper(),
            gap_before=GAP if after_gap and i == 0 else 0,
        )
        for i, w in enumerate(words)
    )


@dataclass(frozen=True, slots=True, eq=False)
class Entry:
    signal: Signal
    phrase: str
    length: int  # number of words in the phrase
    order: int  # the order `find` reports phrases starting on the same word in (unique)
    noise: bool
    shadows: bool  # a noise phrase, or an evidence phrase of two words or more, hides the phrases inside it


class Node:
    """A trie node: the phrase words read so far; children by next word, phrases ending here, gaps after it."""

    __slots__ = ("_exact", "_lengths", "_prefix", "done", "gaps", "leaf", "steps")

    def __init__(self) -> None:
        self._exact: dict[str, list[tuple[Pattern, Node]]] = {}
        self._prefix: dict[str, list[tuple[Pattern, Node]]] = {}
        self._lengths: tuple[int, ...] = ()
        self.steps: dict[str, tuple[Node, ...]] = {}  # memo of `step`, by word as written
        self.done: list[Entry] = []
        self.gaps: dict[int, Node] = {}  # gap size -> the root of the words after the gap
        self.leaf = True  # nothing below: no child, no gap

    def child(self, pattern: Pattern) -> "Node":
        """The node after `pattern` (one per distinct pattern), created on first use."""
        self.leaf = False
        pairs = (self._prefix if pattern.prefix else self._exact).setdefault(pattern.folded, [])
        for known, node in pairs:
            if known == pattern:
                return node
        node = Node()
        pairs.append((pattern, node))
        if pattern.prefix:
            self._lengths = tuple(sorted({*self._lengths, len(pattern.folded)}))
        return node

    def gap(self, size: int) -> "Node":
        """The root of the phrases' words after a gap of up to `size` words."""
        self.leaf = False
        return self.gaps.setdefault(size, Node())

    def step(self, word: str) -> tuple["Node", ...]:
        """The children whose pattern matches `word` (a word of the text, as written)."""
        found = self.steps.get(word)
        if found is None:
            sig = sig_of(word)
            folded = sig[0]
            prefixed = (pair for n in self._lengths if n <= len(folded) for pair in self._prefix.get(folded[:n], ()))
            found = tuple(node for pattern, node in (*self._exact.get(folded, ()), *prefixed) if pattern.matches(sig))
            if len(self.steps) >= STEPS_PER_NODE:  # bounded memory in a long-running service
                self.steps.clear()
            self.steps[word] = found
        return found


def walk(node: Node, words: list[str], j: int, ends: dict[Entry, int]) -> None:
    """Record in `ends` each phrase below `node` (its words read up to word j) where a left-to-right search
    first completes it: nearest first after each gap."""
    for entry in node.done:
        if entry not in ends:
            ends[entry] = j
    if not node.leaf:
        walk_on(node, words, j, ends)


def walk_on(node: Node, words: list[str], j: int, ends: dict[Entry, int], below: bool = True) -> None:
    """`walk` past `node`: across its gaps, and on to its children unless `below` is false."""
    for gap, after in node.gaps.items():
        for k, word in enumerate(words[j : j + gap + 1], start=j):
            for child in after.step(word):
                walk(child, words, k + 1, ends)
    if below and j < len(words):
        for child in node.step(words[j]):
            walk(child, words, j + 1, ends)
