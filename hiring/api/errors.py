"""One JSON error shape for the whole API: {"error": {"status", "code", "message", "fields"}}."""
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from django.http import Http404
from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_exception_handler


def _flatten(detail):
    if isinstance(detail, dict):
        return {key: _flatten(value) for key, value in detail.items()}
    if isinstance(detail, list):
        return [_flatten(item) for item in detail]
    return str(detail)


def _only_uniqueness(codes) -> bool:
    if isinstance(codes, dict):
        return bool(codes) and all(_only_uniqueness(value) for value in codes.values())
    if isinstance(codes, list):
        return bool(codes) and all(_only_uniqueness(value) for value in codes)
    return codes == "unique"


def exception_handler(exc, context):
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(
            exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}
        )
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound(str(exc) or "Not found.")
    elif isinstance(exc, DataError) and "NUL" in str(exc):
        # Form fields that reach the database with NUL characters (e.g. multipart PATCH bodies).
        exc = exceptions.ValidationError({"non_field_errors": ["The request contains NUL characters, which are not accepted."]})
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError) and _only_uniqueness(exc.get_codes()):
        # The request is well formed but clashes with an existing record: a conflict, not bad input.
        response.status_code = 409
    fields = {}
    if isinstance(exc, exceptions.ValidationError):
        detail = exc.detail
        if isinstance(detail, dict):
            fields = _flatten(detail)
            non_field = fields.pop("non_field_errors", None)
            message = "; ".join(non_field) if non_field else "Some fields are not valid."
            if non_field:
                fields["non_field_errors"] = non_field
        else:
            message = "; ".join(_flatten(detail)) if isinstance(detail, list) else str(detail)
        code = "conflict" if response.status_code == 409 else "invalid"
    else:
        message = str(exc.detail) if hasattr(exc, "detail") else str(exc)
        code = exc.get_codes() if hasattr(exc, "get_codes") else "error"
        code = code if isinstance(code, str) else "error"
    response.data = {"error": {"status": response.status_code, "code": code, "message": message, "fields": fields}}
    return response


def page_not_found(request, exception=None):
    """Django's 404 for URLs no route matches: the API's JSON shape under /api/, the HTML page elsewhere."""
    from django.http import JsonResponse
    from django.views.defaults import page_not_found as html_page_not_found

    if request.path.startswith("/api/"):
        return JsonResponse({"error": {"status": 404, "code": "not_found", "message": "No such API resource.",
                                       "fields": {}}}, status=404)
    return html_page_not_found(request, exception)
