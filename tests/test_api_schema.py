"""Property-based run over the whole OpenAPI schema, authenticated as an admin: no 5xx, no response off the schema."""
import django
import pytest
import schemathesis
from schemathesis import checks
from hypothesis import HealthCheck, settings

django.setup()
from config.wsgi import application  # noqa: E402  (the schema view needs no database)

pytestmark = pytest.mark.django_db(transaction=True)
schema = schemathesis.openapi.from_wsgi("/api/schema/", application)


@pytest.fixture
def admin_token(admin_user, catalogue):
    from rest_framework.authtoken.models import Token

    return Token.objects.get_or_create(user=admin_user)[0].key


@schema.parametrize()
@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
def test_api_conforms_to_its_schema(case, admin_token):
    # What must hold for every generated request: no server error, and a response that the schema
    # documents (status, content type, body, headers). Which edge inputs a field accepts (blank list
    # items, NUL characters, page_size=null ignored) is the serializers' business, tested elsewhere.
    case.call_and_validate(headers={"Authorization": f"Token {admin_token}"}, checks=CHECKS)


CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
    checks.response_headers_conformance,
]
