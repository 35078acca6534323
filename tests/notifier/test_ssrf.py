"""The SSRF guard: URL text at subscribe time, resolved addresses at connect time (DNS rebinding)."""

import socket
import ssl
import subprocess
from collections.abc import Iterator, Sequence
from ipaddress import ip_address
from pathlib import Path

import httpx
import pytest

from tests.notifier.channels.receiver import Receiver, running_receiver
from tocsin_notifier.errors import DeliveryError
from tocsin_notifier.ssrf import (
    MalformedUrlError,
    Resolver,
    UnsafeTargetError,
    check_url,
    parse_networks,
    resolve_and_check,
    unsafe_reason,
)
from tocsin_notifier.ssrf_transport import guarded_transport

LOOPBACK = parse_networks("127.0.0.0/8,::1/128")


def static_resolver(mapping: dict[str, list[str]]) -> Resolver:
    """A resolver hook answering from `mapping`, like a DNS server an attacker controls."""

    async def resolve(host: str, port: int) -> Sequence[str]:
        if host not in mapping:
            raise socket.gaierror(socket.EAI_NONAME, f"{host} not found")
        return mapping[host]

    return resolve


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with running_receiver() as running:
        yield running


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.com/hook", "scheme"),
        ("file:///etc/passwd", "scheme"),
        ("javascript:alert(1)", "scheme"),
        ("gopher://example.com:70/", "scheme"),
        ("http://user:pw@example.com/hook", "credentials"),
        ("https://token@example.com/hook", "credentials"),
        ("http://localhost/", "localhost"),
        ("http://LOCALHOST.:8080/", "localhost"),
        ("http://api.localhost/", "localhost"),
        ("http://localhost.localdomain/", "localhost"),
        ("http://ip6-localhost/", "localhost"),
        ("http://metadata.google.internal/computeMetadata/v1/", "metadata"),
        ("http://127.0.0.1/", "loopback"),
        ("http://127.255.255.254:8080/", "loopback"),
        ("http://10.1.2.3/", "private"),
        ("http://172.16.0.1/", "private"),
        ("http://172.31.255.255/", "private"),
        ("http://192.168.1.1/", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("http://100.64.0.1/", "CGNAT"),
        ("http://100.127.255.254/", "CGNAT"),
        ("http://224.0.0.1/", "multicast"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://240.0.0.1/", "reserved"),
        ("http://255.255.255.255/", "reserved"),
        ("http://198.18.0.1/", "benchmarking"),
        ("http://192.0.2.10/", "documentation"),
        ("http://[::1]/", "loopback"),
        ("http://[::]/", "unspecified"),
        ("http://[fc00::1]/", "unique local"),
        ("http://[fd12:3456::1]/", "unique local"),
        ("http://[fe80::1]/", "link-local"),
        ("http://[ff02::1]/", "multicast"),
        ("http://[::ffff:127.0.0.1]/", "IPv4-mapped"),
        ("http://[::ffff:7f00:1]/", "IPv4-mapped"),
        ("http://[::ffff:169.254.169.254]/", "link-local"),
        ("http://[2002:7f00:1::]/", "6to4"),
        ("http://[2002:a9fe:a9fe::1]/", "6to4"),
        ("http://[64:ff9b::10.0.0.1]/", "NAT64"),
        ("http://[64:ff9b::a00:1]/", "NAT64"),
        ("http://[2001:db8::1]/", "documentation"),
        ("http://[::127.0.0.1]/", "IPv4-compatible"),
        ("http://2130706433/", "loopback"),
        ("http://0x7f000001/", "loopback"),
        ("http://0177.0.0.1/", "loopback"),
        ("http://017700000001/", "loopback"),
        ("http://127.1/", "loopback"),
        ("http://0x7f.1/", "loopback"),
        ("http://127.0.0.1./", "loopback"),
        ("http://0/", "unspecified"),
        ("http://3232235777/", "private"),
        ("http://0xA9FEA9FE/", "link-local"),
        ("http://0251.0376.0251.0376/", "link-local"),
        ("http://1.2.3.4.5/", "not a valid IPv4"),
        ("http://256.1.1.1/", "not a valid IPv4"),
        ("http://08.1.1.1/", "not a valid IPv4"),
        ("http://example.0x1/", "not a valid IPv4"),
        ("http://1_0.0.0.1/", "not a valid IPv4"),
        ("http://0x.0x.0x.0x/", "unspecified"),
        ("http://[fe80::1%25eth0]/", "zone"),
        ("http://%31%32%37.0.0.1/", "percent"),
        ("http://example.com\\@127.0.0.1/", "backslash"),
        ("http://exa mple.com/", "whitespace"),
        ("http://example.com/\r\nHost: 127.0.0.1", "control"),
        ("http:///path-only", "no host"),
        ("http://example.com:0/", "port 0"),
        ("http://example.com:99999/", "invalid URL"),
    ],
)
def test_unsafe_urls_are_refused_with_a_reason(url: str, reason: str) -> None:
    """Every loopback, private, reserved or ambiguous spelling is refused and the message says why."""
    with pytest.raises(UnsafeTargetError, match=reason):
        check_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/hook",
        "https://hooks.example.com:8443/tocsin?token=abc",
        "http://8.8.8.8/",
        "http://1.1.1.1:8080/x",
        "https://[2606:4700:4700::1111]/hook",
        "http://[64:ff9b::808:808]/",
        "https://xn--bcher-kva.example/",
        "https://a1.example/",
    ],
)
def test_public_urls_are_accepted(url: str) -> None:
    """Public names and addresses (NAT64 of a public address included) pass the text check."""
    check_url(url)


def test_allow_list_lets_loopback_through() -> None:
    """127.0.0.1 is reachable only when the operator allows it, in any spelling of it."""
    check_url("http://127.0.0.1:8080/hook", LOOPBACK)
    check_url("http://[::1]:8080/hook", LOOPBACK)
    check_url("http://[::ffff:127.0.0.1]/hook", LOOPBACK)
    check_url("http://2130706433/", LOOPBACK)


def test_allow_list_does_not_open_other_ranges_or_names() -> None:
    """Allowing loopback neither allows private ranges nor the cloud metadata name."""
    with pytest.raises(UnsafeTargetError, match="private"):
        check_url("http://10.0.0.1/", LOOPBACK)
    with pytest.raises(UnsafeTargetError, match="metadata"):
        check_url("http://metadata.google.internal/", LOOPBACK)


@pytest.mark.parametrize("allow", ["127.0.0.0/8", "::1/128", "127.0.0.1/32,::1/128"])
@pytest.mark.parametrize("url", ["http://localhost:8080/hook", "http://LOCALHOST.:8080/", "http://api.localhost/"])
def test_allowed_loopback_lets_localhost_names_through(allow: str, url: str) -> None:
    """With loopback allowed (IPv4 or IPv6), localhost names pass the text check like any other name."""
    check_url(url, parse_networks(allow))


def test_allowing_a_private_range_keeps_localhost_names_out() -> None:
    """Only an allow-list holding a loopback address opens localhost names."""
    with pytest.raises(UnsafeTargetError, match="localhost"):
        check_url("http://localhost:8080/", parse_networks("10.0.0.0/8,fd00::/8"))


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://[::1", "Invalid IPv6 URL"),
        ("http://[::1/hook", "Invalid IPv6 URL"),
        ("http://]/", "Invalid IPv6 URL"),
        ("http://a..b/", "empty label"),
        ("http://.example/", "empty label"),
        ("http://example../", "empty label"),
        ("https://" + "a" * 64 + ".example/", "longer than 63"),
        ("http://" + "a." * 127 + "com/", "longer than 253"),
        ("http://a!b.example/", "letters, digits"),
        ("http://exa\u00admple.com/", "invalid URL"),
    ],
)
def test_unreadable_urls_are_refused_as_malformed(url: str, reason: str) -> None:
    """A URL that cannot be parsed, or whose host no resolver can look up, is MalformedUrlError, never a crash."""
    with pytest.raises(MalformedUrlError, match=reason) as caught:
        check_url(url, LOOPBACK)
    assert str(caught.value).startswith("invalid URL: ")


def test_unsafe_target_error_is_a_delivery_error() -> None:
    """Callers can catch the whole delivery tree at once."""
    assert issubclass(UnsafeTargetError, DeliveryError)


def test_parse_networks_reads_comma_separated_cidrs() -> None:
    """Blanks are ignored, host bits are tolerated, lists work too."""
    assert [str(n) for n in parse_networks(" 127.0.0.0/8, ::1/128 ,")] == ["127.0.0.0/8", "::1/128"]
    assert [str(n) for n in parse_networks(["10.1.2.3/8"])] == ["10.0.0.0/8"]
    assert parse_networks("") == ()


def test_parse_networks_names_the_bad_entry() -> None:
    """A typo in the allow-list fails loudly, naming the entry."""
    with pytest.raises(ValueError, match=r"'127\.0\.0\.0/33'"):
        parse_networks("::1/128,127.0.0.0/33")


def test_unsafe_reason_is_none_for_public_addresses() -> None:
    """Public IPv4 and IPv6 are fine; metadata is not."""
    assert unsafe_reason(ip_address("93.184.215.14")) is None
    assert unsafe_reason(ip_address("2a00:1450:4001:80b::200e")) is None
    assert "link-local" in (unsafe_reason(ip_address("169.254.169.254")) or "")


async def test_resolve_and_check_refuses_a_name_that_resolves_to_loopback() -> None:
    """'localhost' resolved by the system resolver (/etc/hosts) is refused at connect time."""
    with pytest.raises(UnsafeTargetError, match="resolves to"):
        await resolve_and_check("localhost", 80, ())


async def test_resolve_and_check_returns_allowed_addresses() -> None:
    """With loopback allowed, the system's answer for 'localhost' comes back."""
    addresses = await resolve_and_check("localhost", 80, LOOPBACK)
    assert "127.0.0.1" in addresses or "::1" in addresses


@pytest.mark.parametrize("host", ["a..b", "a" * 64 + ".example", ".example"])
async def test_resolve_and_check_refuses_a_name_the_system_resolver_cannot_encode(host: str) -> None:
    """getaddrinfo's UnicodeError (empty or over-long label) becomes a permanent MalformedUrlError."""
    with pytest.raises(MalformedUrlError, match="not a valid DNS name"):
        await resolve_and_check(host, 443, LOOPBACK)


async def test_resolve_and_check_refuses_if_any_address_is_unsafe() -> None:
    """One private address among public ones is enough to refuse the name."""
    resolver = static_resolver({"mixed.example": ["93.184.215.14", "10.0.0.5"]})
    with pytest.raises(UnsafeTargetError, match=r"10\.0\.0\.5"):
        await resolve_and_check("mixed.example", 443, (), resolver=resolver)


async def test_resolve_and_check_passes_public_answers_through() -> None:
    """Public answers are returned in order, without duplicates."""
    resolver = static_resolver({"ok.example": ["93.184.215.14", "2606:2800:21f::1", "93.184.215.14"]})
    assert await resolve_and_check("ok.example", 443, (), resolver=resolver) == [
        "93.184.215.14",
        "2606:2800:21f::1",
    ]


async def test_dns_rebinding_to_loopback_is_refused_at_connect_time(receiver: Receiver) -> None:
    """A name that passed the text check but now resolves to 127.0.0.1 never gets a connection."""
    url = receiver.url("/hook", host="hooks.example.com")
    check_url(url)
    transport = guarded_transport((), resolver=static_resolver({"hooks.example.com": ["127.0.0.1"]}))
    async with httpx.AsyncClient(transport=transport) as client:
        with pytest.raises(UnsafeTargetError, match=r"127\.0\.0\.1"):
            await client.post(url, content=b"{}")
    assert receiver.requests == []


async def test_guarded_transport_connects_to_the_checked_address_keeping_the_host_header(
    receiver: Receiver,
) -> None:
    """When allowed, the connection goes to the resolved IP while Host still names the site."""
    url = receiver.url("/nowhere", host="hooks.example.com")
    transport = guarded_transport(LOOPBACK, resolver=static_resolver({"hooks.example.com": ["127.0.0.1"]}))
    async with httpx.AsyncClient(transport=transport) as client:
        response = await client.get(url)
    assert response.status_code == 404
    assert [r.headers["host"] for r in receiver.requests] == [f"hooks.example.com:{receiver.port}"]


async def test_guarded_transport_refuses_numeric_spellings_resolved_by_the_system(
    receiver: Receiver,
) -> None:
    """'2130706433' goes through getaddrinfo to 127.0.0.1 and is refused there too."""
    async with httpx.AsyncClient(transport=guarded_transport(())) as client:
        with pytest.raises(UnsafeTargetError, match="loopback"):
            await client.get(receiver.url("/hook", host="2130706433"))
    assert receiver.requests == []


async def test_guarded_transport_refuses_an_unreadable_host_at_connect_time() -> None:
    """A host the system resolver cannot encode is refused permanently at connect time, not raised as a crash."""
    async with httpx.AsyncClient(transport=guarded_transport(LOOPBACK)) as client:
        for url in ("http://a..b/", f"https://{'a' * 64}.example/"):
            with pytest.raises(MalformedUrlError, match="not a valid DNS name"):
                await client.get(url)


async def test_localhost_is_judged_at_connect_time_by_what_it_resolves_to(receiver: Receiver) -> None:
    """Allowing only ::1 lets 'localhost' pass the text check, but its 127.0.0.1 answer is refused."""
    url = receiver.url("/hook", host="localhost")
    only_v6 = parse_networks("::1/128")
    check_url(url, only_v6)
    transport = guarded_transport(only_v6, resolver=static_resolver({"localhost": ["127.0.0.1"]}))
    async with httpx.AsyncClient(transport=transport) as client:
        with pytest.raises(UnsafeTargetError, match=r"127\.0\.0\.1"):
            await client.post(url, content=b"{}")
    assert receiver.requests == []


async def test_localhost_reaches_a_receiver_when_loopback_is_allowed(receiver: Receiver) -> None:
    """With loopback allowed, 'localhost' resolved by the system resolver reaches the local receiver."""
    async with httpx.AsyncClient(transport=guarded_transport(LOOPBACK)) as client:
        response = await client.get(receiver.url("/nowhere", host="localhost"))
    assert response.status_code == 404
    assert [r.headers["host"] for r in receiver.requests] == [f"localhost:{receiver.port}"]


async def test_guarded_transport_reports_resolution_failure_as_connect_error() -> None:
    """An unknown name is a transient connection error (worth retrying), not an SSRF refusal."""
    transport = guarded_transport((), resolver=static_resolver({}))
    async with httpx.AsyncClient(transport=transport) as client:
        with pytest.raises(httpx.ConnectError, match="cannot resolve"):
            await client.get("http://unknown.example/")


async def test_refused_connection_leaves_the_client_usable(receiver: Receiver) -> None:
    """After a connect-time refusal the same pooled client still reaches an allowed name."""
    resolver = static_resolver({"evil.example": ["10.0.0.7"], "good.example": ["127.0.0.1"]})
    async with httpx.AsyncClient(transport=guarded_transport(LOOPBACK, resolver=resolver)) as client:
        with pytest.raises(UnsafeTargetError, match="private"):
            await client.get(receiver.url("/x", host="evil.example"))
        response = await client.get(receiver.url("/x", host="good.example"))
    assert response.status_code == 404


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for hooks.example.com, made with the openssl command."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=hooks.example.com",
         "-addext", "subjectAltName=DNS:hooks.example.com"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


async def test_tls_is_verified_against_the_name_while_dialling_the_checked_ip(
    tls_files: tuple[Path, Path],
) -> None:
    """Pinning the checked IP keeps SNI and certificate checks on the host name, as without the guard."""
    cert, key = tls_files
    server_names: list[str | None] = []
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)

    def remember_server_name(_sock: ssl.SSLObject, name: str, _ctx: ssl.SSLContext) -> None:
        server_names.append(name)

    server_tls.sni_callback = remember_server_name
    client_tls = ssl.create_default_context(cafile=str(cert))
    resolver = static_resolver({"hooks.example.com": ["127.0.0.1"], "other.example": ["127.0.0.1"]})
    transport = guarded_transport(LOOPBACK, resolver=resolver, ssl_context=client_tls)
    with running_receiver(tls=server_tls) as receiver:
        async with httpx.AsyncClient(transport=transport) as client:
            response = await client.get(f"https://hooks.example.com:{receiver.port}/x")
            with pytest.raises(httpx.ConnectError, match="certificate"):
                await client.get(f"https://other.example:{receiver.port}/x")
    assert response.status_code == 404
    assert server_names[0] == "hooks.example.com"
    assert receiver.requests[0].headers["host"] == f"hooks.example.com:{receiver.port}"
