from django.http import JsonResponse


class RejectNulCharactersMiddleware:
    """Refuse requests whose query or form fields carry NUL characters, which PostgreSQL cannot store."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.META.get("QUERY_STRING", "") or "%00" in request.META.get("QUERY_STRING", ""):
            return _refuse(request)
        content_type = request.META.get("CONTENT_TYPE", "")
        if request.method in ("POST", "PUT", "PATCH"):
            if content_type.startswith("multipart/"):
                # Only the form fields: uploaded files may hold any bytes. Django keeps the parsed form,
                # which DRF reuses, so the upload is read once.
                if request.method == "POST" and any(
                    "\x00" in key or any("\x00" in value for value in values) for key, values in request.POST.lists()
                ):
                    return _refuse(request)
            else:
                body = request.body
                if b"\x00" in body or b"\\u0000" in body or b"%00" in body:
                    return _refuse(request)
        return self.get_response(request)


def _refuse(request):
    return JsonResponse(
        {"error": {"status": 400, "code": "invalid_characters",
                   "message": "The request contains NUL characters, which are not accepted.", "fields": {}}},
        status=400,
    )
