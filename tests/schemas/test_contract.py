"""Contract tests: the v1 event models, their encodings, ids, committed JSON Schemas and examples."""

import datetime as dt
import json
import uuid
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import tocsin_schemas as s
from tocsin_schemas.ids import TOCSIN_NAMESPACE
from tocsin_schemas.jsonschema import render_all
from tocsin_schemas.topics import status_key

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "schemas" / "examples").glob("*.json"))
SCHEMA_DIR = ROOT / "schemas" / "jsonschema"


def _example(event_type: str) -> dict[str, Any]:
    return dict(json.loads((ROOT / "schemas" / "examples" / f"{event_type}.json").read_text()))


def test_every_event_type_has_an_example() -> None:
    """Each v1 type ships one example payload."""
    assert {p.stem for p in EXAMPLES} == set(s.EVENT_MODELS)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_validate_against_models_and_committed_schema(path: Path) -> None:
    """Every example passes the pydantic model and the committed JSON Schema."""
    obj = json.loads(path.read_text())
    event = s.from_structured(obj)
    assert event.type == path.stem
    schema = json.loads((SCHEMA_DIR / f"{path.stem}.json").read_text())
    jsonschema.Draft202012Validator(schema).validate(obj)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("attribute", ["specversion", "type"])
def test_the_committed_schema_requires_the_cloudevents_attributes(path: Path, attribute: str) -> None:
    """CloudEvents 1.0 requires specversion and type: an example without one fails the committed schema, and so
    does an alert whose judged event lacks it."""
    schema = json.loads((SCHEMA_DIR / f"{path.stem}.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    obj = json.loads(path.read_text())
    del obj[attribute]
    assert not validator.is_valid(obj)
    if path.stem == "tocsin.alert.classified":
        nested = json.loads(path.read_text())
        del nested["data"]["event"][attribute]
        assert not validator.is_valid(nested)


def test_committed_json_schemas_match_the_models() -> None:
    """The committed schema files are exactly what the models generate (run `make docs` after a change)."""
    committed = {p.name: p.read_text() for p in SCHEMA_DIR.glob("*.json")}
    assert committed == render_all()


# Every keyword of JSON Schema 2020-12 (core, applicator, validation, unevaluated, meta-data, format, content)
KEYWORDS_2020_12 = frozenset(
    {
        "$schema",
        "$id",
        "$ref",
        "$anchor",
        "$dynamicRef",
        "$dynamicAnchor",
        "$vocabulary",
        "$comment",
        "$defs",
        "allOf",
        "anyOf",
        "oneOf",
        "not",
        "if",
        "then",
        "else",
        "dependentSchemas",
        "prefixItems",
        "items",
        "contains",
        "properties",
        "patternProperties",
        "additionalProperties",
        "propertyNames",
        "unevaluatedItems",
        "unevaluatedProperties",
        "type",
        "enum",
        "const",
        "multipleOf",
        "maximum",
        "exclusiveMaximum",
        "minimum",
        "exclusiveMinimum",
        "maxLength",
        "minLength",
        "pattern",
        "maxItems",
        "minItems",
        "uniqueItems",
        "maxContains",
        "minContains",
        "maxProperties",
        "minProperties",
        "required",
        "dependentRequired",
        "title",
        "description",
        "default",
        "deprecated",
        "readOnly",
        "writeOnly",
        "examples",
        "format",
        "contentEncoding",
        "contentMediaType",
        "contentSchema",
    }
)


def _keywords(node: Any, under_names: bool = False) -> set[str]:
    """The keywords a schema uses (keys of schema objects; the names under properties or $defs are not)."""
    if isinstance(node, list):
        return set().union(*(_keywords(item) for item in node)) if node else set()
    if not isinstance(node, dict):
        return set()
    if under_names:
        return set().union(*(_keywords(value) for value in node.values())) if node else set()
    found = set(node)
    for key, value in node.items():
        if key in ("properties", "patternProperties", "$defs", "dependentSchemas"):
            found |= _keywords(value, under_names=True)
        elif key not in ("enum", "const", "default", "examples", "required"):
            found |= _keywords(value)
    return found


@pytest.mark.parametrize("path", sorted(SCHEMA_DIR.glob("*.json")), ids=lambda p: p.name)
def test_the_committed_schemas_use_only_json_schema_2020_12_keywords(path: Path) -> None:
    """Strict validators (ajv's default in Node) refuse a schema holding an unknown keyword: pydantic's OpenAPI
    `discriminator` made the alert schema, the one every webhook receiver needs, fail to compile."""
    assert _keywords(json.loads(path.read_text(encoding="utf-8"))) <= KEYWORDS_2020_12


@pytest.mark.parametrize("event_type", sorted(s.EVENT_MODELS))
def test_kafka_binary_mode_round_trips(event_type: str) -> None:
    """Encoding to ce_* headers and back yields the same event."""
    event = s.from_structured(_example(event_type))
    record = s.to_kafka(event)
    assert record.headers["ce_type"] == event_type
    assert record.headers["ce_id"] == event.id
    assert record.headers["content-type"] == "application/json"
    assert json.loads(record.value) == s.to_structured(event)["data"]
    assert s.from_kafka(record.value, list(record.headers.items())) == event
    assert record.topic == s.topic_for(event).value


@pytest.mark.parametrize("moment", ["2026-11-28T09:00:00Z", "2026-11-28T09:00:00.250000Z", "2026-11-28T16:00:00+07:00"])
def test_the_ce_time_header_spells_the_time_as_the_structured_body_does(moment: str) -> None:
    """A consumer comparing the Kafka header with the webhook body sees one string ("Z" for UTC, not "+00:00")."""
    event = s.from_structured({**_example("tocsin.arrest.reported"), "time": moment})
    assert s.to_kafka(event).headers["ce_time"] == s.to_structured(event)["time"] == moment


def test_structured_json_round_trips() -> None:
    """Structured mode keeps every attribute and the data."""
    event = s.from_structured(_example("tocsin.alert.classified"))
    again = s.from_structured_json(s.to_structured_json(event))
    assert again == event
    assert json.loads(s.to_structured_json(event))["specversion"] == "1.0"


def test_event_ids_are_deterministic_and_distinct() -> None:
    """The same fact yields the same id; a different fact a different one."""
    a = s.event_id("tocsin.treaty.action", "XVIII-16", "Viet Nam", "signature", "2025-10-25")
    b = s.event_id("tocsin.treaty.action", "XVIII-16", "Viet Nam", "signature", "2025-10-25")
    c = s.event_id("tocsin.treaty.action", "XVIII-16", "Viet Nam", "ratification", "2025-10-25")
    assert a == b != c


@pytest.mark.parametrize("parts", [(), ("XVIII-16", "Viet Nam"), ("Côte d'Ivoire", 2025), ("\U0001f600", "a" * 500)])
def test_event_ids_are_rfc_4122_uuid5_in_the_tocsin_namespace(parts: tuple[object, ...]) -> None:
    """Ids are exactly uuid5(TOCSIN_NAMESPACE, type + unit-separated parts), as the public contract says."""
    name = "\x1f".join(["tocsin.treaty.action", *(str(p) for p in parts)])
    assert s.event_id("tocsin.treaty.action", *parts) == str(uuid.uuid5(TOCSIN_NAMESPACE, name))


def test_treaty_action_key_is_country_code_else_participant() -> None:
    """Keys follow DESIGN.md: the country code, else the participant."""
    event = s.from_structured(_example("tocsin.treaty.action"))
    assert s.key_for(event) == "VNM"
    eu_data = event.data.model_copy(update={"participant": "European Union", "country_code": None})
    eu = event.model_copy(update={"data": eu_data})
    assert s.key_for(eu) == "European Union"
    assert status_key(eu) == "XVIII-16|European Union|consent"


def test_classified_alert_keeps_the_input_key() -> None:
    """A classification is keyed like the event it classifies."""
    alert = s.from_structured(_example("tocsin.alert.classified"))
    assert s.key_for(alert) == "VNM"


@pytest.mark.parametrize(
    ("mutate", "reason"),
    [
        (lambda o: o.pop("id"), "id"),
        (lambda o: o.update(type="tocsin.unknown"), "unknown event type"),
        (lambda o: o["data"].update(action="withdrawal"), "action"),
        (lambda o: o["data"].update(country_code="vn"), "country_code"),
        (lambda o: o["data"].update(action_date="25 Oct 2025"), "action_date"),
    ],
)
def test_invalid_events_raise_decode_errors_with_the_field(mutate: Any, reason: str) -> None:
    """A broken event is rejected with an error naming what is wrong."""
    obj = _example("tocsin.treaty.action")
    mutate(obj)
    with pytest.raises(s.EventDecodeError, match=reason):
        s.from_structured(obj)


@pytest.mark.parametrize("url", ["javascript:alert(1)", "/news/1", "ftp://example.org/a", "https://", "http://a b"])
def test_an_arrest_report_url_must_be_absolute_http(url: str) -> None:
    """A news item links to the web: any other URL is refused before it reaches an email or a webhook."""
    obj = _example("tocsin.arrest.reported")
    obj["data"]["url"] = url
    with pytest.raises(s.EventDecodeError, match="url"):
        s.from_structured(obj)


def test_an_arrest_report_url_keeps_any_http_form() -> None:
    """Both schemes, in any case the producer printed, still decode."""
    obj = _example("tocsin.arrest.reported")
    for url in ("http://example.org/a?b=1", "HTTPS://example.org/a"):
        obj["data"]["url"] = url
        assert s.from_structured(obj).data.url == url  # type: ignore[union-attr]


def test_a_binary_record_without_ce_specversion_is_a_decode_error() -> None:
    """CloudEvents 1.0 requires specversion; a record that omits it is not taken for a 1.0 event."""
    record = s.to_kafka(s.from_structured(_example("tocsin.arrest.reported")))
    headers = {k: v for k, v in record.headers.items() if k != "ce_specversion"}
    with pytest.raises(s.EventDecodeError, match="ce_specversion"):
        s.from_kafka(record.value, headers)
    assert s.from_kafka(record.value, record.headers).id == record.headers["ce_id"]


@pytest.mark.parametrize(
    ("value", "headers"),
    [
        (b"{}", {}),
        (b"not json", {"ce_type": "tocsin.treaty.action"}),
        (None, {"ce_type": "tocsin.treaty.action"}),
        (b"{}", {"ce_type": b"\xff\xfe"}),
    ],
)
def test_malformed_kafka_records_raise_decode_errors(value: bytes | None, headers: dict[str, Any]) -> None:
    """Records that are not binary-mode CloudEvents never decode silently."""
    with pytest.raises(s.EventDecodeError):
        s.from_kafka(value, headers)


def test_models_are_frozen_and_ignore_unknown_fields() -> None:
    """Events are immutable, and a newer producer's extra fields do not break older consumers."""
    obj = _example("tocsin.arrest.reported")
    obj["data"]["added_in_v1_1"] = "x"
    event = s.from_structured(obj)
    with pytest.raises(Exception, match="frozen"):
        setattr(event.data, "title", "changed")  # noqa: B010


def test_every_topic_is_declared_with_partitions() -> None:
    """Topics, partitions and keys are spelled once, for every event type."""
    covered = {t for spec in s.TOPICS.values() for t in spec.event_types}
    assert set(s.EVENT_MODELS) <= covered
    assert all(spec.partitions >= 1 for spec in s.TOPICS.values())
    assert s.TOPICS[s.Topic.CONVENTION_STATUS].compacted


def test_new_event_stamps_utc_time() -> None:
    """Events built without a time get the current UTC time."""
    data = s.SourceHealth(source="x", status="recovered", failures=0, last_error=None, since=dt.datetime.now(dt.UTC))
    event = s.new_event(s.SourceHealthEvent, id="1", source="urn:test", data=data)
    assert event.time.tzinfo is not None
    assert event.type == "tocsin.source.health"


def test_contract_doc_lists_every_topic_with_its_partitions() -> None:
    """docs/contract.md states each topic's partition count exactly as the code declares it."""
    doc = (ROOT / "docs" / "contract.md").read_text()
    for topic, spec in s.TOPICS.items():
        assert f"| `{topic.value}` | {spec.partitions} |" in doc


def test_pathologically_nested_json_is_a_decode_error_not_a_crash() -> None:
    """JSON nested deeper than the parser's recursion limit is rejected like any other bad value."""
    deep = b"[" * 100_000
    with pytest.raises(s.EventDecodeError, match="not JSON"):
        s.from_kafka(deep, {"ce_type": "tocsin.treaty.action"})
    with pytest.raises(s.EventDecodeError, match="not JSON"):
        s.from_structured_json(deep)


def test_a_lone_surrogate_is_a_decode_error_but_an_escaped_emoji_is_text() -> None:
    """A string that can never be encoded again is rejected at the door; a proper surrogate pair is fine."""
    obj = _example("tocsin.arrest.reported")
    good = json.dumps({**obj, "data": {**obj["data"], "title": "Blogger \U0001f600 arrested"}})  # ensure_ascii escapes
    assert "\\ud83d\\ude00" in good
    assert s.from_structured_json(good).data.title == "Blogger \U0001f600 arrested"  # type: ignore[union-attr]
    bad = good.replace("\\ud83d\\ude00", "\\ud800")
    with pytest.raises(s.EventDecodeError, match="surrogate"):
        s.from_structured_json(bad)
    record = s.to_kafka(s.from_structured(obj))
    with pytest.raises(s.EventDecodeError, match="surrogate"):
        s.from_kafka(record.value.replace(b'"title":"', b'"title":"\\udc00'), record.headers)


@pytest.mark.parametrize("as_mapping", [False, True])
def test_a_non_utf8_ce_header_is_named_and_other_headers_are_not_judged(as_mapping: bool) -> None:
    """The error names the bad CloudEvents attribute; a binary tracing header of someone else's is ignored."""
    record = s.to_kafka(s.from_structured(_example("tocsin.arrest.reported")))
    good = [(k, v.encode()) for k, v in record.headers.items()] + [("x-trace", b"\xff\x00")]
    decoded = s.from_kafka(record.value, dict(good) if as_mapping else good)
    assert decoded.type == "tocsin.arrest.reported"
    bad = [("x-trace", b"\xff"), *[(k, b"\xfe" if k == "ce_subject" else v) for k, v in good if k != "x-trace"]]
    bad.append(("ce_subject", b"\xfe"))
    with pytest.raises(s.EventDecodeError, match="ce_subject"):
        s.from_kafka(record.value, dict(bad) if as_mapping else bad)


def test_json_that_is_not_utf8_is_named_as_such_and_a_utf8_bom_is_tolerated() -> None:
    """UTF-16 bytes are 'not UTF-8 text', not a codec's riddle; a UTF-8 byte-order mark is skipped."""
    line = s.to_structured_json(s.from_structured(_example("tocsin.arrest.reported"))).encode()
    with pytest.raises(s.EventDecodeError, match="not UTF-8 text"):
        s.from_structured_json(line.decode().encode("utf-16"))
    assert s.from_structured_json(b"\xef\xbb\xbf" + line).type == "tocsin.arrest.reported"


def test_the_documented_id_recipe_gives_the_ids_tocsin_gives() -> None:
    """docs/contract.md tells integrators how to compute an id; the recipe must agree with `event_id`."""
    doc = (Path(__file__).resolve().parents[2] / "docs" / "contract.md").read_text(encoding="utf-8")
    namespace = uuid.UUID("6b1f7a52-3c0e-5d7b-9a4e-7f3e2c1d0b9a")
    assert str(namespace) in doc
    url = "https://news.example/a"
    assert str(uuid.uuid5(namespace, f"tocsin.arrest.reported\x1f{url}")) == s.event_id("tocsin.arrest.reported", url)
    action = ("XVIII-16", "Viet Nam", "signature", "2025-10-25")
    name = "\x1f".join(("tocsin.treaty.action", *action))
    assert str(uuid.uuid5(namespace, name)) == s.event_id("tocsin.treaty.action", *action)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("time", "9999-12-31T23:59:59Z"),
        ("time", "1899-12-31T23:59:59Z"),
        ("time", "2200-01-01T00:00:00Z"),
        ("data.since", "0001-01-01T00:00:00+14:00"),
        ("data.since", "9999-12-31T23:59:59-12:00"),
        ("time", "2026-11-28T09:00:00"),
        ("data.since", "2026-11-28T09:00:00"),
    ],
)
def test_a_time_no_consumer_can_compute_with_is_refused_naming_its_field(field: str, value: str) -> None:
    """Valid RFC 3339, yet 9999 overflowed the notifier's date arithmetic (an alert lost for every subscriber)."""
    event: dict[str, Any] = {
        "specversion": "1.0",
        "id": "x",
        "source": "urn:tocsin:watcher",
        "type": "tocsin.source.health",
        "time": "2026-11-29T09:00:00Z",
        "data": {
            "source": "s",
            "status": "failing",
            "failures": 1,
            "last_error": None,
            "since": "2026-11-29T09:00:00Z",
        },
    }
    if field == "time":
        event["time"] = value
    else:
        event["data"]["since"] = value
    with pytest.raises(s.ContractError, match=field.replace(".", r"\.")):
        s.from_structured(event)
    event["time"], event["data"]["since"] = "2199-12-31T23:59:59Z", "1900-01-01T00:00:00Z"
    assert s.from_structured(event).time.year == 2199
