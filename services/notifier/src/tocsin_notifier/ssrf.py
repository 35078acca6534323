"""SSRF guard for webhook targets: never let a subscriber point us at our own network.

`check_url` judges the URL text when a subscription is made (scheme, credentials, host name syntax and
IDNA, localhost and cloud-metadata names, IP literals in every spelling); `resolve_and_check` judges every address a
name resolves to, and `ssrf_transport.guarded_transport` applies it again at connect time (DNS rebinding).
Networks in `allow` (NOTIFIER_WEBHOOK_ALLOW_NETWORKS) are the only way through; tests allow 127.0.0.0/8.
Allowing loopback lets localhost names through too, judged by what they resolve to like any other name.
A URL that cannot be read at all raises MalformedUrlError.
"""

import asyncio
import re
import socket
from collections.abc import Awaitable, Callable, Sequence
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address, ip_network
from urllib.parse import urlsplit

import httpx

from tocsin_notifier.errors import MalformedUrlError, UnsafeTargetError

Network = IPv4Network | IPv6Network
Address = IPv4Address | IPv6Address
Resolver = Callable[[str, int], Awaitable[Sequence[str]]]
"""Maps (host, port) to address strings; the default asks the system resolver (getaddrinfo)."""

__all__ = [
    "MalformedUrlError",
    "Network",
    "Resolver",
    "UnsafeTargetError",
    "check_url",
    "dialled_host",
    "parse_networks",
    "resolve_and_check",
    "unsafe_reason",
]

_BLOCKED: tuple[tuple[Network, str], ...] = tuple(
    (ip_network(net), label)
    for net, label in (
        ("0.0.0.0/8", "unspecified ('this network')"),
        ("10.0.0.0/8", "private"),
        ("100.64.0.0/10", "shared address space (CGNAT)"),
        ("127.0.0.0/8", "loopback"),
        ("169.254.0.0/16", "link-local (cloud metadata lives here)"),
        ("172.16.0.0/12", "private"),
        ("192.0.0.0/24", "reserved for IETF protocol assignments"),
        ("192.0.2.0/24", "reserved for documentation"),
        ("192.88.99.0/24", "6to4 relay anycast"),
        ("192.168.0.0/16", "private"),
        ("198.18.0.0/15", "reserved for benchmarking"),
        ("198.51.100.0/24", "reserved for documentation"),
        ("203.0.113.0/24", "reserved for documentation"),
        ("224.0.0.0/4", "multicast"),
        ("240.0.0.0/4", "reserved (broadcast included)"),
        ("::/128", "unspecified"),
        ("::1/128", "loopback"),
        ("::/96", "IPv4-compatible (deprecated)"),
        ("64:ff9b:1::/48", "local-use NAT64"),
        ("100::/64", "discard-only"),
        ("2001::/23", "reserved for IETF protocol assignments (Teredo, benchmarking)"),
        ("2001:db8::/32", "reserved for documentation"),
        ("3fff::/20", "reserved for documentation"),
        ("fc00::/7", "unique local (private)"),
        ("fe80::/10", "link-local"),
        ("fec0::/10", "site-local (deprecated)"),
        ("ff00::/8", "multicast"),
    )
)
_GLOBAL_UNICAST_V6 = ip_network("2000::/3")
_NAT64 = ip_network("64:ff9b::/96")
_LOCALHOST_NAMES = frozenset({
    "localhost", "localhost.localdomain", "localhost4", "localhost4.localdomain4", "localhost6",
    "localhost6.localdomain6", "ip6-localhost", "ip6-loopback",
})  # fmt: skip
# Cloud metadata services by name (GCP, AWS), with the short names their resolvers complete; the names under
# the long ones are refused too. Their addresses (169.254.169.254, fd00:ec2::254, Alibaba's 100.100.100.200,
# Oracle's 192.0.0.192) are in blocked networks, whatever name leads there.
_METADATA_NAMES = frozenset({"metadata", "instance-data"})
_METADATA_DOMAINS = ("metadata.google.internal", "instance-data.ec2.internal")
_LOOPBACK = (IPv4Address("127.0.0.1"), IPv6Address("::1"))
# WHATWG URL rule: a host whose last label is numeric is an IPv4 address (or invalid), never a name.
_NUMERIC_LABEL = re.compile(r"0[xX][0-9a-fA-F]*|[0-9]+")
_FORBIDDEN_URL_CHARS = re.compile(r"[\x00-\x20\x7f\\]")
# A DNS label as the client dials it (IDNA already applied): letters, digits, hyphens, underscores.
_DNS_LABEL = re.compile(r"[a-z0-9_-]+")
_MAX_DNS_NAME = 253


def parse_networks(spec: str | Sequence[str]) -> tuple[Network, ...]:
    """Parse an allow-list such as "127.0.0.0/8,::1/128" (or a list of such strings); blanks are ignored.

    Raises ValueError naming the entry that is not a network.
    """
    items = spec.split(",") if isinstance(spec, str) else spec
    networks: list[Network] = []
    for item in items:
        text = item.strip()
        if not text:
            continue
        try:
            networks.append(ip_network(text, strict=False))
        except ValueError as exc:
            raise ValueError(f"invalid network {text!r} in allow-list: {exc}") from None
    return tuple(networks)


def unsafe_reason(address: Address, allow: Sequence[Network] = ()) -> str | None:
    """Why `address` must not be contacted, or None when it is public or inside `allow`.

    IPv6 forms that embed an IPv4 address (mapped, NAT64, 6to4) are judged by the embedded address.
    """
    if any(address.version == net.version and address in net for net in allow):
        return None
    if isinstance(address, IPv6Address):
        embedded = _embedded_ipv4(address)
        if embedded is not None:
            form, inner = embedded
            reason = unsafe_reason(inner, allow)
            return f"{form} form of {inner}, {reason}" if reason else None
    for network, label in _BLOCKED:
        if address.version == network.version and address in network:
            return f"{label} address ({network})"
    if isinstance(address, IPv6Address) and address not in _GLOBAL_UNICAST_V6:
        return "reserved IPv6 address (outside global unicast 2000::/3)"
    return None


def check_url(url: str, allow: Sequence[Network] = ()) -> None:
    """Refuse a webhook URL whose text already points inside our network; raise UnsafeTargetError why.

    Only http(s) without credentials; host names that DNS can carry ("xn--" labels valid IDNA); no cloud-metadata
    names; no localhost names unless `allow` holds loopback; IP literals in any spelling must be public (or inside
    `allow`). Names are judged again, after resolution, by `ssrf_transport.guarded_transport`. A URL that cannot
    be read raises MalformedUrlError.
    """
    if _FORBIDDEN_URL_CHARS.search(url):
        raise UnsafeTargetError("URL contains whitespace, control characters or backslashes")
    try:
        parts = urlsplit(url)  # ValueError for an unbalanced "[" or "]"
        scheme, port = parts.scheme.lower(), parts.port  # ValueError for a port that is no number in range
    except ValueError as exc:
        raise MalformedUrlError(f"invalid URL: {exc}") from None
    if scheme not in ("http", "https"):
        raise UnsafeTargetError(f"scheme {parts.scheme!r} is not allowed; use http or https")
    if "@" in parts.netloc:
        raise UnsafeTargetError("credentials (user info) in webhook URLs are not allowed")
    if port == 0:
        raise UnsafeTargetError("port 0 is not a valid port")
    host = (parts.hostname or "").lower()
    _check_host(host, allow)
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise MalformedUrlError(f"invalid URL: {exc}") from None
    # httpx is what connects: judge its reading of the host too, should the two parsers ever differ.
    if (client_host := parsed.raw_host.decode("ascii").lower()) != host:
        _check_host(client_host, allow)
    _check_dns_name(client_host)
    try:
        # httpx decodes a host starting "xn--" (IDNA 2008) whenever it builds a request: it must decode.
        _ = parsed.host
    except ValueError as exc:  # idna.IDNAError, a UnicodeError
        raise MalformedUrlError(
            f"invalid URL: host {client_host!r} is no valid internationalised name ({exc})"
        ) from None


def dialled_host(url: str) -> tuple[str, int]:
    """The host (IDNA-encoded, as the client dials it) and port of a URL that passed `check_url`."""
    parsed = httpx.URL(url)
    return parsed.raw_host.decode("ascii"), parsed.port or (443 if parsed.scheme == "https" else 80)


def _check_host(host: str, allow: Sequence[Network]) -> None:
    if not host:
        raise UnsafeTargetError("URL has no host")
    if "%" in host:
        raise UnsafeTargetError(f"host {host!r}: percent-encoding and zone identifiers are not allowed")
    if ":" in host:
        try:
            literal: Address | None = ip_address(host)
        except ValueError:
            raise UnsafeTargetError(f"host {host!r} is not a valid IPv6 address") from None
    else:
        name = host.removesuffix(".")
        if name in _METADATA_NAMES or any(name == d or name.endswith("." + d) for d in _METADATA_DOMAINS):
            raise UnsafeTargetError(f"host {host!r} is a cloud metadata name")
        if (name in _LOCALHOST_NAMES or name.endswith(".localhost")) and not _allows_loopback(allow):
            raise UnsafeTargetError(f"host {host!r} is a localhost name")
        literal = _loose_ipv4(name)
    if literal is not None and (reason := unsafe_reason(literal, allow)):
        raise UnsafeTargetError(f"host {host!r} is {literal}: {reason}")


def _allows_loopback(allow: Sequence[Network]) -> bool:
    return any(address.version == net.version and address in net for net in allow for address in _LOOPBACK)


def _check_dns_name(host: str) -> None:
    """Refuse a host name no resolver can look up (getaddrinfo would raise UnicodeError, not a DNS error)."""
    if ":" in host or _loose_ipv4(host.removesuffix(".")) is not None:
        return  # an IP literal, judged by _check_host
    name = host.removesuffix(".")
    if len(name) > _MAX_DNS_NAME:
        raise MalformedUrlError(f"invalid URL: host name is longer than {_MAX_DNS_NAME} characters")
    for label in name.split("."):
        if not label:
            raise MalformedUrlError(f"invalid URL: host {host!r} has an empty label")
        if len(label) > 63:
            raise MalformedUrlError(f"invalid URL: host {host!r} has a label longer than 63 characters")
        if not _DNS_LABEL.fullmatch(label):
            raise MalformedUrlError(
                f"invalid URL: host {host!r} has a label with characters other than letters, digits, '-' and '_'"
            )
        if label.startswith("xn--"):
            _check_a_label(host, label)


def _check_a_label(host: str, label: str) -> None:
    """Refuse an "xn--" label that is no A-label: Punycode that does not decode, or does not encode back."""
    try:
        label.encode("ascii").decode("idna")  # ToUnicode (RFC 3490): decodes the Punycode and checks the round trip
    except UnicodeError:
        raise MalformedUrlError(f"invalid URL: host {host!r} has a malformed IDNA label {label!r}") from None


def _loose_ipv4(name: str) -> IPv4Address | None:
    """The IPv4 address a host spells the way inet_aton reads it (2130706433, 0x7f.1, 0177.0.0.1, 127.1).

    None for ordinary names; UnsafeTargetError for a numeric-looking host that is no valid address.
    """
    labels = name.split(".")
    if not _NUMERIC_LABEL.fullmatch(labels[-1]):
        return None
    invalid = UnsafeTargetError(f"host {name!r} looks numeric but is not a valid IPv4 address")
    if len(labels) > 4 or not all(_NUMERIC_LABEL.fullmatch(label) for label in labels):
        raise invalid
    try:
        numbers = [_parse_ipv4_number(label) for label in labels]
    except ValueError:  # an octal label with 8 or 9 in it
        raise invalid from None
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        raise invalid
    value = last
    for index, number in enumerate(head):
        value += number << (8 * (3 - index))
    return IPv4Address(value)


def _parse_ipv4_number(label: str) -> int:
    if label[:2] in ("0x", "0X"):
        return int(label[2:] or "0", 16)
    if len(label) > 1 and label.startswith("0"):
        return int(label, 8)
    return int(label, 10)


def _embedded_ipv4(address: IPv6Address) -> tuple[str, IPv4Address] | None:
    if address.ipv4_mapped is not None:
        return "IPv4-mapped", address.ipv4_mapped
    if address in _NAT64:
        return "NAT64", IPv4Address(int(address) & 0xFFFFFFFF)
    if address.sixtofour is not None:
        return "6to4", address.sixtofour
    return None


async def resolve_and_check(
    host: str, port: int, allow: Sequence[Network] = (), *, resolver: Resolver | None = None
) -> list[str]:
    """Resolve `host` and return its addresses, refusing (UnsafeTargetError) if ANY of them is unsafe.

    Resolution failures propagate as OSError (socket.gaierror): transient, worth retrying. A name no
    resolver can read (an empty or over-long label) raises MalformedUrlError: permanent.
    """
    try:
        answers = await (resolver or _system_resolver)(host.strip("[]"), port)
    except ValueError as exc:  # UnicodeError from the IDNA codec getaddrinfo encodes names with
        raise MalformedUrlError(f"invalid URL: host {host!r} is not a valid DNS name ({exc})") from None
    addresses = list(dict.fromkeys(answers))
    if not addresses:
        raise OSError(f"{host} resolved to no address")
    for text in addresses:
        try:
            address = ip_address(text.split("%", 1)[0])
        except ValueError:
            raise UnsafeTargetError(f"{host} resolved to {text!r}, which is not an IP address") from None
        if reason := unsafe_reason(address, allow):
            raise UnsafeTargetError(f"{host} resolves to {address}: {reason}")
    return addresses


async def _system_resolver(host: str, port: int) -> list[str]:
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return [str(info[4][0]) for info in infos]
