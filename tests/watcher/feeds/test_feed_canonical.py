"""Canonical article URLs: tracking parameters removed, one spelling per article."""

import pytest

from tocsin_watcher.errors import InvalidLinkError
from tocsin_watcher.feeds.canonical import canonical_url, is_safe_link


@pytest.mark.parametrize(
    ("raw", "canonical"),
    [
        (
            "https://example.org/a/?utm_source=rss&utm_medium=rss&utm_campaign=x",
            "https://example.org/a/",
        ),
        ("https://example.org/a?fbclid=IwAR0&gclid=Cj0&b=2&a=1", "https://example.org/a?a=1&b=2"),
        ("https://example.org/a?mc_cid=1&mc_eid=2&ref=rss&ref_src=twsrc&igshid=x&_ga=1.2", "https://example.org/a"),
        ("https://example.org/a?yclid=1&spm=a.b&cmpid=rss&ocid=msn&id=7", "https://example.org/a?id=7"),
        ("https://example.org/a?UTM_Source=x&Keep=Yes", "https://example.org/a?Keep=Yes"),
        ("HTTPS://Example.ORG:443/Path/?", "https://example.org/Path/"),
        ("http://example.org:80/a#comments", "http://example.org/a"),
        ("http://example.org:8080/a", "http://example.org:8080/a"),
        ("https://example.org", "https://example.org/"),
        ("https://user:pw@example.org/a", "https://example.org/a"),
        ("https://example.org/2025/01/story/amp/", "https://example.org/2025/01/story/"),
        ("https://example.org/2025/01/story/?amp=1", "https://example.org/2025/01/story/"),
        ("https://example.org/search?q=a%20b&page=2", "https://example.org/search?page=2&q=a%20b"),
        (
            "https://example.org/a?trk=1&icid=2&mbid=3&s_kwcid=4&srsltid=5&smid=6&ns_campaign=7&elqTrackId=8"
            "&sfmc_id=9&_kx=10&wprov=11&guccounter=12&_branch_match_id=13&soc_trk=14&__twitter_impression=15",
            "https://example.org/a",
        ),
        ("https://example.org/a?cid=41&si=news", "https://example.org/a?cid=41&si=news"),
    ],
)
def test_canonical_url_removes_tracking_and_normalises(raw: str, canonical: str) -> None:
    """Tracking parameters, default ports, fragments and case differences disappear; other parameters sort."""
    assert canonical_url(raw) == canonical


def test_variants_of_one_article_share_a_canonical_url() -> None:
    """The same article linked from two feeds with different tracking spellings is one URL."""
    first = "https://rightsmonitor.example.org/2025/01/19/x/?utm_source=rss&fbclid=IwAR0abc"
    second = "HTTPS://RightsMonitor.example.org:443/2025/01/19/x/?utm_source=voices&gclid=Cj0KCQ#top"
    assert canonical_url(first) == canonical_url(second)


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "file:///etc/passwd",
        "vbscript:msgbox(1)",
        "/relative/path",
        "https://",
        "http://[::1/broken",
        "http://example.org:99999/",
        "",
    ],
)
def test_non_http_links_are_rejected(link: str) -> None:
    """Anything but an absolute http(s) URL with a host raises InvalidLinkError and is not safe."""
    assert not is_safe_link(link)
    with pytest.raises(InvalidLinkError):
        canonical_url(link)


def test_at_internet_xtor_is_tracking_too() -> None:
    """The project's own French fixture carries "?xtor=RSS-1": two feeds' xtor values made one article two reports."""
    one = canonical_url("https://presse.example/tunisie/?xtor=RSS-1&utm_source=rss")
    assert one == canonical_url("https://presse.example/tunisie/?xtor=RSS-3") == "https://presse.example/tunisie/"
