"""`Lexicon`: every phrase of its tables found in a text, as whole words, in one pass of an Aho-Corasick automaton.

Each phrase is indexed by its opening run: its words up to the first prefix word or gap, or all of them, spelled
as `Words` spells a text (" dieu 117 ", " ^điều 117 ", " journalist"), every accented word both ways. The
automaton finds those runs in the text's spelling; a phrase that goes on past its run (after a prefix word or
across a "…") is then followed word by word down the trie from where its run ended.
"""

import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from itertools import product

import ahocorasick  # type: ignore[import-not-found]

from tocsin_lexicon.signals import TIE, Hit, Signal, Table
from tocsin_lexicon.trie import Entry, Node, Pattern, patterns_of, walk_on
from tocsin_lexicon.words import Words

Target = tuple[int, tuple[int, ...], tuple[tuple[int, Entry], ...], Node | None, bool]
"""Where an opening run ends: its number of words, the offsets of its acronyms, the phrases that end there (with
their order), the trie node if phrases go on, and whether they go on word by word (the run ended on a prefix)."""

Occurrence = tuple[int, int, Entry | None, int, tuple[Target, ...]]
"""What the automaton holds for a run: its length less one, then the one phrase it is (order, phrase, size) when
nothing is left to check, else its targets."""

Found = tuple[int, int, Entry, int]
"""A phrase found: its first word, its order among phrases found on one word, the phrase, the word after its last."""

_new = tuple.__new__
STRUCTURE = frozenset({Signal.VICTIM, Signal.SUSPECT, Signal.FORMER, Signal.RELATIVE, Signal.IDENTIFY, Signal.GENRE})


class Lexicon:
    """A word trie over phrase tables and an automaton over their opening runs; `find` scans a text once."""

    def __init__(self, tables: Iterable[Table]) -> None:
        phrases: dict[tuple[Signal, tuple[Pattern, ...]], str] = {}  # the same phrase in two tables is one phrase
        for table in tables:
            for signal, texts in table.items():
                for text in texts:
                    phrases.setdefault((signal, patterns_of(text)), text)
        # phrases found on the same word are reported whole first words first, then shorter prefixes, as listed
        ranked = sorted(enumerate(phrases.items()), key=lambda p: (_prefix_length(p[1][0][1]), p[0]))
        order = {n: k for k, (n, _) in enumerate(ranked)}
        root = Node()
        runs: dict[str, dict[Node, tuple[int, tuple[int, ...], bool]]] = {}
        for n, ((signal, patterns), text) in enumerate(phrases.items()):
            run = _opening_run(patterns)
            node = root
            for m, pattern in enumerate(patterns):
                node = node.gap(pattern.gap_before).child(pattern) if pattern.gap_before else node.child(pattern)
                if m == len(run) - 1:
                    where = (len(run), tuple(k for k, p in enumerate(run) if p.acronym), run[-1].prefix)
                    for key in _spellings(run):
                        runs.setdefault(key, {})[node] = where
            noise = signal is Signal.NOISE
            structure = signal in STRUCTURE  # hides no evidence
            gapped = any(p.gap_before for p in patterns)  # "journalist … murdered" hides no journalist, gap or not
            tied = TIE in text  # "bắt‿nhà báo" hides no journalist either
            shadows = noise or (len(patterns) > 1 and not structure and not gapped and not tied)
            node.done.append(Entry(signal, text, len(patterns), order[n], noise, shadows))
        self._automaton = ahocorasick.Automaton()
        for key, nodes in runs.items():
            targets = tuple(_target(node, *where) for node, where in nodes.items())
            self._automaton.add_word(key, _occurrence(len(key), targets))
        if runs:
            self._automaton.make_automaton()

    def find(self, text: str) -> list[Hit]:
        """Every phrase in `text`, minus those inside a NOISE phrase or inside a longer phrase."""
        return self.read(text)[0]

    def read(self, text: str, *, boundary: str = "") -> tuple[list[Hit], Words]:
        """`find`, and the words of `text` as it counted them (the hits' positions index them).

        The first `boundary` in the text (a headline's end, "\n") is crossed by no phrase: in "… Series\nA court …"
        no funding round is found, and a phrase it cuts shadows nothing.
        """
        read = Words(unicodedata.normalize("NFC", text))
        if not self._automaton:
            return [], read
        words, spelled = read.words, read.spelled
        found: list[Found] = []
        add = found.append
        for last, (back, order, entry, size, targets) in self._automaton.iter(spelled):
            i = spelled.count(" ", 0, last - back)  # the run's first word
            if entry is not None:  # the common case: one phrase of these very words, nothing to check
                add((i, order, entry, i + size))
                continue
            for size, acronyms, done, node, below in targets:
                if acronyms and not all(words[i + m].isupper() for m in acronyms):
                    continue
                j = i + size
                for order, entry in done:
                    add((i, order, entry, j))
                if node is not None:  # phrases go on across a gap, or word by word after a prefix word
                    ends: dict[Entry, int] = {}
                    walk_on(node, words, j, ends, below)
                    found.extend((i, entry.order, entry, end) for entry, end in ends.items())
        at = read.text.find(boundary) if boundary and found else -1
        if at >= 0:
            split = bisect_left(read.starts(), at)  # the first word after the boundary
            found = [f for f in found if not f[0] < split < f[3]]
        if not found:
            return [], read
        found.sort()  # by first word, then rank: orders are unique, so entries are never compared
        return _hits(read, found), read


def _prefix_length(patterns: tuple[Pattern, ...]) -> int:
    return len(patterns[0].folded) if patterns[0].prefix else 0


def _target(node: Node, size: int, acronyms: tuple[int, ...], below: bool) -> Target:
    goes_on = bool(node.gaps) or (below and not node.leaf)
    return size, acronyms, tuple((entry.order, entry) for entry in node.done), node if goes_on else None, below


def _occurrence(length: int, targets: tuple[Target, ...]) -> Occurrence:
    if len(targets) == 1:
        size, acronyms, done, node, _ = targets[0]
        if not acronyms and len(done) == 1 and node is None:
            return length - 1, done[0][0], done[0][1], size, ()
    return length - 1, 0, None, 0, targets


def _opening_run(patterns: tuple[Pattern, ...]) -> tuple[Pattern, ...]:
    """The phrase's words up to its first prefix word, or up to its first gap, or all of them."""
    for n, pattern in enumerate(patterns):
        if pattern.prefix or (n + 1 < len(patterns) and patterns[n + 1].gap_before):
            return patterns[: n + 1]
    return patterns


def _spellings(run: tuple[Pattern, ...]) -> list[str]:
    """Every way the run reads in a text's spelling: " dieu 117 ", " ^điều 117 "; a final prefix stays open."""
    tail = "" if run[-1].prefix else " "
    return [f" {' '.join(words)}{tail}" for words in product(*(p.spellings() for p in run))]


def _hits(read: Words, found: list[Found]) -> list[Hit]:
    """The phrases found, quoted as they read, minus those inside a noise phrase or a longer phrase.

    "without access to a lawyer" is not a lawyer; a gapped phrase shadows nothing: in "seized the journalist's
    phone" the journalist still counts.
    """
    covers: dict[int, list[tuple[int, bool]]] = {}  # first word -> (end, noise) of each phrase that may shadow
    covered: set[int] = set()  # the words inside some cover: only phrases starting there can be shadowed
    for i, _, entry, end in found:
        if entry.shadows and end - i == entry.length:
            covers.setdefault(i, []).append((end, entry.noise))
            covered.update(range(i, end))
    longest = max((end - a for a, ends in covers.items() for end, _ in ends), default=0)
    text, words = read.text, read.words
    starts: list[int] = []
    hits = []
    for i, _, entry, end in found:
        if entry.noise or (i in covered and _shadowed(i, end, covers, longest)):
            continue
        if end == i + 1:  # one word: as written
            quote = words[i]
        else:
            starts = starts or read.starts()
            quote = text[starts[i] : starts[end - 1] + len(words[end - 1])]
        hits.append(_new(Hit, (entry.signal, entry.phrase, quote, i, end, end > i + entry.length)))
    return hits


def _shadowed(i: int, end: int, covers: dict[int, list[tuple[int, bool]]], longest: int) -> bool:
    """Whether words i to end lie inside a noise phrase, or inside a longer phrase (covers start at most
    `longest` words before `end`, so only those are looked at: a text of one phrase repeated stays linear)."""
    return any(
        end <= b and (noise or b - a > end - i)
        for a in range(max(0, end - longest), i + 1)
        for b, noise in covers.get(a, ())
    )
