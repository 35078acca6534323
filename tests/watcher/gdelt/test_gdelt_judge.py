"""Keep or drop: CAMEO 173 / 1721 only with a speech, journalism or cyber context; ordinary crime out."""

from pathlib import Path

import pytest

from tests.watcher.gdelt.conftest import gdelt_row
from tocsin_watcher.gdelt.export import CodedEvent, export_text, parse_export
from tocsin_watcher.gdelt.judge import WATCHED_CODES, judge


def _fixture_rows(export_zip: Path) -> dict[str, CodedEvent]:
    rows = parse_export(export_text(export_zip.read_bytes()), codes=WATCHED_CODES).rows
    return {row.global_event_id: row for row in rows}


def test_fixture_rows_are_kept_or_dropped_for_the_right_reason(export_zip: Path) -> None:
    """Journalists, bloggers, activists and a newspaper kept; crime, protests and bystanders dropped."""
    verdicts = {gid: judge(row).reason for gid, row in _fixture_rows(export_zip).items()}
    assert verdicts == {
        "1001": "kept",  # journalist, facebook post, MED
        "1002": "kept",  # same article, reporter
        "1003": "kept",  # blogger, article 117
        "1004": "kept",  # 1721 against a newspaper
        "1005": "off_topic",  # murder
        "1006": "off_topic",  # drug trafficker
        "1007": "no_context",  # man arrested after a disturbance
        "1008": "off_topic",  # a CRM suspect, tweets or not
        "1009": "no_context",  # street protesters
        "1012": "off_topic",  # internet fraudsters
        "1013": "kept",  # journalist, PECA, fake news
        "1014": "kept",  # activist, lese majeste, facebook posts
        "1015": "kept",  # opaque URL, MED target
        "1016": "no_context",  # the media reported it; a man was detained
        "1021": "kept",  # judged kept; its javascript: link is refused later
        "1022": "kept",  # journaliste, réseaux sociaux
    }


def test_matched_terms_name_the_code_and_the_context(export_zip: Path) -> None:
    """The verdict lists the CAMEO code first, then slug words, name words and actor types."""
    verdict = judge(_fixture_rows(export_zip)["1001"])
    assert verdict.terms == ("CAMEO 173", "journalist", "facebook post", "MED (media)")


@pytest.mark.parametrize(
    "slug",
    [
        "police-arrest-man-for-stealing-phone",
        "two-held-over-cocaine-haul",
        "gang-leader-hacked-to-death-suspect-held",
        "man-arrested-for-selling-fake-goods-on-facebook",
        "yahoo-boys-arrested-in-lagos",
        "police-arrest-robbery-suspects",
    ],
)
def test_ordinary_crime_slugs_are_dropped(slug: str) -> None:
    """Theft, drugs, violence, online sales and scams are not arrest reports, whatever else the slug says."""
    row = parse_export(
        gdelt_row(GLOBALEVENTID="1", EventCode="173", SOURCEURL=f"https://news.example/{slug}"), codes={"173"}
    ).rows[0]
    assert not judge(row).keep


@pytest.mark.parametrize(
    "slug",
    [
        "tiktoker-detained-over-video-criticising-president",
        "hacker-charged-under-cybercrimes-act",
        "man-arrested-over-facebook-post-about-governor",
        "security-researcher-charged-after-disclosing-vulnerability",
        "nha-bao-bi-bat-tam-giam",
    ],
)
def test_speech_and_cyber_slugs_are_kept_without_actor_help(slug: str) -> None:
    """The slug alone can carry the context (English and Vietnamese words)."""
    row = parse_export(
        gdelt_row(GLOBALEVENTID="1", EventCode="173", SOURCEURL=f"https://news.example/{slug}"), codes={"173"}
    ).rows[0]
    assert judge(row).keep


def test_other_codes_are_not_watched() -> None:
    """A 1722 row with a journalist is still not a 173 or 1721."""
    row = parse_export(
        gdelt_row(GLOBALEVENTID="1", EventCode="1722", Actor2Name="JOURNALIST", SOURCEURL="https://n.example/a-b"),
        codes={"1722"},
    ).rows[0]
    assert judge(row).reason == "not_watched_code"


def test_a_state_actor1_alone_is_not_the_target() -> None:
    """Police with no Actor2 give no target: their MED-free name cannot be context; an opaque URL drops."""
    row = parse_export(
        gdelt_row(
            GLOBALEVENTID="1",
            EventCode="173",
            Actor1Code="NGACOP",
            Actor1Name="POLICE",
            Actor1Type1Code="COP",
            SOURCEURL="https://n.example/news/998877",
        ),
        codes={"173"},
    ).rows[0]
    assert judge(row).reason == "no_context"
