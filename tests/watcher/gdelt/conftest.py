"""Paths and builders shared by the GDELT tests."""

import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from tocsin_watcher.gdelt.columns import FIELD_COUNT, column

FIXTURES = Path(__file__).parents[2] / "fixtures" / "gdelt"


def gdelt_row(**fields: str) -> str:
    """A 61-field export line with the named codebook columns set."""
    values = [""] * FIELD_COUNT
    values[column("DATEADDED")] = "20250312103000"
    for name, value in fields.items():
        values[column(name)] = value
    return "\t".join(values)


def make_zip(members: dict[str, bytes]) -> bytes:
    """A deflated zip holding `members` (names taken as given, however hostile)."""
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def export_zip() -> Path:
    """The constructed export zip (23 lines: kept, dropped and malformed rows)."""
    return FIXTURES / "20250312103000.export.CSV.zip"
