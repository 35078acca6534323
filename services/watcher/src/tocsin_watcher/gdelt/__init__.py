"""GDELT 2.0 events export as a source of arrest reports (CAMEO 173 / 1721 with a speech or cyber context).

Start at `poll_gdelt`; the pure steps it composes are `parse_lastupdate`, `export_text`, `parse_export`,
`judge` and `report`. The column table lives in `columns`, the FIPS / CAMEO country tables in `places`.
"""

from tocsin_watcher.errors import ExportArchiveError, GdeltError, LastUpdateError
from tocsin_watcher.gdelt.export import CodedEvent, ExportRows, export_text, parse_export
from tocsin_watcher.gdelt.judge import WATCHED_CODES, Verdict, judge
from tocsin_watcher.gdelt.lastupdate import DEFAULT_LASTUPDATE_URL, ExportEntry, parse_lastupdate
from tocsin_watcher.gdelt.places import country_tables
from tocsin_watcher.gdelt.poll import GdeltPollResult, poll_gdelt

__all__ = [
    "DEFAULT_LASTUPDATE_URL",
    "WATCHED_CODES",
    "CodedEvent",
    "ExportArchiveError",
    "ExportEntry",
    "ExportRows",
    "GdeltError",
    "GdeltPollResult",
    "LastUpdateError",
    "Verdict",
    "country_tables",
    "export_text",
    "judge",
    "parse_export",
    "parse_lastupdate",
    "poll_gdelt",
]
