"""GDELT's two country vocabularies mapped to ISO 3166-1 alpha-3, from the committed fips_countries.json.

Geography fields (`ActionGeo_CountryCode`, …) use FIPS 10-4, which looks like ISO alpha-2 and is not
(Nigeria is `NI`, Niger `NG`, Nicaragua `NU`). Actor fields use CAMEO country codes: ISO alpha-3 for most
states, a few legacy spellings (`ROM`), and regions (`AFR`, `WST`) that are no country at all.
"""

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources

import pycountry
import structlog

log = structlog.get_logger()

_FIPS = re.compile(r"^[A-Z]{2}$")
_CAMEO = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class CountryTables:
    """FIPS 10-4 -> alpha-3, FIPS codes that name no country, and legacy CAMEO -> alpha-3."""

    fips: dict[str, str]
    fips_no_country: frozenset[str]
    cameo: dict[str, str]

    def from_fips(self, code: str) -> str | None:
        """ISO alpha-3 of a FIPS 10-4 country code; None when empty, not a country, or unknown (logged)."""
        code = code.strip().upper()
        if not code or code in self.fips_no_country:
            return None
        found = self.fips.get(code)
        if found is None and _FIPS.match(code):
            log.warning("gdelt_fips_code_unknown", fips=code)
        return found

    def from_cameo(self, code: str) -> str | None:
        """ISO alpha-3 of a CAMEO actor country code; None for regions, empty and unknown codes."""
        code = code.strip().upper()
        if not _CAMEO.match(code):
            return None
        if code in self.cameo:
            return self.cameo[code]
        return code if pycountry.countries.get(alpha_3=code) is not None else None


@functools.cache
def country_tables() -> CountryTables:
    """The tables, loaded once from the package data."""
    text = resources.files("tocsin_watcher.gdelt").joinpath("fips_countries.json").read_text(encoding="utf-8")
    doc = json.loads(text)
    return CountryTables(
        fips=dict(doc["fips"]), fips_no_country=frozenset(doc["fips_no_country"]), cameo=dict(doc["cameo"])
    )
