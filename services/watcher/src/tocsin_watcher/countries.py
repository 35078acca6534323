"""UN short names (and common variants) to ISO 3166-1 alpha-3, from the committed data/un_names.json."""

import functools
import json
import re
import unicodedata
from dataclasses import dataclass
from importlib import resources
from typing import Literal

import structlog

log = structlog.get_logger()

NameKind = Literal["state", "organization", "unknown"]


@dataclass(frozen=True)
class Resolution:
    """What a participant name denotes: a state (with its code), a non-state organisation, or unknown."""

    kind: NameKind
    country_code: str | None


class CountryNames:
    """Looks names up after folding case, accents, apostrophes and spacing."""

    def __init__(self, states: dict[str, str], organizations: list[str]) -> None:
        self._states = {normalise_name(name): code for name, code in states.items()}
        self._organizations = {normalise_name(name) for name in organizations}
        self._reported: set[str] = set()  # unknown names already logged: a page re-read each poll says it once

    def resolve(self, name: str) -> Resolution:
        """Resolve a participant name; an unknown name is logged the first time only, never an error."""
        key = normalise_name(name)
        if key in self._organizations:
            return Resolution("organization", None)
        code = self._states.get(key)
        if code is None:
            if key not in self._reported:
                self._reported.add(key)
                log.warning("participant_name_unknown", participant=name)
            return Resolution("unknown", None)
        return Resolution("state", code)

    def country_code(self, name: str) -> str | None:
        """The alpha-3 code of a state's name, else None."""
        return self.resolve(name).country_code


@functools.cache
def un_names() -> CountryNames:
    """The watcher's name table, loaded once from the package data."""
    text = resources.files("tocsin_watcher.data").joinpath("un_names.json").read_text(encoding="utf-8")
    doc = json.loads(text)
    return CountryNames(doc["states"], doc["organizations"])


_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=4096)
def normalise_name(name: str) -> str:
    """Fold a name for lookup: no accents, one kind of apostrophe and dash, single spaces, casefolded."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    plain = plain.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    plain = plain.replace("\u2010", "-").replace("\u2011", "-").replace("\u2013", "-")
    return _SPACES.sub(" ", plain).strip().casefold()
