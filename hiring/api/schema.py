"""Every operation documents the API's one error shape for the statuses it can return."""

ERROR_SCHEMA = {
    "type": "object",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "status": {"type": "integer"},
                "code": {"type": "string"},
                "message": {"type": "string"},
                "fields": {"type": "object", "additionalProperties": {}},
            },
            "required": ["status", "code", "message", "fields"],
        }
    },
    "required": ["error"],
}
STATUSES = {
    "400": "The request is not valid; `fields` names each problem.",
    "401": "Not authenticated.",
    "403": "Your role does not allow this.",
    "404": "No such object, or not one you may see.",
    "409": "The request clashes with the current state (a duplicate, a double-booking, a closed record).",
    "413": "The upload is too large.",
}


def add_error_responses(result, generator, request, public):
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    for path in result.get("paths", {}).values():
        for method, operation in path.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            responses = operation.setdefault("responses", {})
            for status, text in STATUSES.items():
                if status == "413" and method not in ("post", "put", "patch"):
                    continue
                responses.setdefault(status, {
                    "description": text,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                })
    return result
