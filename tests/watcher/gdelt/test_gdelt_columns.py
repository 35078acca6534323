"""The column table of the GDELT 2.0 events export, checked against the codebook's order."""

from tests.watcher.gdelt.conftest import gdelt_row
from tocsin_watcher.gdelt import columns as col
from tocsin_watcher.gdelt.export import parse_export


def test_the_table_has_61_codebook_columns_in_order() -> None:
    """61 names, GLOBALEVENTID first and SOURCEURL last, none repeated."""
    assert len(col.COLUMNS) == col.FIELD_COUNT == 61
    assert len(set(col.COLUMNS)) == 61
    assert (col.COLUMNS[0], col.COLUMNS[1], col.COLUMNS[-2], col.COLUMNS[-1]) == (
        "GLOBALEVENTID",
        "SQLDATE",
        "DATEADDED",
        "SOURCEURL",
    )


def test_design_column_numbers_are_zero_based_indexes() -> None:
    """EventCode 26, actor countries 7 and 17, action country 53, DATEADDED 59, SOURCEURL 60 (from zero)."""
    assert (col.EVENT_CODE, col.ACTOR1_COUNTRY, col.ACTOR2_COUNTRY) == (26, 7, 17)
    assert (col.ACTION_GEO_COUNTRY, col.DATEADDED, col.SOURCEURL) == (53, 59, 60)
    assert col.ACTOR1_TYPES == (12, 13, 14)
    assert col.ACTOR2_TYPES == (22, 23, 24)


def test_a_constructed_row_lands_in_the_named_fields() -> None:
    """Every field of a hand-built 61-field row is read from its codebook column."""
    line = gdelt_row(
        GLOBALEVENTID="42",
        EventCode="173",
        Actor1Name="POLICE",
        Actor1CountryCode="NGA",
        Actor1Type1Code="COP",
        Actor2Name="JOURNALIST",
        Actor2CountryCode="NGA",
        Actor2Type2Code="MED",
        ActionGeo_CountryCode="NI",
        ActionGeo_FullName="Lagos, Lagos, Nigeria",
        DATEADDED="20250312103000",
        SOURCEURL="https://news.example/journalist-held",
    )
    assert len(line.split("\t")) == 61
    (event,) = parse_export(line, codes={"173"}).rows
    assert event.global_event_id == "42"
    assert event.actor1.name == "POLICE"
    assert event.actor1.types == ("COP",)
    assert event.actor2.country == "NGA"
    assert event.actor2.types == ("MED",)
    assert event.action_country == "NI"
    assert event.action_geo == "Lagos, Lagos, Nigeria"
    assert event.date_added.isoformat() == "2025-03-12T10:30:00+00:00"
    assert event.source_url == "https://news.example/journalist-held"


def test_event_codes_are_compared_as_strings() -> None:
    """A leading zero is kept ("0173" is not "173") and 1722 is not 1721."""
    lines = "\n".join(
        gdelt_row(GLOBALEVENTID=str(i), EventCode=code, SOURCEURL="https://n.example/a-b")
        for i, code in enumerate(["0173", "173", "1721", "1722", "17"], start=1)
    )
    rows = parse_export(lines, codes={"173", "1721"}).rows
    assert [row.event_code for row in rows] == ["173", "1721"]
