"""Bytes of either source format to a Snapshot: sniff XML (MTDSG) or HTML (status page), then parse."""

import re

from tocsin_watcher.treaty.html_page import parse_html
from tocsin_watcher.treaty.model import Snapshot
from tocsin_watcher.treaty.mtdsg import parse_xml

_MTDSG_ROOT = re.compile(rb"<Treaty[\s>/]")


def parse_snapshot(content: bytes) -> Snapshot:
    """Parse a UNTC status page or MTDSG document; raise a SnapshotError subclass if it is unusable."""
    head = content[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if _MTDSG_ROOT.search(head) and not head[:200].lower().startswith((b"<!doctype html", b"<html")):
        return parse_xml(content)
    return parse_html(content)
