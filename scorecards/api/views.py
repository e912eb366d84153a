import csv
import io

from django.http import HttpResponse
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import exceptions, mixins, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import SAFE_METHODS, BasePermission
from rest_framework.response import Response

from hiring.api.permissions import role_permission
from hiring.models import Dimension, Role, User

from .. import selectors, services
from ..models import Candidate, Interview, InvitationLog, Loop, LoopStatus, Scorecard, ScorecardStatus
from . import serializers as s


class ConflictError(exceptions.APIException):
    status_code = 409
    default_code = "conflict"
    default_detail = "The request clashes with the current state."


def call(service, **kwargs):
    """Run a service; a Conflict (double-booking, closed record) answers 409 with its message."""
    try:
        return service(**kwargs)
    except services.Conflict as exc:
        raise ConflictError(" ".join(exc.messages)) from None


CandidatePermission = role_permission(read=selectors.OVERSEERS, write=selectors.LOOP_EDITORS)
LoopPermission = role_permission(read=tuple(Role.values), write=selectors.LOOP_EDITORS)


class ScorecardPermission(BasePermission):
    """Anyone on staff reads what the selectors let them see; only interviewers write, and only their own."""

    message = "Only the interviewer who owns a scorecard may change it."

    def has_permission(self, request, view):
        user = request.user
        if not (user and user.is_authenticated):
            return False
        if request.method in SAFE_METHODS:
            return user.has_role(*Role.values)
        return user.has_role(Role.INTERVIEWER)

    def has_object_permission(self, request, view, obj):
        return request.method in SAFE_METHODS or obj.interviewer_id == request.user.pk


class BaseViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    http_method_names = ["get", "post", "patch", "head", "options"]


# --- candidates --------------------------------------------------------------------------------

class CandidateFilter(filters.FilterSet):
    email = filters.CharFilter(lookup_expr="iexact")
    external_id = filters.CharFilter()

    class Meta:
        model = Candidate
        fields = ["email", "external_id"]


@extend_schema_view(
    list=extend_schema(summary="Candidates (recruiters, hiring managers, admins)"),
    create=extend_schema(summary="Add a candidate", responses={201: s.CandidateSerializer}),
    partial_update=extend_schema(responses={200: s.CandidateSerializer}),
)
class CandidateViewSet(mixins.CreateModelMixin, mixins.UpdateModelMixin, BaseViewSet):
    serializer_class = s.CandidateSerializer
    permission_classes = [CandidatePermission]
    filterset_class = CandidateFilter
    search_fields = ["name", "email"]
    ordering_fields = ["name", "created_at"]

    def get_queryset(self):
        return selectors.candidate_list()

    def perform_create(self, serializer):
        serializer.instance = services.candidate_create(**serializer.validated_data)

    def perform_update(self, serializer):
        serializer.instance = services.candidate_update(candidate=serializer.instance,
                                                        values=serializer.validated_data)


# --- loops -------------------------------------------------------------------------------------

class LoopFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=LoopStatus.choices)
    blueprint = filters.CharFilter(field_name="blueprint__slug")
    candidate = filters.NumberFilter(field_name="candidate_id", min_value=1, max_value=2**62)

    class Meta:
        model = Loop
        fields = ["status", "blueprint", "candidate"]


@extend_schema_view(
    list=extend_schema(summary="Interview loops you may see", responses={200: s.LoopListSerializer(many=True)}),
    retrieve=extend_schema(summary="A loop with its pinned rubrics, interviews and warnings",
                           responses={200: s.LoopSerializer}),
    create=extend_schema(summary="Start a draft loop for a candidate and a blueprint (pins the current rubrics)",
                         request=s.LoopCreateSerializer, responses={201: s.LoopSerializer}),
    partial_update=extend_schema(request=s.LoopUpdateSerializer, responses={200: s.LoopSerializer}),
)
class LoopViewSet(mixins.CreateModelMixin, mixins.UpdateModelMixin, BaseViewSet):
    permission_classes = [LoopPermission]
    filterset_class = LoopFilter
    search_fields = ["candidate__name", "candidate__email"]
    ordering_fields = ["created_at", "status"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Loop.objects.none()
        if self.action == "list":
            return selectors.loop_list(user=self.request.user)
        return selectors.loop_detail_queryset(user=self.request.user)

    def get_serializer_class(self):
        return s.LoopListSerializer if self.action == "list" else s.LoopSerializer

    def _detail(self, loop, status=200):
        loop = selectors.loop_detail_queryset(user=self.request.user).get(pk=loop.pk)
        return Response(s.LoopSerializer(loop, context=self.get_serializer_context()).data, status=status)

    def create(self, request, *args, **kwargs):
        data = s.LoopCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        loop = call(services.loop_create, by=request.user, **data.validated_data)
        return self._detail(loop, status=201)

    def partial_update(self, request, *args, **kwargs):
        loop = self.get_object()
        data = s.LoopUpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        return self._detail(call(services.loop_update, loop=loop, values=data.validated_data, by=request.user))

    @extend_schema(summary="Move a loop to another status (invitations go out when it is scheduled; "
                           "cancelling sends cancellations)",
                   request=s.TransitionSerializer, responses={200: s.LoopSerializer})
    @action(detail=True, methods=["post"])
    def transition(self, request, pk=None):
        loop = self.get_object()
        data = s.TransitionSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        loop = call(services.loop_transition, loop=loop, status=data.validated_data["status"], by=request.user)
        return self._detail(loop)

    @extend_schema(summary="The loop's scorecards you may see, one row per dimension score, as CSV",
                   responses={(200, "text/csv"): OpenApiResponse(OpenApiTypes.STR)})
    @action(detail=True, methods=["get"], url_path="scorecards-export", filter_backends=[], pagination_class=None)
    def scorecards_export(self, request, pk=None):
        loop = self.get_object()
        return csv_response(loop=loop, user=request.user)

    @extend_schema(summary="Invitations sent for the loop's interviews",
                   responses={200: s.InvitationLogSerializer(many=True)})
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def invitations(self, request, pk=None):
        loop = self.get_object()
        if not selectors.sees_everything(request.user):
            raise exceptions.PermissionDenied("Only recruiters, hiring managers and admins see invitations.")
        logs = InvitationLog.objects.filter(interview__loop=loop)
        return Response(s.InvitationLogSerializer(logs.order_by("pk"), many=True).data)


def csv_response(*, loop: Loop, user: User) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(selectors.EXPORT_COLUMNS)
    writer.writerows(selectors.scorecard_export_rows(loop=loop, user=user))
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="loop-{loop.pk}-scorecards.csv"'
    return response


# --- interviews --------------------------------------------------------------------------------

class InterviewFilter(filters.FilterSet):
    loop = filters.NumberFilter(field_name="loop_id", min_value=1, max_value=2**62)
    interviewer = filters.CharFilter(field_name="interviewers__username", distinct=True)

    class Meta:
        model = Interview
        fields = ["loop", "interviewer"]


def _resolve(values: dict, loop: Loop) -> dict:
    """Slugs and usernames from the request → rows, refusing names that do not exist."""
    values = dict(values)
    values.pop("loop", None)
    errors = {}
    if "dimensions" in values:
        slugs = values["dimensions"]
        found = {d.slug: d for d in Dimension.objects.filter(blueprint_id=loop.blueprint_id, slug__in=slugs)}
        missing = [slug for slug in slugs if slug not in found]
        if missing:
            errors["dimensions"] = f"Not dimensions of {loop.blueprint.slug}: {', '.join(missing)}."
        values["dimensions"] = [found[slug] for slug in slugs if slug in found]
    if "interviewers" in values:
        names = values["interviewers"]
        found = {u.username: u for u in User.objects.filter(username__in=names, is_active=True)}
        missing = [name for name in names if name not in found]
        if missing:
            errors["interviewers"] = f"No such user: {', '.join(missing)}."
        values["interviewers"] = [found[name] for name in names if name in found]
    if errors:
        raise exceptions.ValidationError(errors)
    return values


@extend_schema_view(
    list=extend_schema(summary="Interviews you may see"),
    retrieve=extend_schema(summary="An interview"),
    create=extend_schema(summary="Add an interview to a loop (refused when anyone is double-booked)",
                         request=s.InterviewWriteSerializer, responses={201: s.InterviewSerializer}),
    partial_update=extend_schema(summary="Change an interview; attendees get the updated invitation",
                                 request=s.InterviewWriteSerializer, responses={200: s.InterviewSerializer}),
)
class InterviewViewSet(mixins.CreateModelMixin, mixins.UpdateModelMixin, BaseViewSet):
    serializer_class = s.InterviewSerializer
    permission_classes = [LoopPermission]
    filterset_class = InterviewFilter
    ordering_fields = ["starts_at"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Interview.objects.none()
        return selectors.interview_list(user=self.request.user)

    def _out(self, interview, status=200):
        interview = selectors.interview_queryset().get(pk=interview.pk)
        return Response(s.InterviewSerializer(interview).data, status=status)

    def create(self, request, *args, **kwargs):
        data = s.InterviewWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        loop = data.validated_data.get("loop")
        if loop is None:
            raise exceptions.ValidationError({"loop": "This field is required."})
        missing = [n for n in ("title", "starts_at", "ends_at") if n not in data.validated_data]
        if missing:
            raise exceptions.ValidationError({n: "This field is required." for n in missing})
        interview = call(services.interview_create, loop=loop, values=_resolve(data.validated_data, loop),
                         by=request.user)
        return self._out(interview, status=201)

    def partial_update(self, request, *args, **kwargs):
        interview = self.get_object()
        data = s.InterviewWriteSerializer(data=request.data, partial=True)
        data.is_valid(raise_exception=True)
        if "loop" in data.validated_data and data.validated_data["loop"].pk != interview.loop_id:
            raise exceptions.ValidationError({"loop": "An interview cannot move to another loop."})
        interview = call(services.interview_update, interview=interview,
                         values=_resolve(data.validated_data, interview.loop), by=request.user)
        return self._out(interview)

    @extend_schema(summary="Cancel an interview; attendees get a METHOD:CANCEL invitation", request=None,
                   responses={200: s.InterviewSerializer})
    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        interview = self.get_object()
        return self._out(call(services.interview_cancel, interview=interview, by=request.user))

    @extend_schema(summary="The interview kit: case study, what to listen for, the pinned anchored rubric of every "
                           "assessed dimension, and the candidate's take-home report when there is one",
                   responses={200: s.KitSerializer})
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def kit(self, request, pk=None):
        interview = self.get_object()
        return Response(s.KitSerializer(selectors.interview_kit(interview=interview)).data)


# --- scorecards --------------------------------------------------------------------------------

class ScorecardFilter(filters.FilterSet):
    loop = filters.NumberFilter(field_name="interview__loop_id", min_value=1, max_value=2**62)
    interview = filters.NumberFilter(field_name="interview_id", min_value=1, max_value=2**62)
    interviewer = filters.CharFilter(field_name="interviewer__username")
    status = filters.ChoiceFilter(choices=ScorecardStatus.choices)

    class Meta:
        model = Scorecard
        fields = ["loop", "interview", "interviewer", "status"]


@extend_schema_view(
    list=extend_schema(summary="Scorecards you may see (others' only after you submitted yours in that loop)"),
    retrieve=extend_schema(summary="A scorecard"),
    create=extend_schema(summary="Open your scorecard for an interview (returns the existing one if any)",
                         request=s.ScorecardCreateSerializer,
                         responses={201: s.ScorecardSerializer, 200: s.ScorecardSerializer}),
    partial_update=extend_schema(summary="Save your draft; a submitted scorecard answers 409 (amend it instead)",
                                 request=s.ScorecardWriteSerializer, responses={200: s.ScorecardSerializer}),
)
class ScorecardViewSet(mixins.CreateModelMixin, mixins.UpdateModelMixin, BaseViewSet):
    serializer_class = s.ScorecardSerializer
    permission_classes = [ScorecardPermission]
    filterset_class = ScorecardFilter
    ordering_fields = ["submitted_at", "created_at"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Scorecard.objects.none()
        return selectors.scorecard_list(user=self.request.user)

    def _out(self, scorecard, status=200):
        scorecard = selectors.scorecard_queryset().get(pk=scorecard.pk)
        return Response(s.ScorecardSerializer(scorecard).data, status=status)

    def create(self, request, *args, **kwargs):
        data = s.ScorecardCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        interview = data.validated_data["interview"]
        if not selectors.interview_list(user=request.user).filter(pk=interview.pk).exists():
            raise exceptions.ValidationError({"interview": f'Invalid pk "{interview.pk}" - object does not exist.'})
        existed = Scorecard.objects.filter(interview=interview, interviewer=request.user).exists()
        scorecard = call(services.scorecard_start, interview=interview, interviewer=request.user)
        return self._out(scorecard, status=200 if existed else 201)

    def _write(self, request, service, serializer_class, **extra):
        scorecard = self.get_object()
        data = serializer_class(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.service_values()
        if "reason" in data.validated_data:
            values["reason"] = data.validated_data["reason"]
        return self._out(call(service, scorecard=scorecard, by=request.user, **values, **extra))

    def partial_update(self, request, *args, **kwargs):
        return self._write(request, services.scorecard_save_draft, s.ScorecardWriteSerializer)

    @extend_schema(summary="Submit your scorecard (with any last changes); it is then immutable",
                   request=s.ScorecardWriteSerializer, responses={200: s.ScorecardSerializer})
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        return self._write(request, services.scorecard_submit, s.ScorecardWriteSerializer)

    @extend_schema(summary="Amend your submitted scorecard with a reason; every version is kept",
                   request=s.AmendSerializer, responses={200: s.ScorecardSerializer})
    @action(detail=True, methods=["post"])
    def amend(self, request, pk=None):
        return self._write(request, services.scorecard_amend, s.AmendSerializer)

    @extend_schema(summary="Every submitted version of the scorecard",
                   responses={200: s.ScorecardVersionSerializer(many=True)})
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def versions(self, request, pk=None):
        scorecard = self.get_object()
        return Response(s.ScorecardVersionSerializer(selectors.scorecard_versions(scorecard=scorecard),
                                                     many=True).data)

    @extend_schema(summary="The scorecard's audit trail: who changed what, when, before and after",
                   responses={200: s.AuditEventSerializer(many=True)})
    @action(detail=True, methods=["get"], filter_backends=[], pagination_class=None)
    def audit(self, request, pk=None):
        scorecard = self.get_object()
        return Response(s.AuditEventSerializer(scorecard.audit_events.select_related("actor").order_by("pk"),
                                               many=True).data)
