"""Published country indices (Freedom House) shipped with the classifier, each figure with source and year.

The data file is `data/country_indices.json`; a null figure is a recorded gap, never an estimate.
"""

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import pycountry

from tocsin_classifier.errors import CountryDataError

NOT_COVERED = "not in Tocsin's country data file (a gap to fill, not a rating)"


@dataclass(frozen=True, slots=True)
class IndexFigure:
    """One published rating: status (Free / Partly Free / Not Free), optional score, edition year, source."""

    status: str | None
    score: int | None
    year: int | None
    source: str
    note: str | None = None

    def as_context(self) -> dict[str, Any]:
        """The figure as it appears in an alert's `country_context`."""
        return {
            "status": self.status,
            "score": self.score,
            "year": self.year,
            "source": self.source,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class CountryIndices:
    """The indices recorded for one country (ISO 3166-1 alpha-3)."""

    code: str
    name: str
    freedom_on_the_net: IndexFigure
    freedom_in_the_world: IndexFigure

    @property
    def not_free(self) -> bool:
        """ "Not Free" on the Net; where that status is a gap, "Not Free" in the World."""
        status = self.freedom_on_the_net.status or self.freedom_in_the_world.status
        return status == "Not Free"


@cache
def country_indices() -> dict[str, CountryIndices]:
    """Every country in the packaged data file, by alpha-3 code (read once per process)."""
    try:
        text = resources.files("tocsin_classifier").joinpath("data/country_indices.json").read_text("utf-8")
        raw = json.loads(text)["countries"]
        return {code: _country(code, entry) for code, entry in raw.items()}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise CountryDataError(f"country_indices.json is unreadable: {exc!r}") from exc


def indices_for(code: str | None) -> CountryIndices | None:
    """The indices of one country, or None when it is not in the file."""
    return country_indices().get(code) if code else None


@cache
def country_name(code: str) -> str | None:
    """The country's short name: the data file's, else ISO 3166's common name ("Algeria", "Bolivia"); None for a
    code ISO 3166 does not know."""
    indices = indices_for(code)
    if indices is not None:
        return indices.name
    country = pycountry.countries.get(alpha_3=code)
    return None if country is None else str(getattr(country, "common_name", None) or country.name)


def _country(code: str, entry: dict[str, Any]) -> CountryIndices:
    return CountryIndices(
        code=code,
        name=str(entry["name"]),
        freedom_on_the_net=_figure(entry["freedom_on_the_net"]),
        freedom_in_the_world=_figure(entry["freedom_in_the_world"]),
    )


def _figure(entry: dict[str, Any]) -> IndexFigure:
    return IndexFigure(
        status=entry.get("status"),
        score=entry.get("score"),
        year=entry.get("year"),
        source=str(entry["source"]),
        note=entry.get("note"),
    )
