"""The language of an email subscriber's mails and pages: English, Spanish, French or Vietnamese.

`translator(language)` gives the function that says a message (an English text of `translations.MESSAGE_IDS`) in
that language, filling its `{placeholders}`. English is the message itself. What reports say, the classifier's
rationale and the tags' names stay as they are: they belong to the report and to the event contract.
"""

from collections.abc import Mapping
from functools import cache
from typing import Literal, get_args

from markupsafe import Markup, escape

from tocsin_notifier.translations import MESSAGE_IDS, es, fr, vi

Language = Literal["en", "es", "fr", "vi"]
LANGUAGES: tuple[Language, ...] = get_args(Language)
# Each language by its own name, as a reader who knows only it looks for it in a list.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français", "vi": "Tiếng Việt"}
CATALOGS: dict[str, Mapping[str, str]] = {"en": {}, "es": es.MESSAGES, "fr": fr.MESSAGES, "vi": vi.MESSAGES}
_OWN_WORDS = frozenset(MESSAGE_IDS)


class Translator:
    """Says `translations` messages in one language (a message it lacks, in English)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in CATALOGS else "en"
        self._messages = CATALOGS[self.language]

    def text(self, message: str) -> str:
        """The message in this language, its placeholders unfilled."""
        return self._messages.get(message, message)

    def __call__(self, message: str, /, **values: object) -> str:
        text = self.text(message)
        return text.format(**values) if values else text


class HtmlTranslator:
    """A `Translator` for autoescaped HTML: a message of `translations` is Tocsin's own text, trusted as it is written;
    what fills its placeholders (an address, a report's title), and any other text, is escaped."""

    def __init__(self, translate: Translator) -> None:
        self.language = translate.language
        self._translate = translate

    def __call__(self, message: str, /, **values: object) -> Markup:
        if message not in _OWN_WORDS:  # text from data (a severity a newer contract added): shown, never formatted
            if values:
                raise ValueError(f"not one of Tocsin's messages, so not to be filled: {message[:80]!r}")
            return escape(message)
        text = Markup(self._translate.text(message))  # noqa: S704 (a catalog's own text)
        return text.format(**values) if values else text  # what fills it is escaped


@cache
def translator(language: str = "en") -> Translator:
    return Translator(language)


def capitalised(text: str) -> str:
    """`text` with its first letter upper-cased, the rest as it is ("la Convention" -> "La Convention")."""
    return text[:1].upper() + text[1:]
