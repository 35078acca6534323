"""Text as the matchers see it: NFC, case- and accent-folded with stable offsets; HTML reduced to plain text.

Folding maps every character to exactly one character, so an offset in a folded string is the same offset in
the original and matched terms can be reported as the text printed them ("khởi tố", not "khoi to").
"""

import re
import unicodedata
from dataclasses import dataclass, field

import lxml.etree
import lxml.html

from tocsin_runtime.invisible import INVISIBLE

_PUNCTUATION = {
    "\u2019": "'",  # right single quotation mark, the usual typographic apostrophe
    "\u2018": "'",
    "\u02bc": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u00a0": " ",
}


def _single(folded: str, ch: str) -> str:
    if len(folded) == 1:
        return folded
    lower = ch.lower()
    return lower if len(lower) == 1 else ch


class _FoldTable(dict[int, str]):
    """A str.translate table that computes (and remembers) each character's fold on first sight."""

    def __init__(self, *, strip_accents: bool) -> None:
        super().__init__()
        self._strip_accents = strip_accents

    def __missing__(self, codepoint: int) -> str:
        ch = chr(codepoint)
        if ch in _PUNCTUATION:
            folded = _PUNCTUATION[ch]
        elif self._strip_accents:
            # Vietnamese đ is a letter of its own, not d plus a mark: NFKD leaves it alone.
            base = "d" if ch in "đĐ" else unicodedata.normalize("NFKD", ch)
            folded = "".join(c for c in base if not unicodedata.combining(c)).casefold()
        else:
            folded = ch.casefold()
        result = _single(folded, ch)
        self[codepoint] = result
        return result


_WORD = re.compile(r"\w+")
_FOLD = _FoldTable(strip_accents=True)
_CASEFOLD = _FoldTable(strip_accents=False)


@dataclass(frozen=True)
class FoldedText:
    """One text in three aligned forms: as printed (NFC), accent-and-case folded, and case folded only."""

    original: str
    folded: str
    accented: str
    _words: dict[str, list[tuple[str, int, int]]] = field(default_factory=dict, repr=False, compare=False)

    def words(self, form: str) -> list[tuple[str, int, int]]:
        """Words of one form ("folded", "accented" or "exact" for the original) with their offsets."""
        if form not in self._words:
            source = {"folded": self.folded, "accented": self.accented}.get(form, self.original)
            self._words[form] = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(source)]
        return self._words[form]

    def surface(self, start: int, end: int) -> str:
        """The original text between two offsets, whitespace collapsed."""
        return " ".join(self.original[start:end].split())


def fold(text: str) -> str:
    """Accent- and case-fold `text` (đ -> d) without changing its length."""
    return unicodedata.normalize("NFC", text).translate(_FOLD)


def prepare(text: str) -> FoldedText:
    """Normalise `text` to NFC and compute its aligned folded forms."""
    original = unicodedata.normalize("NFC", text)
    return FoldedText(original, original.translate(_FOLD), original.translate(_CASEFOLD))


def casefold_keep_accents(text: str) -> str:
    """Case-fold `text` but keep its accents (for terms that only differ from common words by tone marks)."""
    return unicodedata.normalize("NFC", text).translate(_CASEFOLD)


_SKIPPED_TAGS = ("script", "style", "noscript", "template", "head", "title")
_BLOCK_TAGS = ("p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "blockquote")
# libxml2's HTML parser: linear on hostile markup (Python's html.parser is quadratic on "<a <a <a ..."),
# no network, nesting capped by huge_tree=False.
_HTML_PARSER = lxml.html.HTMLParser(
    no_network=True, remove_comments=True, remove_pis=True, huge_tree=False, recover=True
)


# What shows nothing (`tocsin_runtime.invisible`) and the control characters: a feed's title reaches mail clients,
# webhook receivers and integrators' dashboards, and none of them should have to strip these.
_HIDDEN = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|{INVISIBLE.pattern}")


def html_to_text(html: str, *, limit: int) -> str:
    """Plain text of an HTML fragment (scripts and styles dropped, hidden characters removed), reading at most
    `limit` characters of it."""
    fragment = _HIDDEN.sub("", html[:limit])
    if "<" not in fragment and "&" not in fragment:
        return " ".join(fragment.split())
    try:
        document = lxml.html.fromstring(fragment, parser=_HTML_PARSER)
    except (lxml.etree.ParserError, ValueError):  # "Document is empty": markup with no text at all
        return ""
    for element in list(document.iter(*_SKIPPED_TAGS)):
        element.drop_tree()
    for element in document.iter(*_BLOCK_TAGS):
        element.tail = " " + (element.tail or "")
    return " ".join(_HIDDEN.sub("", document.text_content()).split())  # "&#x202e;" is one only once decoded


_WORD_END = re.compile(r"\s+\S*$")


def truncate(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, at a word boundary when one is near, marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    shorter = _WORD_END.sub("", cut)
    if len(shorter) >= limit * 0.8:
        cut = shorter
    return cut.rstrip() + "…"
