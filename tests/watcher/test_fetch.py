"""The fetcher against a real HTTP server on 127.0.0.1: retries, 304, size cap, User-Agent, files."""

import contextlib
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.http import QuietHandler, http_server
from tocsin_watcher.errors import SourceUnavailable
from tocsin_watcher.fetch import USER_AGENT, Fetcher, FetchPolicy

BODY = b"<html>status</html>"


class Handler(QuietHandler):
    """Routes: /page (ETag + 304), /flaky (503 twice), /down (always 503), /busy (429), /gone, /big, /drip, /ua."""

    hits: dict[str, int] = {}  # noqa: RUF012 - shared by the server's handler instances on purpose

    def do_GET(self) -> None:
        path = self.path
        Handler.hits[path] = Handler.hits.get(path, 0) + 1
        if path == "/page":
            if self.headers.get("If-None-Match") == '"v1"':
                self._send(304, b"")
            else:
                self._send(200, BODY, {"ETag": '"v1"', "Last-Modified": "Sat, 14 Mar 2026 09:00:00 GMT"})
        elif path == "/flaky":
            self._send(503, b"busy") if Handler.hits[path] <= 2 else self._send(200, BODY)
        elif path == "/down":
            self._send(503, b"<html>Service Unavailable</html>")
        elif path == "/busy":
            self._send(429, b"slow down", {"Retry-After": "0"})
        elif path == "/gone":
            self._send(404, b"not found")
        elif path == "/big":
            self._send(200, b"x" * 300_000)
        elif path == "/big-chunked":
            self.send_response(200)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"y" * 65536
            for _ in range(5):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        elif path == "/drip":  # a byte every 0.1 s: no single read ever waits long, the whole never comes
            self.send_response(200)
            self.send_header("Content-Length", "1000")
            self.end_headers()
            with contextlib.suppress(ConnectionError):  # the fetcher hangs up at its deadline
                for _ in range(100):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
        elif path == "/ua":
            self._send(200, (self.headers.get("User-Agent") or "").encode())
        else:
            self._send(500, b"unexpected")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """Base URL of a threaded HTTP server on 127.0.0.1 (random port)."""
    with http_server(Handler) as url:
        yield url


class Sleeps:
    """Records backoff delays instead of sleeping, keeping the suite fast."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


def _fetcher(sleeps: Sleeps | None = None, **policy: float) -> Fetcher:
    settings = {"attempts": 3, "backoff": 0.5, "timeout": 5.0, "max_bytes": 200_000, **policy}
    return Fetcher(
        FetchPolicy(
            timeout=settings["timeout"],
            attempts=int(settings["attempts"]),
            backoff=settings["backoff"],
            max_bytes=int(settings["max_bytes"]),
        ),
        sleep=sleeps or Sleeps(),
    )


async def test_conditional_get_returns_none_when_not_modified(server: str) -> None:
    """After a committed read, the next read sends If-None-Match and a 304 becomes None."""
    async with _fetcher() as fetcher:
        assert await fetcher.read(f"{server}/page") == BODY
        fetcher.commit(f"{server}/page")
        assert await fetcher.read(f"{server}/page") is None


async def test_uncommitted_read_is_fetched_whole_again(server: str, tmp_path: Path) -> None:
    """Validators of a read whose events never got out are not used: the next read gets the body, not a 304."""
    path = tmp_path / "validators.json"
    async with Fetcher(validators_path=path) as fetcher:
        assert await fetcher.read(f"{server}/page") == BODY
        assert await fetcher.read(f"{server}/page") == BODY
    assert not path.exists()


async def test_forget_drops_validators_so_the_page_is_read_again(server: str) -> None:
    """After forget(), the next read fetches the whole page."""
    async with _fetcher() as fetcher:
        await fetcher.read(f"{server}/page")
        fetcher.commit(f"{server}/page")
        fetcher.forget(f"{server}/page")
        assert await fetcher.read(f"{server}/page") == BODY


async def test_validators_survive_in_a_state_file(server: str, tmp_path: Path) -> None:
    """A new fetcher with the same validators file still gets a 304."""
    path = tmp_path / "validators.json"
    async with Fetcher(validators_path=path) as fetcher:
        assert await fetcher.read(f"{server}/page") == BODY
        fetcher.commit(f"{server}/page")
    async with Fetcher(validators_path=path) as fetcher:
        assert await fetcher.read(f"{server}/page") is None


async def test_a_per_read_cap_lowers_the_policy_cap(server: str, tmp_path: Path) -> None:
    """`read(max_bytes=...)` refuses a body the policy alone would accept, for URLs and files alike."""
    small = tmp_path / "small.xml"
    small.write_bytes(b"z" * 2_000)
    async with _fetcher() as fetcher:
        assert await fetcher.read(f"{server}/ua") is not None
        with pytest.raises(SourceUnavailable, match="1000-byte cap"):
            await fetcher.read(f"{server}/big", max_bytes=1_000)
        with pytest.raises(SourceUnavailable, match="1000-byte cap"):
            await fetcher.read(str(small), max_bytes=1_000)
        assert await fetcher.read(str(small), max_bytes=10**9) == small.read_bytes()


async def test_503_is_retried_with_growing_backoff_then_succeeds(server: str) -> None:
    """Two 503s then 200: the body is returned after two backoff sleeps, the second longer on average."""
    sleeps = Sleeps()
    async with _fetcher(sleeps) as fetcher:
        assert await fetcher.read(f"{server}/flaky") == BODY
    assert len(sleeps.delays) == 2
    assert 0.25 <= sleeps.delays[0] <= 0.5
    assert 0.5 <= sleeps.delays[1] <= 1.0


async def test_persistent_503_raises_source_unavailable_after_every_attempt(server: str) -> None:
    """A source that keeps answering 503 is SourceUnavailable naming the status and attempts."""
    before = Handler.hits.get("/down", 0)
    async with _fetcher() as fetcher:
        with pytest.raises(SourceUnavailable, match="HTTP 503 after 3 attempts"):
            await fetcher.read(f"{server}/down")
    assert Handler.hits["/down"] - before == 3


async def test_429_honours_retry_after(server: str) -> None:
    """Retry-After: 0 on a 429 sets the delay to zero."""
    sleeps = Sleeps()
    async with _fetcher(sleeps) as fetcher:
        with pytest.raises(SourceUnavailable, match="HTTP 429"):
            await fetcher.read(f"{server}/busy")
    assert sleeps.delays == [0.0, 0.0]


async def test_404_is_not_retried(server: str) -> None:
    """A client error fails at once."""
    before = Handler.hits.get("/gone", 0)
    async with _fetcher() as fetcher:
        with pytest.raises(SourceUnavailable, match="HTTP 404"):
            await fetcher.read(f"{server}/gone")
    assert Handler.hits["/gone"] - before == 1


@pytest.mark.parametrize("path", ["/big", "/big-chunked"])
async def test_responses_over_the_size_cap_are_refused(server: str, path: str) -> None:
    """Declared or streamed, a body over max_bytes is SourceUnavailable, not buffered."""
    async with _fetcher() as fetcher:
        with pytest.raises(SourceUnavailable, match="cap"):
            await fetcher.read(f"{server}{path}")


async def test_requests_carry_the_descriptive_user_agent(server: str) -> None:
    """Every request names Tocsin and how to reach its maintainers."""
    async with _fetcher() as fetcher:
        assert await fetcher.read(f"{server}/ua") == USER_AGENT.encode()


async def test_connection_refused_is_retried_then_unavailable() -> None:
    """Nothing listening: each attempt fails to connect, then SourceUnavailable."""
    sleeps = Sleeps()
    async with _fetcher(sleeps) as fetcher:
        with pytest.raises(SourceUnavailable, match="connection failed"):
            await fetcher.read("http://127.0.0.1:9/")
    assert len(sleeps.delays) == 2


async def test_file_urls_and_paths_are_read(tmp_path: Path) -> None:
    """`file://` URLs and plain paths return the file's bytes."""
    page = tmp_path / "page.html"
    page.write_bytes(BODY)
    async with _fetcher() as fetcher:
        assert await fetcher.read(page.as_uri()) == BODY
        assert await fetcher.read(str(page)) == BODY


@pytest.mark.parametrize("source", ["/nonexistent/page.html", "file:///nonexistent.xml", "ftp://example.org/x"])
async def test_unreadable_sources_raise_source_unavailable(source: str) -> None:
    """Missing files and unsupported schemes are SourceUnavailable with a reason."""
    async with _fetcher() as fetcher:
        with pytest.raises(SourceUnavailable):
            await fetcher.read(source)


async def test_a_server_dripping_bytes_is_cut_off_at_the_attempt_deadline(server: str) -> None:
    """Each read of a dripping body is quick, but `timeout` bounds the whole attempt: the read fails, retried."""
    sleeps = Sleeps()
    async with _fetcher(sleeps, timeout=1.0, attempts=2) as fetcher:
        with pytest.raises(SourceUnavailable, match=r"whole response not read within 1 s\) after 2 attempts"):
            await fetcher.read(f"{server}/drip")
    assert len(sleeps.delays) == 1
