"""Country indices (every figure sourced and dated, gaps recorded) and the convention-status table."""

import json
import re
from importlib import resources

from tests.classifier.factories import arrest, treaty_action
from tocsin_classifier.classify import classify
from tocsin_classifier.convention import ConventionStatus
from tocsin_classifier.countries import NOT_COVERED, country_indices, indices_for

FEED_COUNTRIES = [
    "VNM",
    "PAK",
    "NGA",
    "KEN",
    "THA",
    "JOR",
    "TUN",
    "EGY",
    "IND",
    "CHN",
    "RUS",
    "IRN",
    "TUR",
    "SAU",
    "ARE",
    "BGD",
    "ETH",
    "UGA",
    "ZWE",
    "MMR",
    "KHM",
    "PHL",
    "IDN",
    "MYS",
    "BLR",
    "AZE",
    "NIC",
    "VEN",
    "CUB",
    "USA",
    "GBR",
    "FRA",
    "DEU",
    "BRA",
    "MEX",
]


def test_every_country_likely_in_the_feeds_is_in_the_file() -> None:
    """The ~35 countries most likely in arrest reports all have an entry."""
    assert set(FEED_COUNTRIES) <= set(country_indices())


def test_every_figure_has_a_source_and_a_year_or_is_a_recorded_gap() -> None:
    """A status or score always comes with its edition year and source; a gap carries a note instead."""
    raw = json.loads(resources.files("tocsin_classifier").joinpath("data/country_indices.json").read_text())
    for code, entry in raw["countries"].items():
        for index in ("freedom_on_the_net", "freedom_in_the_world"):
            figure = entry[index]
            assert figure["source"], (code, index)
            if figure["status"] is not None or figure.get("score") is not None:
                assert isinstance(figure["year"], int), (code, index)
            else:
                assert figure["note"], (code, index)
            if figure.get("score") is not None:
                assert 0 <= figure["score"] <= 100


def test_a_figure_read_from_a_page_names_that_page_and_its_edition() -> None:
    """A figure read from freedomhouse.org names the country page of its own index and edition; a Net status read
    that way agrees with the report's fixed bands (Free 70-100, Partly Free 40-69, Not Free 0-39)."""
    raw = json.loads(resources.files("tocsin_classifier").joinpath("data/country_indices.json").read_text())
    paths = {"freedom_on_the_net": "freedom-net", "freedom_in_the_world": "freedom-world"}
    read = 0
    for code, entry in raw["countries"].items():
        for index, path in paths.items():
            figure = entry[index]
            if not (figure["note"] or "").startswith("read from the stored copy"):
                continue
            read += 1
            page = re.search(
                r"\(https://(?:www\.)?freedomhouse\.org/(?:es/)?country/[a-z-]+/([a-z-]+)/(\d{4})\)$", figure["source"]
            )
            assert page is not None, (code, index, figure["source"])
            assert (page.group(1), int(page.group(2))) == (path, figure["year"]), (code, index)
            if index == "freedom_on_the_net" and figure["score"] is not None:
                bands = "Free" if figure["score"] >= 70 else "Partly Free" if figure["score"] >= 40 else "Not Free"
                assert figure["status"] == bands, (code, figure)
    assert read >= 100


def test_not_free_falls_back_to_freedom_in_the_world_when_the_net_rating_is_a_gap() -> None:
    """Afghanistan's Net status is a gap (the report does not rate it); its Freedom in the World status decides."""
    afghanistan = indices_for("AFG")
    assert afghanistan is not None
    assert afghanistan.freedom_on_the_net.status is None
    assert afghanistan.not_free


def test_country_outside_the_file_is_reported_as_a_gap_in_the_file() -> None:
    """An unknown country gets explicit null figures, never invented ones, and a note that says the gap is the
    data file's (Freedom in the World rates every country: "not covered" claimed the report skipped it)."""
    alert = classify(arrest("Blogger jailed for posts", "", country="ISR"), ConventionStatus())
    for index in ("freedom_on_the_net", "freedom_in_the_world"):
        assert alert.country_context[index]["note"] == NOT_COVERED
        assert alert.country_context[index]["status"] is None
    assert "data file" in NOT_COVERED


def test_a_country_outside_the_file_is_still_named() -> None:
    """The name comes from ISO 3166 when the data file lacks the country; a code ISO does not know has none."""
    assert (
        classify(arrest("Blogger jailed for posts", "", country="DZA"), ConventionStatus()).country_context[
            "country_name"
        ]
        == "Algeria"
    )
    assert (
        classify(arrest("Blogger jailed for posts", "", country="BOL"), ConventionStatus()).country_context[
            "country_name"
        ]
        == "Bolivia"
    )
    assert (
        classify(arrest("Blogger jailed for posts", "", country="ZZZ"), ConventionStatus()).country_context[
            "country_name"
        ]
        is None
    )


def test_an_empty_status_table_does_not_claim_a_state_has_not_ratified() -> None:
    """Offline without --context-from, or before any treaty action was read, nobody is known to have ratified or
    not: `ratified` is null; once the table holds participants, a state absent from it has not ratified."""
    unknown = classify(arrest("Blogger jailed for posts", "", country="VNM"), ConventionStatus())
    assert unknown.country_context["convention"]["ratified"] is None
    assert unknown.country_context["convention"]["participant"] is None
    table = ConventionStatus()
    table.apply(treaty_action("Chad", "TCD", "ratification").data)
    known = classify(arrest("Blogger jailed for posts", "", country="VNM"), table)
    assert known.country_context["convention"]["ratified"] is False


def test_status_table_keeps_signature_and_latest_consent_per_participant() -> None:
    """Signature then ratification of one state gives one row with both; other treaties are ignored."""
    table = ConventionStatus()
    table.apply(treaty_action("Viet Nam", "VNM", "signature", day=1).data)
    table.apply(treaty_action("Viet Nam", "VNM", "ratification", day=20).data)
    other = treaty_action("Chad", "TCD").data.model_copy(update={"treaty": "XVIII-12"})
    assert table.apply(other) is False
    row = table.for_country("VNM")
    assert row is not None
    assert row.signed is not None
    assert row.ratified
    assert row.as_context()["consent"] == {"kind": "ratification", "date": "2026-02-20"}
    assert len(table) == 1


def test_participants_without_a_country_code_are_kept_by_name() -> None:
    """The European Union has no ISO code but still has a row."""
    table = ConventionStatus.from_actions([treaty_action("European Union", None, "signature").data])
    row = table.for_participant("European Union")
    assert row is not None
    assert row.signed is not None
    assert not row.ratified
