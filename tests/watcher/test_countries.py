"""UN short names to ISO alpha-3: every member and observer state maps; organisations and unknowns are null."""

import pytest

from tocsin_watcher.countries import normalise_name, un_names
from tocsin_watcher.data.make_un_names import UN_MEMBERS, UN_OBSERVER_STATES


def test_all_193_members_and_2_observer_states_map_to_a_code() -> None:
    """Each UN member state's and observer state's short name resolves to a distinct alpha-3 code."""
    assert len(set(UN_MEMBERS)) == 193
    assert len(UN_OBSERVER_STATES) == 2
    codes = {name: un_names().country_code(name) for name in (*UN_MEMBERS, *UN_OBSERVER_STATES)}
    assert [name for name, code in codes.items() if code is None] == []
    assert len(set(codes.values())) == 195


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Viet Nam", "VNM"),
        ("Türkiye", "TUR"),
        ("Turkiye", "TUR"),
        ("Iran (Islamic Republic of)", "IRN"),
        ("Lao People's Democratic Republic", "LAO"),
        ("Lao People\u2019s Democratic Republic", "LAO"),
        ("Czech Republic", "CZE"),
        ("Czechia", "CZE"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d'Ivoire", "CIV"),
        ("Democratic People's Republic of Korea", "PRK"),
        ("Republic of Korea", "KOR"),
        ("State of Palestine", "PSE"),
        ("Holy See", "VAT"),
        ("Netherlands (Kingdom of the)", "NLD"),
        ("United Kingdom of Great Britain and Northern Ireland", "GBR"),
        ("Bolivia (Plurinational State of)", "BOL"),
        ("Congo", "COG"),
        ("Democratic Republic of the Congo", "COD"),
        ("Cook Islands", "COK"),
        ("  viet   nam ", "VNM"),
    ],
)
def test_un_names_and_common_variants_resolve(name: str, code: str) -> None:
    """UN spellings, common variants, accents and apostrophes all find the right code."""
    assert un_names().country_code(name) == code


def test_the_european_union_is_an_organisation_without_a_code() -> None:
    """The EU resolves as a non-state participant with a null country code."""
    resolution = un_names().resolve("European Union")
    assert (resolution.kind, resolution.country_code) == ("organization", None)


def test_unknown_name_resolves_to_null_not_an_error() -> None:
    """An unknown participant is `unknown` with a null code."""
    resolution = un_names().resolve("Republic of Nowhere")
    assert (resolution.kind, resolution.country_code) == ("unknown", None)


def test_normalise_folds_accents_case_and_apostrophes() -> None:
    """Lookups ignore accents, case, curly apostrophes and spacing."""
    assert normalise_name("  CÔTE  D\u2019IVOIRE ") == "cote d'ivoire"
