from django.shortcuts import get_object_or_404
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema, extend_schema_view
from rest_framework import exceptions, mixins, viewsets
from rest_framework.decorators import action
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from cases import selectors
from cases.grading import services
from cases.models import Submission, SubmissionStatus
from hiring.api.permissions import STAFF_ROLES, role_permission
from hiring.models import Role

from . import serializers as s

InvitationPermission = role_permission(read=(Role.RECRUITER, Role.HIRING_MANAGER, Role.ADMIN),
                                       write=(Role.RECRUITER, Role.ADMIN))
SubmissionPermission = role_permission(read=STAFF_ROLES, write=(Role.ADMIN, Role.HIRING_MANAGER, Role.RECRUITER))


class Refused(exceptions.APIException):
    """A refusal from the take-home services in the API's error shape (409 for state, 413 for size)."""

    def __init__(self, refusal: services.SubmissionRefused):
        self.status_code = refusal.status
        super().__init__(detail=refusal.message, code=refusal.code)


def refused(refusal: services.SubmissionRefused) -> exceptions.APIException:
    if refusal.status == 400:
        return exceptions.ValidationError({refusal.field or "non_field_errors": [refusal.message]})
    return Refused(refusal)


@extend_schema_view(
    list=extend_schema(summary="Take-home tasks"),
    retrieve=extend_schema(summary="A take-home task"),
)
class TakeHomeTaskViewSet(viewsets.ReadOnlyModelViewSet):
    lookup_field = "slug"
    serializer_class = s.TakeHomeTaskSerializer
    permission_classes = [role_permission(read=STAFF_ROLES)]
    search_fields = ["title", "slug"]
    filterset_fields = []

    def get_queryset(self):
        return selectors.takehome_task_list()


class InvitationFilter(filters.FilterSet):
    task = filters.CharFilter(field_name="task__slug")
    candidate = filters.NumberFilter(field_name="candidate_id")


@extend_schema_view(
    list=extend_schema(summary="Take-home invitations"),
    retrieve=extend_schema(summary="A take-home invitation"),
    create=extend_schema(summary="Invite a candidate to a take-home task (emails them the link)",
                         request=s.InvitationCreateSerializer, responses={201: s.InvitationSerializer}),
)
class InvitationViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.CreateModelMixin,
                        viewsets.GenericViewSet):
    serializer_class = s.InvitationSerializer
    permission_classes = [InvitationPermission]
    filterset_class = InvitationFilter
    ordering_fields = ["created_at", "expires_at"]

    def get_queryset(self):
        return selectors.invitation_list().prefetch_related("submissions")

    def create(self, request, *args, **kwargs):
        data = s.InvitationCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        invitation = services.invitation_create(task=data.validated_data["task"],
                                                candidate=data.validated_data["candidate"], by=request.user,
                                                send_email=data.validated_data["send_email"])
        return Response(s.InvitationSerializer(self.get_queryset().get(pk=invitation.pk)).data, status=201)


class SubmissionFilter(filters.FilterSet):
    status = filters.ChoiceFilter(choices=SubmissionStatus.choices)
    task = filters.CharFilter(field_name="task__slug")
    candidate = filters.NumberFilter(field_name="candidate_id")


@extend_schema_view(
    list=extend_schema(summary="Take-home submissions, filterable by status, task and candidate"),
    retrieve=extend_schema(summary="A submission with its grading runs", responses={200: s.SubmissionDetailSerializer}),
)
class SubmissionViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [SubmissionPermission]
    filterset_class = SubmissionFilter
    ordering_fields = ["submitted_at", "graded_at", "status"]

    def get_queryset(self):
        return selectors.submission_list().prefetch_related("runs")

    def get_serializer_class(self):
        return s.SubmissionDetailSerializer if self.action == "retrieve" else s.SubmissionSerializer

    @extend_schema(summary="The grading report: findings by rubric dimension, metrics with intervals, "
                           "machine-suggested scores", responses={200: s.ReportSerializer})
    @action(detail=True, methods=["get"])
    def report(self, request, pk=None):
        submission = self.get_object()
        if submission.report is None:
            raise exceptions.NotFound(f"Submission {submission.pk} has no report yet (status: {submission.status}).")
        return Response(s.ReportSerializer(selectors.submission_report(submission=submission)).data)

    @extend_schema(summary="Grade the submission again (a new grading run)", request=None,
                   responses={202: s.GradingRunSerializer})
    @action(detail=True, methods=["post"])
    def regrade(self, request, pk=None):
        submission = self.get_object()
        try:
            run = services.submission_regrade(submission=submission, by=request.user)
        except services.SubmissionRefused as exc:
            raise refused(exc) from None
        return Response(s.GradingRunSerializer(run).data, status=202)


# --- the candidate's side: no account, the invitation token is the key ---------------------------------

TOKEN = OpenApiParameter("token", OpenApiTypes.STR, OpenApiParameter.PATH,
                         description="The invitation token from the candidate's link.")


class CandidateView(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]

    def invitation(self, token):
        invitation = selectors.invitation_by_token(token=token)
        if invitation is None:
            raise exceptions.NotFound("No take-home invitation has this link.")
        return invitation


class CandidateInvitationView(CandidateView):
    @extend_schema(summary="The candidate's take-home: the brief, the clock and their submissions", parameters=[TOKEN],
                   responses={200: s.CandidateInvitationSerializer})
    def get(self, request, token):
        return Response(s.CandidateInvitationSerializer(self.invitation(token)).data)


class CandidateStartView(CandidateView):
    @extend_schema(summary="Start the clock (starting again changes nothing)", parameters=[TOKEN], request=None,
                   responses={200: s.CandidateInvitationSerializer})
    def post(self, request, token):
        try:
            invitation = services.invitation_start(invitation=self.invitation(token))
        except services.SubmissionRefused as exc:
            raise refused(exc) from None
        return Response(s.CandidateInvitationSerializer(invitation).data)


class CandidateSubmitView(CandidateView):
    @extend_schema(summary="Upload a submission; refused uploads change nothing", parameters=[TOKEN],
                   request={"multipart/form-data": s.UploadSerializer}, responses={201: s.ReceiptSerializer})
    def post(self, request, token):
        invitation = self.invitation(token)
        try:
            submission = services.submission_create(invitation=invitation, uploads={
                field: request.FILES.get(field) for field in services.UPLOAD_FIELDS})
        except services.SubmissionRefused as exc:
            raise refused(exc) from None
        return Response(s.ReceiptSerializer(submission).data, status=201)


class CandidateSubmissionView(CandidateView):
    @extend_schema(summary="A receipt and the grading status of one of the candidate's submissions",
                   parameters=[TOKEN, OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH)],
                   responses={200: s.ReceiptSerializer, 404: OpenApiResponse(description="No such submission.")})
    def get(self, request, token, id):
        invitation = self.invitation(token)
        submission = get_object_or_404(Submission.objects.filter(invitation=invitation), pk=id)
        return Response(s.ReceiptSerializer(submission).data)
