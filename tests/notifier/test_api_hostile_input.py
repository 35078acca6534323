"""Hostile input to the API: JSON no encoder can answer back, bodies that are no JSON, IDNA and metadata names."""

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.exceptions import RequestValidationError
from pydantic import SecretStr

from tests.notifier.fakes import NOW, FakeEmail, free_port
from tocsin_notifier.api_models import MAX_JSON_DEPTH, JsonBodyError, strict_json
from tocsin_notifier.app import Notifier
from tocsin_notifier.routing import Filters
from tocsin_notifier.settings import NotifierSettings
from tocsin_notifier.ssrf import MalformedUrlError, UnsafeTargetError, check_url
from tocsin_notifier.store import NewSubscription

ADMIN = {"Authorization": "Bearer admin-secret-0123456789"}
EMAIL = '{"channel":"email","target":"a@example.org"'
JSON = {"content-type": "application/json"}


class Api:
    def __init__(self, notifier: Notifier, client: httpx.AsyncClient) -> None:
        self.notifier, self.client = notifier, client

    async def create(self, body: dict[str, Any]) -> dict[str, Any]:
        response = await self.client.post("/v1/subscriptions", json=body)
        assert response.status_code == 201, response.text
        return dict(response.json())


@pytest.fixture
async def api(tmp_path: Path) -> AsyncIterator[Api]:
    """The whole app over SQLite with the real webhook sender; app exceptions become answers, as in production."""
    settings = NotifierSettings(
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'api.db'}",
        admin_token=SecretStr("admin-secret-0123456789"),
        public_url="https://tocsin.example",
        create_rate_limit=1000,
        max_body_bytes=65536,  # room for 10,000 levels of nesting
        worker_poll_interval=3600,
        inbound_smtp_port=free_port(),
        unsubscribe_mailbox="unsubscribe@tocsin.example",
    )
    notifier = Notifier(settings, None, email=FakeEmail())
    await notifier.start()
    transport = httpx.ASGITransport(app=notifier.api, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="https://tocsin.example") as client:
        yield Api(notifier, client)
    await notifier.stop()


HOSTILE_JSON = [
    pytest.param(EMAIL + ',"filters":{"min_severity":NaN}}', "NaN", id="nan"),
    pytest.param(EMAIL + ',"filters":{"min_severity":Infinity}}', "Infinity", id="infinity"),
    pytest.param(EMAIL + ',"filters":{"min_severity":-Infinity}}', "-Infinity", id="minus-infinity"),
    pytest.param(EMAIL + ',"filters":{"min_severity":1e999}}', "out of range", id="overflowing-float"),
    pytest.param(EMAIL + ',"filters":{"min_severity":' + "9" * 5000 + "}}", "digits", id="huge-integer"),
    pytest.param('{"channel":"email","target":"a\\ud800@example.org"}', "lone UTF-16 surrogate", id="surrogate"),
    pytest.param(EMAIL + ',"filters":{"\\udfff":1}}', "lone UTF-16 surrogate", id="surrogate-key"),
    pytest.param(EMAIL + ',"channel":"webhook"}', "duplicate key 'channel'", id="duplicate-key"),
    pytest.param("[" * 10_000 + "]" * 10_000, "nested deeper", id="10000-levels"),
    pytest.param("[" * 40 + "]" * 40, "nested deeper", id="40-levels"),
    pytest.param(b"\xc3\x28", "not valid UTF-8", id="invalid-utf-8"),
    pytest.param(EMAIL + "} trailing", "invalid JSON", id="trailing-data"),
]


@pytest.mark.parametrize(("body", "problem"), HOSTILE_JSON)
async def test_hostile_json_is_422_saying_why_on_create_and_change(api: Api, body: str | bytes, problem: str) -> None:
    """NaN, Infinity, 1e999, lone surrogates, duplicate keys, deep nesting, bad UTF-8: a 422 naming it, never 500."""
    created = await api.create({"channel": "webhook", "target": "https://example.org/hook"})
    content = body.encode() if isinstance(body, str) else body
    for response in (
        await api.client.post("/v1/subscriptions", content=content, headers=JSON),
        await api.client.patch(f"/v1/subscriptions/{created['id']}", content=content, headers={**JSON, **ADMIN}),
    ):
        assert response.status_code == 422, response.text
        (error,) = response.json()["detail"]
        assert (error["type"], error["loc"]) == ("json_invalid", ["body"])
        assert problem in error["msg"]
    assert (await api.client.get("/v1/subscriptions", headers=ADMIN)).json()["total"] == 1


async def test_nan_in_the_rotation_body_is_422(api: Api) -> None:
    """Every route that reads a JSON body is covered, not only the subscription ones."""
    created = await api.create({"channel": "webhook", "target": "https://example.org/hook"})
    response = await api.client.post(
        f"/v1/subscriptions/{created['id']}/rotate-secret", content=b'{"revoke_previous":NaN}', headers=ADMIN | JSON
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["msg"] == "NaN is not a JSON number"


@pytest.mark.parametrize("body", [b'"email"', b"42", b"null", b"[]", b"true"])
async def test_json_that_is_no_object_is_422(api: Api, body: bytes) -> None:
    """A bare string, number, null, array or boolean is refused as the body, with the value echoed."""
    response = await api.client.post("/v1/subscriptions", content=body, headers=JSON)
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert error["loc"] == ["body"]


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", None]
)
@pytest.mark.parametrize("body", [b"\xc3\x28", EMAIL.encode() + b"}", b'{"a":NaN}'])
async def test_body_sent_as_something_else_than_json_is_422_asking_for_json(
    api: Api, content_type: str | None, body: bytes
) -> None:
    """Another Content-Type (or none) is a 422 asking for application/json; the body is not echoed back."""
    headers = {"content-type": content_type} if content_type else {}
    response = await api.client.post("/v1/subscriptions", content=body, headers=headers)
    assert response.status_code == 422, response.text
    assert response.json()["detail"] == [
        {
            "type": "json_required",
            "loc": ["body"],
            "msg": "the body must be a JSON object sent with Content-Type: application/json",
        }
    ]


async def test_ordinary_validation_errors_still_echo_their_input(api: Api) -> None:
    """A value that can be written back (a wrong digest) is still named with its input, as FastAPI does."""
    body = {"channel": "email", "target": "a@example.org", "digest": "weekly"}
    response = await api.client.post("/v1/subscriptions", json=body)
    assert response.status_code == 422
    (error,) = response.json()["detail"]
    assert (error["loc"], error["input"]) == (["body", "digest"], "weekly")


async def test_validation_error_with_unencodable_input_is_answered_without_it(api: Api) -> None:
    """The 422 handler itself drops input it cannot encode (NaN, lone surrogates) and escapes such names."""

    async def probe() -> None:
        raise RequestValidationError(
            [
                {"type": "float_type", "loc": ("body", "x"), "msg": "bad", "input": float("nan")},
                {"type": "string_type", "loc": ("body", "\ud800"), "msg": "bad \udfff", "input": "\ud800"},
            ]
        )

    api.notifier.api.add_api_route("/probe", probe, methods=["POST"])
    response = await api.client.post("/probe")
    assert response.status_code == 422
    assert response.json()["detail"] == [
        {"type": "float_type", "loc": ["body", "x"], "msg": "bad"},
        {"type": "string_type", "loc": ["body", "\\ud800"], "msg": "bad \\udfff"},
    ]


def test_strict_json_accepts_what_is_valid() -> None:
    """Escaped surrogate pairs, a UTF-8 BOM, floats and nesting up to the limit are all read."""
    assert strict_json(b'{"s":"\\ud83d\\ude00","f":1.5e3,"i":-12}') == {"s": "\U0001f600", "f": 1500.0, "i": -12}
    assert strict_json(b'\xef\xbb\xbf{"a":[]}') == {"a": []}
    deepest = b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH
    assert strict_json(deepest) is not None
    with pytest.raises(JsonBodyError, match="nested deeper"):
        strict_json(b"[" + deepest + b"]")


@pytest.mark.parametrize(
    "target",
    [
        "http://xn--/h",
        "http://xn--zz/h",
        "http://xn--a.example/",
        "http://hooks.xn--zz.example/",
        "http://xn--i-7iq.ws/",  # IDNA 2003 (an emoji) but not IDNA 2008, which httpx decodes it with
        "http://xn--bcher-kva.a_b.example/",  # httpx cannot decode the whole name: "_" is no IDNA 2008 code point
        "http://" + "a" * 64 + ".example/",
        "http://" + ".".join(["a" * 63] * 4) + "/",
    ],
)
async def test_malformed_idna_host_is_422_naming_the_target(api: Api, target: str) -> None:
    """Malformed A-labels and names too long for DNS are refused at creation, naming `target`."""
    response = await api.client.post("/v1/subscriptions", json={"channel": "webhook", "target": target})
    assert response.status_code == 422, response.text
    (error,) = response.json()["detail"]
    assert error["loc"] == ["body", "target"]
    assert error["msg"].startswith("invalid URL: ")


def test_valid_internationalised_hosts_pass() -> None:
    """Valid A-labels, Unicode names and an IDNA 2003 label that is not the first one are accepted."""
    for target in ("http://xn--bcher-kva.example/", "http://bücher.example/", "https://hooks.xn--i-7iq.ws/h"):
        check_url(target)


async def test_test_event_to_a_stored_malformed_idna_target_is_a_refusal_not_500(api: Api) -> None:
    """A target stored before the check existed is reported as an invalid URL by the test route."""
    new = NewSubscription("webhook", "http://xn--/h", Filters())
    created = await api.notifier.subscriptions.create(new, secret="whsec_" + "A" * 44, now=NOW)
    response = await api.client.post(f"/v1/subscriptions/{created.subscription.id}/test", headers=ADMIN)
    assert response.status_code == 200, response.text
    answer = response.json()
    assert answer["ok"] is False
    assert answer["error"].startswith("invalid URL: ")


@pytest.mark.parametrize(
    "target",
    [
        "http://metadata/",
        "http://metadata./computeMetadata/v1/",
        "http://METADATA/",
        "http://metadata.google.internal/",
        "http://metadata.google.internal./",
        "http://Metadata.Google.Internal/",
        "http://instance-data/latest/meta-data/",
        "http://instance-data./",
        "http://INSTANCE-DATA.ec2.internal/",
        "http://x.metadata.google.internal/",
    ],
)
async def test_cloud_metadata_names_are_refused(api: Api, target: str) -> None:
    """GCP's and AWS's metadata names, short or long, any case, with a trailing dot: a 422 on `target`."""
    response = await api.client.post("/v1/subscriptions", json={"channel": "webhook", "target": target})
    assert response.status_code == 422, response.text
    (error,) = response.json()["detail"]
    assert error["loc"] == ["body", "target"]
    assert "cloud metadata name" in error["msg"]


@pytest.mark.parametrize(
    "target",
    ["http://169.254.169.254/", "http://[fd00:ec2::254]/", "http://100.100.100.200/", "http://192.0.0.192/"],
)
def test_cloud_metadata_addresses_are_refused(target: str) -> None:
    """AWS/GCP/Azure (169.254.169.254, fd00:ec2::254), Alibaba (100.100.100.200) and Oracle (192.0.0.192)."""
    with pytest.raises(UnsafeTargetError) as refused:
        check_url(target)
    assert not isinstance(refused.value, MalformedUrlError)


def test_names_merely_containing_metadata_pass() -> None:
    """Only the metadata names themselves are refused, not public names that contain the word."""
    for target in ("https://metadata.example.org/", "https://instance-data.example.org/", "https://my-metadata/"):
        check_url(target)
