"""CloudEvents encodings: Kafka binary mode (ce_* headers, value = data) and structured JSON.

Pure functions; no Kafka client is imported here.
"""

import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, cast

from pydantic import BaseModel, TypeAdapter, ValidationError

from tocsin_schemas.errors import EventDecodeError, UnknownEventTypeError
from tocsin_schemas.events import EVENT_MODELS, AnyEvent, CloudEvent
from tocsin_schemas.topics import key_for, topic_for

CONTENT_TYPE = "application/json"
_ANY_EVENT: TypeAdapter[AnyEvent] = TypeAdapter(AnyEvent)

HeaderInput = Mapping[str, str | bytes] | Iterable[tuple[str, str | bytes]]


@dataclass(frozen=True)
class KafkaRecord:
    """One Kafka record in CloudEvents binary mode."""

    topic: str
    key: bytes
    value: bytes
    headers: dict[str, str]


def to_kafka(event: CloudEvent, *, key: str | None = None) -> KafkaRecord:
    """Encode an event for Kafka: attributes as `ce_*` headers, `data` as the JSON value."""
    headers = {"ce_specversion": event.specversion, "ce_id": event.id, "ce_source": event.source}
    headers["ce_type"], headers["ce_time"] = event.type, _rfc3339(event.time)
    if event.subject is not None:
        headers["ce_subject"] = event.subject
    headers["content-type"] = CONTENT_TYPE
    return KafkaRecord(
        topic=topic_for(event).value,
        key=(key if key is not None else key_for(event)).encode(),
        value=_data_json(event),
        headers=headers,
    )


def _rfc3339(moment: dt.datetime) -> str:
    """`moment` as the structured (JSON) encoding writes it: UTC as "Z", so header and body spell one time alike."""
    text = moment.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _data_json(event: CloudEvent) -> bytes:
    """`data` as compact UTF-8 JSON; a model serialises itself (in Rust) when it is of its field's own type."""
    data = event.data
    if isinstance(data, BaseModel) and type(data) is _DATA_TYPES.get(event.type):
        return data.__pydantic_serializer__.to_json(data)  # bytes straight from Rust, no str in between
    return json.dumps(event.model_dump(mode="json")["data"], ensure_ascii=False, separators=(",", ":")).encode()


def from_kafka(value: bytes | None, headers: HeaderInput) -> AnyEvent:
    """Decode a binary-mode record; raise EventDecodeError if it is not a valid v1 event.

    The value is parsed and validated in one pass by its data model (pydantic-core, in Rust). Whatever that pass
    rejects, and any value with a surrogate escape, is decoded again the slow way, which names the reason.
    """
    attrs = _ce_attributes(headers)
    if "ce_type" not in attrs:
        raise EventDecodeError("missing ce_type header: not a CloudEvents binary-mode record")
    if value is None:
        raise EventDecodeError("record has no value")
    fast = _DATA_ADAPTERS.get(attrs["ce_type"])
    if fast is not None and not _SURROGATE_ESCAPE.search(value):
        model, data_adapter = fast
        try:
            event = cast(AnyEvent, model.model_validate(_envelope(attrs, data_adapter.validate_json(value))))
        except (ValidationError, ValueError, TypeError, RecursionError):
            event = _from_kafka_slowly(value, attrs)  # it gives the reason
    else:
        event = _from_kafka_slowly(value, attrs)
    if "ce_specversion" not in attrs:  # required by CloudEvents 1.0: the model's default must not stand in for it
        raise EventDecodeError("missing ce_specversion header: CloudEvents 1.0 requires it")
    return event


def _from_kafka_slowly(value: bytes, attrs: dict[str, str]) -> AnyEvent:
    return from_structured(_envelope(attrs, _load_json(value, "value is not JSON")))


def _envelope(attrs: dict[str, str], data: Any) -> dict[str, Any]:
    """The structured-mode object of a binary-mode record: its `ce_*` attributes and its data."""
    envelope: dict[str, Any] = {k.removeprefix("ce_"): v for k, v in attrs.items()}
    envelope["data"] = data
    envelope.setdefault("datacontenttype", CONTENT_TYPE)
    return envelope


_DATA_TYPES: dict[str, Any] = {name: model.model_fields["data"].annotation for name, model in EVENT_MODELS.items()}
# Per event type: its model and an adapter validating its `data` straight from JSON bytes.
_DATA_ADAPTERS: dict[str, tuple[type[CloudEvent], TypeAdapter[Any]]] = {
    name: (model, TypeAdapter[Any](_DATA_TYPES[name])) for name, model in EVENT_MODELS.items()
}


def to_structured(event: CloudEvent) -> dict[str, Any]:
    """The structured-mode JSON object of an event (for CLIs and webhooks)."""
    return event.model_dump(mode="json", exclude_none=False)


def to_structured_json(event: CloudEvent) -> str:
    """One line of structured-mode JSON."""
    return json.dumps(to_structured(event), ensure_ascii=False, separators=(",", ":"))


def from_structured(obj: object) -> AnyEvent:
    """Validate a structured-mode object; raise EventDecodeError with the reason if it is invalid."""
    if not isinstance(obj, dict):
        raise EventDecodeError(f"expected a JSON object, got {type(obj).__name__}")
    event_type = obj.get("type")
    if event_type not in EVENT_MODELS:
        raise UnknownEventTypeError(f"unknown event type {event_type!r}")
    try:
        return _ANY_EVENT.validate_python(obj)
    except ValidationError as exc:
        raise EventDecodeError(_explain(exc)) from exc
    except (ValueError, TypeError, RecursionError) as exc:  # pathological input pydantic did not wrap
        raise EventDecodeError(f"invalid event: {_short(exc)}") from exc


def from_structured_json(text: str | bytes) -> AnyEvent:
    """Parse and validate one structured-mode JSON document."""
    return from_structured(_load_json(text, "not JSON"))


# A JSON escape of a UTF-16 surrogate; a lone one decodes to a str that can never be encoded again.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _load_json(raw: str | bytes, what: str) -> Any:
    """json.loads, with every failure (bad UTF-8, bad JSON, absurd nesting, lone surrogates) an EventDecodeError.

    Bytes must be UTF-8 (RFC 8259), a leading BOM tolerated: json.loads would guess UTF-16 or UTF-32 from the first
    bytes and fail later with a codec's message that hides the cause."""
    try:
        text = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as exc:
        unreadable = what.replace("JSON", "UTF-8 text")  # "not JSON" -> "not UTF-8 text"
        raise EventDecodeError(f"{unreadable} (invalid byte at position {exc.start}); JSON must be UTF-8") from None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:  # ValueError covers bad UTF-8 and bad JSON
        raise EventDecodeError(f"{what}: {_short(exc)}") from exc
    raw_bytes = raw if isinstance(raw, bytes) else raw.encode("utf-8", "surrogatepass")
    if _SURROGATE_ESCAPE.search(raw_bytes) and _has_lone_surrogate(data):
        raise EventDecodeError(f"{what}: a string holds a lone UTF-16 surrogate (not valid Unicode text)")
    return data


def _has_lone_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False
    if isinstance(value, dict):
        return any(_has_lone_surrogate(k) or _has_lone_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_lone_surrogate(v) for v in value)
    return False


def _short(exc: BaseException) -> str:
    return (str(exc) or type(exc).__name__)[:200]


def _explain(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"][1:] if p) or "event"
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"


def _ce_attributes(headers: HeaderInput) -> dict[str, str]:
    """The `ce_*` headers as text; EventDecodeError naming the first that is not UTF-8."""
    if isinstance(headers, list | tuple):  # a consumed record's headers: decode them in one comprehension
        try:
            return {k: v.decode() if isinstance(v, bytes) else v for k, v in headers if k.startswith("ce_")}
        except UnicodeDecodeError:
            pass  # the loop below names the header
    attrs: dict[str, str] = {}
    for k, v in headers.items() if isinstance(headers, Mapping) else headers:
        if not k.startswith("ce_"):  # other headers are not ours to judge
            continue
        try:
            attrs[k] = v.decode() if isinstance(v, bytes) else v
        except UnicodeDecodeError as exc:
            raise EventDecodeError(f"header {k!r} is not UTF-8") from exc
    return attrs
