"""FIPS 10-4 and CAMEO country codes to ISO 3166-1 alpha-3."""

import pycountry

from tocsin_watcher.gdelt.places import country_tables


def test_fips_codes_that_look_like_iso_are_mapped_by_fips() -> None:
    """Nigeria NI, Niger NG, Nicaragua NU, Germany GM, Switzerland SZ, Austria AU, Australia AS."""
    tables = country_tables()
    found = {code: tables.from_fips(code) for code in ["NI", "NU", "NG", "GM", "SZ", "AU", "AS", "VM", "UP", "RS"]}
    assert found == {
        "NI": "NGA",
        "NU": "NIC",
        "NG": "NER",
        "GM": "DEU",
        "SZ": "CHE",
        "AU": "AUT",
        "AS": "AUS",
        "VM": "VNM",
        "UP": "UKR",
        "RS": "RUS",
    }


def test_every_mapped_code_is_a_current_iso_country() -> None:
    """The data file maps only to alpha-3 codes pycountry knows."""
    tables = country_tables()
    for code in [*tables.fips.values(), *tables.cameo.values()]:
        assert pycountry.countries.get(alpha_3=code) is not None, code


def test_places_that_are_no_country_and_unknown_codes_give_none() -> None:
    """Kosovo, the oceans, an empty field and an unknown code map to None."""
    tables = country_tables()
    assert [tables.from_fips(code) for code in ["KV", "OS", "", "  ", "QQ", "nonsense"]] == [None] * 6


def test_cameo_actor_countries_pass_iso_and_fix_legacy_codes() -> None:
    """NGA stays NGA, ROM becomes ROU, regions such as AFR and WST are no country."""
    tables = country_tables()
    assert [tables.from_cameo(code) for code in ["NGA", "ROM", "AFR", "WST", "", "NG"]] == [
        "NGA",
        "ROU",
        None,
        None,
        None,
        None,
    ]
