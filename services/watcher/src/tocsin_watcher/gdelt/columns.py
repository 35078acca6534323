"""The GDELT 2.0 events export, column by column: the one place that knows which field sits where.

Each export row is one line of 61 tab-separated fields, no header (GDELT Event Codebook V2.0). Indexes here
are zero-based Python indexes: `EventCode` is field 27 counted from one, `row[26]`. DESIGN.md's "column 26
EventCode, 7/17 actor country, 53 action-geo country, 60 SOURCEURL" are these same zero-based numbers.
"""

from typing import Final

COLUMNS: Final[tuple[str, ...]] = (
    "GLOBALEVENTID",  # 0
    "SQLDATE",  # 1  YYYYMMDD, the date the event took place
    "MonthYear",  # 2
    "Year",  # 3
    "FractionDate",  # 4
    "Actor1Code",  # 5
    "Actor1Name",  # 6
    "Actor1CountryCode",  # 7  CAMEO country (mostly ISO alpha-3, some regions)
    "Actor1KnownGroupCode",  # 8
    "Actor1EthnicCode",  # 9
    "Actor1Religion1Code",  # 10
    "Actor1Religion2Code",  # 11
    "Actor1Type1Code",  # 12  CAMEO type: COP, GOV, JUD, MED, HRI, OPP, CRM, CVL, ...
    "Actor1Type2Code",  # 13
    "Actor1Type3Code",  # 14
    "Actor2Code",  # 15
    "Actor2Name",  # 16
    "Actor2CountryCode",  # 17
    "Actor2KnownGroupCode",  # 18
    "Actor2EthnicCode",  # 19
    "Actor2Religion1Code",  # 20
    "Actor2Religion2Code",  # 21
    "Actor2Type1Code",  # 22
    "Actor2Type2Code",  # 23
    "Actor2Type3Code",  # 24
    "IsRootEvent",  # 25
    "EventCode",  # 26  CAMEO event code, a string ("0251", "173", "1721")
    "EventBaseCode",  # 27
    "EventRootCode",  # 28
    "QuadClass",  # 29
    "GoldsteinScale",  # 30
    "NumMentions",  # 31
    "NumSources",  # 32
    "NumArticles",  # 33
    "AvgTone",  # 34
    "Actor1Geo_Type",  # 35
    "Actor1Geo_FullName",  # 36
    "Actor1Geo_CountryCode",  # 37  FIPS 10-4
    "Actor1Geo_ADM1Code",  # 38
    "Actor1Geo_ADM2Code",  # 39
    "Actor1Geo_Lat",  # 40
    "Actor1Geo_Long",  # 41
    "Actor1Geo_FeatureID",  # 42
    "Actor2Geo_Type",  # 43
    "Actor2Geo_FullName",  # 44
    "Actor2Geo_CountryCode",  # 45  FIPS 10-4
    "Actor2Geo_ADM1Code",  # 46
    "Actor2Geo_ADM2Code",  # 47
    "Actor2Geo_Lat",  # 48
    "Actor2Geo_Long",  # 49
    "Actor2Geo_FeatureID",  # 50
    "ActionGeo_Type",  # 51
    "ActionGeo_FullName",  # 52
    "ActionGeo_CountryCode",  # 53  FIPS 10-4 (Nigeria NI, Niger NG, Nicaragua NU)
    "ActionGeo_ADM1Code",  # 54
    "ActionGeo_ADM2Code",  # 55
    "ActionGeo_Lat",  # 56
    "ActionGeo_Long",  # 57
    "ActionGeo_FeatureID",  # 58
    "DATEADDED",  # 59  YYYYMMDDHHMMSS UTC, when GDELT saw the article
    "SOURCEURL",  # 60
)
FIELD_COUNT: Final = 61

_INDEX = {name: index for index, name in enumerate(COLUMNS)}


def column(name: str) -> int:
    """Zero-based index of a column by its codebook name (KeyError for a name the codebook lacks)."""
    return _INDEX[name]


GLOBALEVENTID: Final = column("GLOBALEVENTID")
SQLDATE: Final = column("SQLDATE")
ACTOR1_CODE: Final = column("Actor1Code")
ACTOR1_NAME: Final = column("Actor1Name")
ACTOR1_COUNTRY: Final = column("Actor1CountryCode")
ACTOR1_TYPES: Final = (column("Actor1Type1Code"), column("Actor1Type2Code"), column("Actor1Type3Code"))
ACTOR2_CODE: Final = column("Actor2Code")
ACTOR2_NAME: Final = column("Actor2Name")
ACTOR2_COUNTRY: Final = column("Actor2CountryCode")
ACTOR2_TYPES: Final = (column("Actor2Type1Code"), column("Actor2Type2Code"), column("Actor2Type3Code"))
EVENT_CODE: Final = column("EventCode")
ACTION_GEO_NAME: Final = column("ActionGeo_FullName")
ACTION_GEO_COUNTRY: Final = column("ActionGeo_CountryCode")
DATEADDED: Final = column("DATEADDED")
SOURCEURL: Final = column("SOURCEURL")
