"""The unsubscribe mailbox, pure: the mailto URI it advertises, the recipients it accepts, the token a mail carries."""

import pytest
from pydantic import ValidationError

from tocsin_notifier.settings import NotifierSettings
from tocsin_notifier.tokens import unsubscribe_token
from tocsin_notifier.unsubscribe_mail import FoundToken, UnsubscribeMailbox, check_mailbox, mailbox_for_sender

MAILBOX = UnsubscribeMailbox("unsubscribe@tocsin.example")
TOKEN = unsubscribe_token("instance-key", "sub-1")


def mail(subject: bytes | None, body: bytes = b"hello\r\n") -> bytes:
    """A raw message with the given Subject header (None: no Subject at all)."""
    head = b"From: ada@example.org\r\nTo: unsubscribe@tocsin.example\r\n"
    if subject is not None:
        head += b"Subject: " + subject + b"\r\n"
    return head + b"\r\n" + body


def test_mailto_names_the_mailbox_and_the_token_in_the_subject() -> None:
    """The URI a client follows: the mailbox, with `unsubscribe TOKEN` as subject (RFC 6068 escaping)."""
    assert MAILBOX.mailto(TOKEN) == f"mailto:unsubscribe@tocsin.example?subject=unsubscribe%20{TOKEN}"


@pytest.mark.parametrize(
    ("recipient", "accepted"),
    [
        ("unsubscribe@tocsin.example", True),
        ("Unsubscribe@TOCSIN.example", True),
        (f"unsubscribe+{TOKEN}@tocsin.example", True),
        ("alerts@tocsin.example", False),
        ("unsubscribe@other.example", False),
        ("unsubscribe@tocsin.example.evil", False),
        ("xunsubscribe@tocsin.example", False),
        ("unsubscribe", False),
        ("", False),
    ],
)
def test_only_the_mailbox_and_its_subaddresses_are_accepted(recipient: str, accepted: bool) -> None:
    """Recipients are compared case-insensitively on the mailbox, ignoring a `+token` subaddress."""
    assert MAILBOX.accepts(recipient) is accepted


@pytest.mark.parametrize(
    "subject",
    [
        f"unsubscribe {TOKEN}".encode(),
        f"UNSUBSCRIBE   {TOKEN}  ".encode(),
        f"unsubscribe%20{TOKEN}".encode(),  # a client that did not decode the mailto's query
        f"=?UTF-8?Q?unsubscribe_{TOKEN}?=".encode(),  # a client that encoded the subject
        f"Fwd: unsubscribe {TOKEN}".encode(),
    ],
)
def test_token_is_read_from_the_subject_as_clients_send_it(subject: bytes) -> None:
    """The subject set by the mailto link yields the token, however the client spelled it."""
    assert MAILBOX.token_from("unsubscribe@tocsin.example", mail(subject)) == FoundToken(TOKEN, "subject")


def test_token_is_read_from_a_subaddress_when_the_subject_has_none() -> None:
    """`unsubscribe+TOKEN@domain` works with any subject; the subject wins when both name one."""
    recipient = f"unsubscribe+{TOKEN}@tocsin.example"
    assert MAILBOX.token_from(recipient, mail(b"please stop")) == FoundToken(TOKEN, "subaddress")
    other = unsubscribe_token("instance-key", "sub-2")
    assert MAILBOX.token_from(recipient, mail(f"unsubscribe {other}".encode())) == FoundToken(other, "subject")


@pytest.mark.parametrize(
    "message",
    [
        mail(None),
        mail(b""),
        mail(b"unsubscribe"),
        mail(b"unsubscribe short"),
        mail(b"unsubscribe " + b"a" * 200),
        mail(f"unsubscribe {TOKEN}!".encode()),
        mail(f"subscribe{TOKEN}".encode()),
        mail(b"\xff\xfe unsubscribe \x80\x81 \xc3("),
        mail(b"=?utf-8?b?!!!not-base64?= =?x-unknown?q?=FF?="),
        mail(b"=?utf-8?q?unsubscribe_" + b"\xff" * 30 + b"?="),
        b"",
        b"\x00\x01\x02 no headers at all",
        b"Subject: unsubscribe\r\n continued\r\n\tfolded\r\n\r\n",
        mail(b"ok", body=f"unsubscribe {TOKEN}".encode()),  # bodies are never read
    ],
)
def test_malformed_or_tokenless_mail_yields_no_token(message: bytes) -> None:
    """Garbage, non-UTF-8 bytes, broken encoded words, bad tokens or a token in the body: no token, no error."""
    assert MAILBOX.token_from("unsubscribe@tocsin.example", message) is None


@pytest.mark.parametrize(
    "address",
    ["unsubscribe", "@tocsin.example", "a+b@tocsin.example", "a b@x.org", "a@x.org>", "a@x..org", "<a@x.org>", "a@"],
)
def test_mailbox_must_be_a_plain_address(address: str) -> None:
    """Anything that could break out of the mailto URI or the header is refused."""
    with pytest.raises(ValueError, match="plain local@domain"):
        check_mailbox(address)


def test_default_mailbox_is_unsubscribe_at_the_senders_domain() -> None:
    """unsubscribe@ the sender's domain; none when that domain receives no outside mail (localhost) or is unusable."""
    assert mailbox_for_sender("Tocsin <alerts@tocsin.example.org>") == "unsubscribe@tocsin.example.org"
    assert mailbox_for_sender("Tocsin <alerts@localhost>") is None
    assert mailbox_for_sender("not an address") is None


def test_settings_advertise_a_mailbox_only_when_the_inbound_endpoint_runs() -> None:
    """Port 0 disables the endpoint and the mailto; otherwise the configured or derived mailbox."""
    assert NotifierSettings(_env_file=None).unsubscribe_address is None  # alerts@localhost: no reachable mailbox
    assert NotifierSettings(_env_file=None).inbound_smtp_host == "127.0.0.1"
    sender = NotifierSettings(_env_file=None, smtp_sender="Tocsin <alerts@tocsin.example.org>")
    assert sender.unsubscribe_address == "unsubscribe@tocsin.example.org"
    chosen = NotifierSettings(_env_file=None, unsubscribe_mailbox="stop@tocsin.example.org")
    assert chosen.unsubscribe_address == "stop@tocsin.example.org"
    assert (
        NotifierSettings(_env_file=None, inbound_smtp_port=0, unsubscribe_mailbox="stop@x.org").unsubscribe_address
        is None
    )


def test_settings_refuse_an_unsafe_mailbox() -> None:
    """A mailbox that is not a plain address fails at start, not in every email."""
    with pytest.raises(ValidationError, match="unsubscribe_mailbox"):
        NotifierSettings(_env_file=None, unsubscribe_mailbox="stop@x.org?subject=hi")
