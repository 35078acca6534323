"""Participants printed under a new name since the last read: the same state, told by its ISO code (pure).

The UN renames participants ("Turkey" became "Türkiye"); their signatures are not news again. Names without
a country code (the EU, unknown names) and pairings that are not one-to-one keep name-based identity.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tocsin_watcher.countries import CountryNames, Resolution


@dataclass(frozen=True, order=True)
class Rename:
    """A known participant no longer listed, and the newly listed name that denotes the same state."""

    old: str
    new: str
    country_code: str

    def __str__(self) -> str:
        return f"{self.old} -> {self.new} ({self.country_code})"


def find_renames(known: Iterable[str], listed: Mapping[str, Resolution], names: CountryNames) -> list[Rename]:
    """Pair each known name missing from the page with the one new name of the same country code."""
    known_names = set(known)
    gone = sorted(known_names - set(listed))
    arrived = {name: resolution for name, resolution in listed.items() if name not in known_names}
    if not gone or not arrived:
        return []
    old_by_code = _by_code({name: names.resolve(name) for name in gone})
    new_by_code = _by_code(arrived)
    return [
        Rename(olds[0], new_by_code[code][0], code)
        for code, olds in sorted(old_by_code.items())
        if len(olds) == 1 and len(new_by_code.get(code, [])) == 1
    ]


def _by_code(resolved: Mapping[str, Resolution]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for name, resolution in sorted(resolved.items()):
        if resolution.kind == "state" and resolution.country_code is not None:
            grouped.setdefault(resolution.country_code, []).append(name)
    return grouped
