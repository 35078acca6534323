"""The words of an article URL's slug: GDELT rows carry no text, so the slug is the only headline there is.

`https://news.example/2025/03/12/journalist-arrested-over-facebook-post.html?id=9` ->
"journalist arrested over facebook post". Ids, dates, hashes and file extensions are dropped (pure).
"""

import re
import urllib.parse

_EXTENSION = re.compile(r"\.(?:s?html?|php\d?|aspx?|jsp|cms|ece|amp|story)$", re.IGNORECASE)
_SEPARATORS = re.compile(r"[-_+.~,]+|%20")
_WORD = re.compile(r"^[^\W\d_][\w']*$")
_SHORT_NUMBER = re.compile(r"^\d{1,3}$")  # "article 117", "15 suspects"; longer numbers are ids and dates
MAX_SLUG_WORDS = 30


def _words(segment: str) -> list[str]:
    segment = _EXTENSION.sub("", urllib.parse.unquote(segment))
    tokens = _SEPARATORS.split(segment)
    if sum(1 for token in tokens if _WORD.match(token) and not _hashlike(token)) < 2:
        return []
    return [t for t in tokens if (_WORD.match(t) and not _hashlike(t)) or _SHORT_NUMBER.match(t)]


def _hashlike(word: str) -> bool:
    digits = sum(ch.isdigit() for ch in word)
    return digits >= 3 or (len(word) >= 16 and " " not in word and word.isalnum() and digits > 0)


def slug_words(url: str) -> list[str]:
    """The longest run of words among the URL's path segments (the slug), else []."""
    path = urllib.parse.urlsplit(url).path
    best: list[str] = []
    for segment in path.split("/"):
        words = _words(segment)
        if len(words) >= len(best) and words:
            best = words
    return best[:MAX_SLUG_WORDS]


def slug_title(url: str) -> str:
    """A readable title from the slug ("Journalist arrested over facebook post"), or "" when there is none."""
    words = slug_words(url)
    if not words:
        return ""
    text = " ".join(words)
    return text[0].upper() + text[1:]
