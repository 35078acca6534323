"""The language of an email subscriber's mails and pages: English, Spanish, French or Vietnamese.

`translator(language)` gives the function that says a message (an English text of `translations.MESSAGE_IDS`) in
that language, filling its `{placeholders}`. English is the message itself. It also says dates, times, countries and
tags as each language writes them (CLDR's names and month names, through Babel): "le 1er mars 2026 à 09:30 UTC",
"Viêt Nam", "liberté d'expression". English keeps ISO 8601 dates and the tags' own names, as before. What reports
say and the classifier's rationale stay as they are: they belong to the report and to the event contract.
"""

import datetime as dt
import re
from collections.abc import Mapping
from functools import cache
from typing import Literal, get_args

import pycountry
from babel import Locale
from babel.dates import format_date
from markupsafe import Markup, escape

from tocsin_notifier.translations import MESSAGE_IDS, es, fr, vi

Language = Literal["en", "es", "fr", "vi"]
LANGUAGES: tuple[Language, ...] = get_args(Language)
# Each language by its own name, as a reader who knows only it looks for it in a list.
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français", "vi": "Tiếng Việt"}
CATALOGS: dict[str, Mapping[str, str]] = {"en": {}, "es": es.MESSAGES, "fr": fr.MESSAGES, "vi": vi.MESSAGES}
_OWN_WORDS = frozenset(MESSAGE_IDS)
# The watcher's event types as a reader chooses among them (messages of `translations`); the type itself otherwise.
EVENT_TYPE_NAMES: dict[str, str] = {
    "tocsin.treaty.action": "Signatures and ratifications of the Convention",
    "tocsin.treaty.milestone": "Milestones toward the Convention's entry into force",
    "tocsin.arrest.reported": "Reported arrests and prosecutions",
    "tocsin.source.health": "Tocsin's sources failing or recovering",
}
# Where CLDR's short name is not the one a treaty alert should use: the UN's parties are the State of Palestine and
# the Holy See; the Congos by their official names; no "(Birmanie)" beside a code in brackets; Vietnamese "Cape
# Verde" and "St." are English.
_COUNTRY_NAMES: dict[str, dict[str, str]] = {
    "es": {"PS": "Estado de Palestina", "VA": "Santa Sede", "HK": "Hong Kong", "MO": "Macao", "MM": "Myanmar"},
    "fr": {
        "PS": "État de Palestine",
        "VA": "Saint-Siège",
        "CD": "République démocratique du Congo",
        "CG": "Congo",
        "HK": "Hong Kong",
        "MO": "Macao",
        "MM": "Myanmar",
    },
    "vi": {
        "PS": "Nhà nước Palestine",
        "VA": "Tòa Thánh",
        "CD": "Cộng hòa Dân chủ Congo",
        "CG": "Cộng hòa Congo",
        "HK": "Hồng Kông",
        "MO": "Ma Cao",
        "MM": "Myanmar",
        "CV": "Cabo Verde",
        "KN": "Saint Kitts và Nevis",
        "LC": "Saint Lucia",
        "VC": "Saint Vincent và Grenadines",
    },
}
# A day as it reads after "le", "el", "vào ngày" in each language's sentences (English: ISO 8601, 2026-03-01).
_DAY_PATTERNS: dict[str, str] = {"es": "d 'de' MMMM 'de' y", "fr": "d MMMM y", "vi": "d 'tháng' M 'năm' y"}


class Translator:
    """Says `translations` messages in one language (a message it lacks, in English)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in CATALOGS else "en"
        self._messages = CATALOGS[self.language]
        # the punctuation between a label and what follows it, a space after it: French spaces it before, too
        self.colon, self.semicolon = (" :", " ;") if self.language == "fr" else (":", ";")

    def text(self, message: str) -> str:
        """The message in this language, its placeholders unfilled."""
        return self._messages.get(message, message)

    def __call__(self, message: str, /, **values: object) -> str:
        text, values = self.template(message, values)
        return text.format(**values) if values else text

    def template(self, message: str, values: dict[str, object]) -> tuple[str, dict[str, object]]:
        """The message in this language and the values to fill it, French's "de le" and Spanish's "de el" already fused
        (`_contracted`)."""
        return _contracted(self.text(message), values, self.language)

    def day(self, day: dt.date) -> str:
        """A date: "2026-03-01", "1 de marzo de 2026", "1er mars 2026", "1 tháng 3 năm 2026"."""
        pattern = _DAY_PATTERNS.get(self.language)
        if pattern is None:
            return day.isoformat()
        said = format_date(day, pattern, locale=self.language)
        return f"1er{said[1:]}" if self.language == "fr" and day.day == 1 else said  # French says the first "1er"

    def moment(self, at: dt.datetime) -> str:
        """A time, in UTC (a naive one is taken as UTC): "2026-03-01 09:30 UTC", "1er mars 2026 à 09:30 UTC"."""
        at = at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at.astimezone(dt.UTC)
        if self.language not in _DAY_PATTERNS:
            return f"{at:%Y-%m-%d %H:%M} UTC"
        said = self("{date} {time} UTC", date=self.day(at.date()), time=f"{at:%H:%M}")
        if self.language == "es" and at.hour == 1:  # "a la una": "a la 01:05 UTC", not "a las"
            said = said.replace(", a las ", ", a la ", 1)
        return said

    def country(self, code: str | None) -> str | None:
        """A country's short name from its ISO 3166-1 alpha-3 code ("VNM": "Vietnam", "Viêt Nam", "Việt Nam"); None
        for a code ISO does not know."""
        country = pycountry.countries.get(alpha_3=code) if code else None
        if country is None:
            return None
        english = str(getattr(country, "common_name", None) or country.name)  # "Bolivia", not "Bolivia, Plurin…"
        if self.language == "en":
            return english
        own = _COUNTRY_NAMES.get(self.language, {}).get(country.alpha_2)
        return own or str(_territories(self.language).get(country.alpha_2, english))

    def event_type(self, kind: str) -> str:
        """An event type as a reader chooses it ("tocsin.arrest.reported": "Reported arrests and prosecutions")."""
        name = EVENT_TYPE_NAMES.get(kind)
        return self(name) if name else kind

    def tag(self, tag: str) -> str:
        """A tag's name for a reader ("press-freedom": "libertad de prensa"); English shows the tag itself."""
        return self.text(tag)


class HtmlTranslator:
    """A `Translator` for autoescaped HTML: a message of `translations` is Tocsin's own text, trusted as it is written;
    what fills its placeholders (an address, a report's title), and any other text, is escaped."""

    def __init__(self, translate: Translator) -> None:
        self.language = translate.language
        self.colon, self.semicolon = translate.colon, translate.semicolon
        self._translate = translate

    def __call__(self, message: str, /, **values: object) -> Markup:
        if message not in _OWN_WORDS:  # text from data (a severity a newer contract added): shown, never formatted
            if values:
                raise ValueError(f"not one of Tocsin's messages, so not to be filled: {message[:80]!r}")
            return escape(message)
        template, values = self._translate.template(message, values)
        text = Markup(template)  # noqa: S704 (a catalog's own text)
        return text.format(**values) if values else text  # what fills it is escaped


@cache
def translator(language: str = "en") -> Translator:
    return Translator(language)


@cache
def _territories(language: str) -> Mapping[str, str]:
    return Locale.parse(language).territories


# French fuses "de" and "à" with the article "le" or "les" after them: "Ratification du traité", "Adhésion au traité".
# A preposition and an article a language writes as one word, by language: French "de le" -> "du", Spanish "de el"
# -> "del"
_CONTRACTIONS = {
    "fr": {("de", "le"): "du", ("à", "le"): "au", ("de", "les"): "des", ("à", "les"): "aux"},
    "es": {("de", "el"): "del", ("a", "el"): "al"},
}


def _contracted(template: str, values: dict[str, object], language: str) -> tuple[str, dict[str, object]]:
    """A template whose "de {x}" or "à {x}" (Spanish "a {x}") meets a value starting with an article that fuses with
    it ("le traité XVIII-17", "el tratado XVIII-17"), with the two words fused ("du {x}", "del {x}", the value
    "traité XVIII-17"), where {x} appears once; anything else as it is."""
    fusing = _CONTRACTIONS.get(language)
    if not fusing:
        return template, values
    for key, value in values.items():
        article, _, rest = value.partition(" ") if isinstance(value, str) else ("", "", "")
        if not rest or template.count(f"{{{key}}}") != 1:
            continue
        fused = template
        for (preposition, fuses_with), word in fusing.items():  # "de {x}", never "garde {x}"
            if fuses_with == article:
                fused = re.sub(rf"(?<!\w){preposition} (?=\{{{key}\}})", f"{word} ", fused)
        if fused != template:
            template, values = fused, {**values, key: rest}
    return template, values


def lowered(text: str) -> str:
    """`text` with its first letter lower-cased ("Reported arrests" -> "reported arrests"), after a colon."""
    return text[:1].lower() + text[1:]


def capitalised(text: str) -> str:
    """`text` with its first letter upper-cased, the rest as it is ("la Convention" -> "La Convention")."""
    return text[:1].upper() + text[1:]
