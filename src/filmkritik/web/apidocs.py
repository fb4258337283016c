"""The API reference at ``/docs``, rendered on the server from the OpenAPI document.

Swagger UI needs scripts from a CDN, which an offline machine cannot load; this page needs
nothing but the server. Swagger UI stays available at ``/docs/swagger``.
"""

from __future__ import annotations

from typing import Any

_METHODS = ("get", "post", "put", "patch", "delete")


def operations(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """Every documented operation with its parameters, body fields and responses, in path order."""
    schemas = spec.get("components", {}).get("schemas", {})
    result = []
    for path, item in spec.get("paths", {}).items():
        for method in _METHODS:
            op = item.get(method)
            if op is None:
                continue
            result.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "anchor": op.get("operationId", f"{method}-{path}"),
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "parameters": [_parameter(p) for p in op.get("parameters", [])],
                    "body": _body(op.get("requestBody"), schemas),
                    "responses": [
                        {"status": status, "description": response.get("description", "")}
                        for status, response in sorted(op.get("responses", {}).items())
                    ],
                }
            )
    return result


def _parameter(param: dict[str, Any]) -> dict[str, Any]:
    schema = param.get("schema", {})
    return {
        "name": param.get("name", ""),
        "where": param.get("in", ""),
        "type": type_name(schema),
        "required": bool(param.get("required")),
        "default": schema.get("default"),
        "description": param.get("description") or schema.get("description", ""),
    }


def _body(body: dict[str, Any] | None, schemas: dict[str, Any]) -> list[dict[str, Any]]:
    if not body:
        return []
    schema = body.get("content", {}).get("application/json", {}).get("schema", {})
    schema = _resolve(schema, schemas)
    required = set(schema.get("required", []))
    fields = []
    for name, prop in schema.get("properties", {}).items():
        fields.append(
            {
                "name": name,
                "type": type_name(prop),
                "required": name in required,
                "description": prop.get("description", ""),
                "fields": [
                    {"name": sub, "type": type_name(sp), "description": sp.get("description", "")}
                    for sub, sp in _resolve(_nested(prop), schemas).get("properties", {}).items()
                ],
            }
        )
    return fields


def _nested(prop: dict[str, Any]) -> dict[str, Any]:
    for option in prop.get("anyOf", []):
        if "$ref" in option:
            return dict(option)
    return prop if "$ref" in prop else {}


def _resolve(schema: dict[str, Any], schemas: dict[str, Any]) -> dict[str, Any]:
    ref = schema.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        found: dict[str, Any] = schemas.get(ref.rsplit("/", 1)[1], {})
        return found
    return schema


def type_name(schema: dict[str, Any]) -> str:
    """A schema as a short type, e.g. ``string | null`` or ``"recent" | "score"``."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[1]
    if "enum" in schema:
        return " | ".join(f'"{v}"' for v in schema["enum"])
    if "anyOf" in schema:
        return " | ".join(type_name(s) for s in schema["anyOf"])
    kind = schema.get("type", "any")
    if kind == "array":
        return f"list of {type_name(schema.get('items', {}))}"
    if kind == "object":
        return "object"
    return str(kind)
