"""Where a treaty's status is read from: URL templates per MTDSG id, and the id named by a URL (pure)."""

import re
import urllib.parse

DEFAULT_TREATY = "XVIII-16"
HTML_TEMPLATE = (
    "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no={treaty}&chapter={chapter}&clang=_en"
)
XML_TEMPLATE = "https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20{chapter_roman}/{treaty}.en.xml"
DEFAULT_TEMPLATES = (XML_TEMPLATE, HTML_TEMPLATE)

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_MTDSG_ID = re.compile(r"^(?P<chapter>[IVXLC]+)-\d+(?:-[a-z]+)?$")
_ID_IN_QUERY = re.compile(r"mtdsg_no=([IVXLC]+-\d+(?:-[a-z]+)?)", re.IGNORECASE)
_ID_IN_PATH = re.compile(r"(?:^|[/\\])([IVXLC]+-\d+(?:-[a-z]+)?)\.(?:en\.)?(?:xml|html?)$", re.IGNORECASE)


def chapter_number(treaty: str) -> int:
    """The chapter of an MTDSG id as a number: XVIII-16 -> 18."""
    match = _MTDSG_ID.match(treaty)
    if match is None:
        raise ValueError(f"not an MTDSG id: {treaty!r}")
    values = [_ROMAN[ch] for ch in match["chapter"]]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def source_urls(treaty: str, templates: tuple[str, ...] | list[str] = DEFAULT_TEMPLATES) -> list[str]:
    """Fill {treaty}, {chapter} and {chapter_roman} in each template, in order of preference."""
    roman = treaty.split("-", 1)[0]
    return [t.format(treaty=treaty, chapter=chapter_number(treaty), chapter_roman=roman) for t in templates]


def treaty_named_by(source: str) -> str | None:
    """The MTDSG id a source names (`mtdsg_no=` in any case, or a file named `XVIII-16.en.xml`)."""
    match = _ID_IN_QUERY.search(source)
    if match:
        return match[1].upper()
    path = urllib.parse.unquote(urllib.parse.urlsplit(source).path) if "://" in source else source
    match = _ID_IN_PATH.search(path)
    return match[1].upper() if match else None
