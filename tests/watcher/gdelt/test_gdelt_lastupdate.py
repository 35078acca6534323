"""lastupdate.txt: the events export's line, resolved safely."""

import pytest

from tests.watcher.gdelt.conftest import FIXTURES
from tocsin_watcher.errors import LastUpdateError
from tocsin_watcher.gdelt.lastupdate import looks_like_lastupdate, parse_lastupdate

REAL_FORMAT = (
    b"150383 297a16b493de7cf6ca809a7cc31d0b93 http://data.gdeltproject.org/gdeltv2/20250312103000.export.CSV.zip\n"
    b"318084 bb27f78ba45f69a17ea6ed7755e9f8ff http://data.gdeltproject.org/gdeltv2/20250312103000.mentions.CSV.zip\n"
    b"10768507 ea8dde0beb0ba98810a92db068c0ce99 http://data.gdeltproject.org/gdeltv2/20250312103000.gkg.csv.zip\n"
)


def test_the_export_line_is_picked_from_the_three() -> None:
    """Size, MD5 and URL of the events export; mentions and GKG are ignored."""
    entry = parse_lastupdate(REAL_FORMAT, base="https://data.gdeltproject.org/gdeltv2/lastupdate.txt")
    assert entry.url == "http://data.gdeltproject.org/gdeltv2/20250312103000.export.CSV.zip"
    assert (entry.size, entry.md5) == (150383, "297a16b493de7cf6ca809a7cc31d0b93")


def test_a_local_lastupdate_resolves_a_relative_export_next_to_it() -> None:
    """The fixture names its zip by a relative path."""
    base = str(FIXTURES / "lastupdate.txt")
    entry = parse_lastupdate((FIXTURES / "lastupdate.txt").read_bytes(), base=base)
    assert entry.url == str(FIXTURES / "20250312103000.export.CSV.zip")


@pytest.mark.parametrize("url", ["file:///etc/passwd.export.CSV.zip", "ftp://h/x.export.CSV.zip"])
def test_a_remote_lastupdate_cannot_point_at_local_files(url: str) -> None:
    """From an http(s) lastupdate only an http(s) export is read."""
    data = f"12 0123456789abcdef0123456789abcdef {url}\n".encode()
    with pytest.raises(LastUpdateError, match="not allowed"):
        parse_lastupdate(data, base="https://mirror.example/lastupdate.txt")


def test_a_bare_path_in_a_remote_lastupdate_stays_on_that_host() -> None:
    """`/etc/x` from https://mirror.example resolves to https://mirror.example/etc/x, never a local file."""
    data = b"12 0123456789abcdef0123456789abcdef /etc/x.export.CSV.zip\n"
    entry = parse_lastupdate(data, base="https://mirror.example/gdeltv2/lastupdate.txt")
    assert entry.url == "https://mirror.example/etc/x.export.CSV.zip"


def test_lastupdate_without_an_export_line_is_an_error() -> None:
    """Mentions and GKG only, or an HTML page, raise LastUpdateError."""
    with pytest.raises(LastUpdateError):
        parse_lastupdate(REAL_FORMAT.splitlines(keepends=True)[1], base="https://d.example/lastupdate.txt")
    with pytest.raises(LastUpdateError):
        parse_lastupdate(b"<html>maintenance</html>", base="https://d.example/lastupdate.txt")


def test_lastupdate_is_told_from_an_export_by_its_lines() -> None:
    """Three `size md5 url` lines look like lastupdate; a tab-separated row does not."""
    assert looks_like_lastupdate(REAL_FORMAT)
    assert not looks_like_lastupdate((FIXTURES / "export.CSV").read_bytes())
    assert not looks_like_lastupdate(b"")
