"""A redirect to another host is followed only to public addresses: never to cloud metadata, the local machine or a
private network; a redirect within the configured source's own host is its operator's business and is followed."""

import ipaddress
from collections.abc import Iterator

import pytest

from tests.support.http import QuietHandler, http_server
from tocsin_watcher.errors import SourceUnavailable
from tocsin_watcher.fetch import Fetcher, FetchPolicy

BODY = b"<rss version='2.0'><channel><title>t</title></channel></rss>"
Address = ipaddress.IPv4Address | ipaddress.IPv6Address


class RedirectHandler(QuietHandler):
    """/to?URL redirects to URL; /page answers."""

    def do_GET(self) -> None:
        if self.path.startswith("/to?"):
            self._send(302, b"", {"Location": self.path.removeprefix("/to?")})
        elif self.path == "/page":
            self._send(200, BODY)
        else:
            self._send(404, b"")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with http_server(RedirectHandler) as url:
        yield url


def _fetcher(resolved: dict[str, list[str]] | None = None) -> Fetcher:
    """A fetcher whose name lookups for redirect targets come from `resolved` when given."""

    async def resolve(host: str, port: int) -> list[Address]:
        assert resolved is not None
        return [ipaddress.ip_address(a) for a in resolved[host]]

    return Fetcher(FetchPolicy(timeout=5.0, attempts=1), resolve=resolve if resolved is not None else None)


@pytest.mark.parametrize(
    ("target", "address"),
    [
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),
        ("http://10.0.0.1/feed", "10.0.0.1"),
        ("http://[::1]:9/feed", "::1"),
    ],
    ids=["cloud-metadata", "private-network", "loopback-v6"],
)
async def test_a_redirect_to_a_non_public_address_is_refused_before_connecting(
    server: str, target: str, address: str
) -> None:
    """The feed's redirect names an internal address: the read fails at once, saying where it would have gone."""
    async with _fetcher() as fetcher:
        with pytest.raises(SourceUnavailable, match=rf"redirect to .* refused: it resolves to {address}"):
            await fetcher.read(f"{server}/to?{target}")


async def test_a_name_that_resolves_to_a_private_address_is_refused(server: str) -> None:
    """A host name is judged by what it resolves to, not by how it reads."""
    async with _fetcher({"feeds.example.org": ["192.168.1.20"]}) as fetcher:
        with pytest.raises(SourceUnavailable, match=r"redirect to feeds\.example\.org refused"):
            await fetcher.read(f"{server}/to?http://feeds.example.org/rss")


async def test_another_name_for_the_local_machine_is_refused(server: str) -> None:
    """`localhost` is another host than the configured 127.0.0.1, and a loopback one: refused."""
    port = server.rsplit(":", 1)[1]
    async with _fetcher() as fetcher:
        with pytest.raises(SourceUnavailable, match="redirect to localhost refused"):
            await fetcher.read(f"{server}/to?http://localhost:{port}/page")


async def test_a_redirect_within_the_source_host_is_followed(server: str) -> None:
    """A local mirror redirecting to another of its own paths is the operator's own setup: read as usual."""
    async with _fetcher() as fetcher:
        assert await fetcher.read(f"{server}/to?{server}/page") == BODY
        assert await fetcher.read(f"{server}/to?/page") == BODY


async def test_a_redirect_to_another_port_of_the_source_host_is_refused(server: str) -> None:
    """The feed's host is its owner's: a redirect to another of its ports (a local admin service when the name points
    at the watcher's machine) is judged like another host, and a loopback address is refused."""
    host = server.split("//", 1)[1].rsplit(":", 1)[0]
    async with _fetcher() as fetcher:
        with pytest.raises(SourceUnavailable, match=rf"redirect to {host} refused: it resolves to {host}"):
            await fetcher.read(f"{server}/to?http://{host}:9/secret")
