"""Generate the committed JSON Schema (2020-12) files from the models.

python -m tocsin_schemas.jsonschema [OUT_DIR]      (default: schemas/jsonschema)
"""

import json
import sys
from pathlib import Path
from typing import Any

from tocsin_schemas.events import EVENT_MODELS

DIALECT = "https://json-schema.org/draft/2020-12/schema"
BASE_ID = "https://tocsin.example/schemas/v1/"


# CloudEvents 1.0 requires these; the models give them defaults (so code can build events without spelling them),
# which pydantic would publish as optional. Every event Tocsin emits carries them.
REQUIRED_ATTRIBUTES = ("specversion", "type")


def schema_for(event_type: str) -> dict[str, Any]:
    """The JSON Schema of one structured-mode CloudEvent type."""
    schema = EVENT_MODELS[event_type].model_json_schema(mode="validation")
    for model in (schema, *schema.get("$defs", {}).values()):  # an alert's data carries the watcher event it judged
        if all(name in model.get("properties", {}) for name in REQUIRED_ATTRIBUTES):
            rest = [name for name in model.get("required", []) if name not in REQUIRED_ATTRIBUTES]
            model["required"] = [*REQUIRED_ATTRIBUTES, *rest]
    return {"$schema": DIALECT, "$id": f"{BASE_ID}{event_type}.json", **without_discriminators(schema)}


def without_discriminators(node: Any) -> Any:
    """`node` without pydantic's OpenAPI `discriminator` keyword, which is no JSON Schema keyword: strict validators
    (ajv's default) refuse the whole schema over it. The `oneOf` it annotates decides alone, each branch's `type`
    being a `const`."""
    if isinstance(node, dict):
        return {key: without_discriminators(value) for key, value in node.items() if key != "discriminator"}
    if isinstance(node, list):
        return [without_discriminators(value) for value in node]
    return node


def render_all() -> dict[str, str]:
    """File name -> file content for every event type."""
    return {
        f"{event_type}.json": json.dumps(schema_for(event_type), indent=2, ensure_ascii=False) + "\n"
        for event_type in sorted(EVENT_MODELS)
    }


def write_files(files: dict[str, str], argv: list[str] | None, default_dir: str) -> int:
    """Write generated documents into the directory named by argv[0] (else `default_dir`), listing each."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else default_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
        print(out / name)
    return 0


def main(argv: list[str] | None = None) -> int:
    return write_files(render_all(), argv, "schemas/jsonschema")


if __name__ == "__main__":
    raise SystemExit(main())
