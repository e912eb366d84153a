"""API: a blueprint's calibration, decisions on a loop, adverse impact, CSV export."""
from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, serializers, status
from rest_framework.permissions import BasePermission
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from hiring.api.permissions import role_permission
from hiring.models import RoleBlueprint

from . import calibration_selectors as sel
from .calibration_services import calibration_recompute, hiring_decision_record
from .models import CalibrationRunStatus, Decision, HiringDecision, Loop

CalibrationViewers = role_permission(read=sel.CALIBRATION_VIEWERS, write=sel.CALIBRATION_VIEWERS)
Deciders = role_permission(read=sel.CALIBRATION_VIEWERS, write=sel.DECIDERS)
MAX_PK = 2**63 - 1


class CanViewAdverseImpact(BasePermission):
    message = "Viewing adverse impact needs the permission scorecards.view_adverse_impact."

    def has_permission(self, request, view):
        return sel.may_view_adverse_impact(request.user)


# --- serializers --------------------------------------------------------------------------------

def _num(**kwargs):
    return serializers.FloatField(allow_null=True, **kwargs)


class CalibratedCandidateSerializer(serializers.Serializer):
    candidate = serializers.CharField(help_text="The candidate's id.")
    name = serializers.CharField(required=False)
    rank = serializers.IntegerField()
    n_scores = serializers.IntegerField()
    n_interviewers = serializers.IntegerField()
    raw_mean = _num()
    adjusted_mean = _num()
    ci_low = _num()
    ci_high = _num()


class CalibratedInterviewerSerializer(serializers.Serializer):
    interviewer = serializers.CharField(help_text="The interviewer's username.")
    name = serializers.CharField(required=False)
    n_scores = serializers.IntegerField()
    n_candidates = serializers.IntegerField()
    raw_mean = _num()
    severity = _num(help_text="Scale points below an average interviewer: + harsh, − lenient.")
    ci_low = _num()
    ci_high = _num()
    flags = serializers.ListField(child=serializers.CharField())
    score_counts = serializers.DictField(child=serializers.IntegerField(), required=False,
                                        help_text="How often each score was given.")


class CalibratedDimensionSerializer(serializers.Serializer):
    dimension = serializers.CharField()
    n_scores = serializers.IntegerField()
    mean = _num()
    adjusted_mean = _num()
    krippendorff_alpha_ordinal = _num()
    krippendorff_alpha_interval = _num()


class ReliabilitySerializer(serializers.Serializer):
    units = serializers.IntegerField()
    krippendorff_alpha_ordinal = _num()
    krippendorff_alpha_interval = _num()
    icc = serializers.JSONField(allow_null=True, help_text="Shrout and Fleiss's ICCs when fully crossed, else null.")


class ModelSerializer(serializers.Serializer):
    kind = serializers.CharField()
    scale_min = serializers.FloatField()
    scale_max = serializers.FloatField()
    n_scores = serializers.IntegerField()
    residual_sd = _num()
    candidate_sd = _num()
    interviewer_sd = _num()
    iterations = serializers.IntegerField()
    converged = serializers.BooleanField()


class CalibrationResultSerializer(serializers.Serializer):
    candidates = CalibratedCandidateSerializer(many=True)
    interviewers = CalibratedInterviewerSerializer(many=True)
    dimensions = CalibratedDimensionSerializer(many=True)
    reliability = ReliabilitySerializer()
    model = ModelSerializer()


class CalibrationRunSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    blueprint = serializers.CharField(source="blueprint.slug")
    created_at = serializers.DateTimeField()
    status = serializers.ChoiceField(choices=CalibrationRunStatus.choices)
    message = serializers.CharField()
    n_scores = serializers.IntegerField()
    provenance = serializers.ListField(child=serializers.ListField(child=serializers.IntegerField()),
                                       help_text="[scorecard id, version] of every scorecard the run came from.")
    result = CalibrationResultSerializer(allow_null=True)


class DecisionSerializer(serializers.ModelSerializer):
    decided_by = serializers.CharField(source="decided_by.username", read_only=True)
    calibrated = CalibratedCandidateSerializer(allow_null=True, read_only=True,
                                               help_text="The candidate's calibrated figures when decided.")

    class Meta:
        model = HiringDecision
        fields = ["id", "loop", "decision", "rationale", "decided_by", "created_at", "calibration_run", "calibrated"]
        read_only_fields = fields


class DecisionCreateSerializer(serializers.Serializer):
    decision = serializers.ChoiceField(choices=Decision.choices)
    rationale = serializers.CharField(allow_blank=True, max_length=20000,
                                      help_text="Required: the written reason for the decision.")


class ImpactGroupSerializer(serializers.Serializer):
    group = serializers.CharField()
    suppressed = serializers.BooleanField(help_text="Fewer people than min_group_size: counts withheld.")
    n = serializers.IntegerField(allow_null=True)
    selected = serializers.IntegerField(allow_null=True)
    rate = _num()
    impact_ratio = _num(help_text="Rate over the highest group's rate.")
    four_fifths = serializers.BooleanField(help_text="True when the impact ratio is below 0.8.")
    p_value_vs_rest = _num(help_text="Fisher's exact test, two-sided, against everyone else at the stage.")
    p_value_vs_highest = _num(help_text="Fisher's exact test, two-sided, against the highest group.")
    is_reference = serializers.BooleanField()


class ImpactStageSerializer(serializers.Serializer):
    stage = serializers.CharField()
    label = serializers.CharField()
    description = serializers.CharField()
    reference_group = serializers.CharField(allow_null=True)
    groups = ImpactGroupSerializer(many=True)


class AdverseImpactSerializer(serializers.Serializer):
    blueprint = serializers.CharField()
    min_group_size = serializers.IntegerField()
    four_fifths = serializers.FloatField()
    stages = ImpactStageSerializer(many=True)


# --- views --------------------------------------------------------------------------------------

def _blueprint(slug: str) -> RoleBlueprint:
    return get_object_or_404(RoleBlueprint, slug=slug)


class CalibrationView(APIView):
    permission_classes = [CalibrationViewers]

    @extend_schema(summary="The blueprint's latest calibration", responses={200: CalibrationRunSerializer},
                   tags=["calibration"])
    def get(self, request, blueprint_slug: str):
        run = sel.calibration_run_latest(blueprint=_blueprint(blueprint_slug))
        if run is None:
            raise Http404("No calibration for this role yet.")
        return Response(CalibrationRunSerializer(run).data)

    @extend_schema(summary="Recalibrate now", request=None, tags=["calibration"],
                   description="Returns the new run (201), or the latest run (200) when no scorecard changed since.",
                   responses={200: CalibrationRunSerializer, 201: CalibrationRunSerializer})
    def post(self, request, blueprint_slug: str):
        run, created = calibration_recompute(blueprint=_blueprint(blueprint_slug))
        return Response(CalibrationRunSerializer(run).data, status=status.HTTP_201_CREATED if created else 200)


class DecisionListCreate(generics.ListCreateAPIView):
    permission_classes = [Deciders]
    serializer_class = DecisionSerializer
    filter_backends: list = []

    def loop(self) -> Loop:
        pk = self.kwargs["loop_id"]
        if pk > MAX_PK:
            raise Http404("No such loop.")
        return get_object_or_404(sel.loop_queryset(), pk=pk)

    def get_queryset(self):
        return sel.decision_list(loop=self.loop())

    @extend_schema(summary="Decisions on a loop, newest first", tags=["calibration"])
    def get(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)

    @extend_schema(summary="Record a decision", request=DecisionCreateSerializer,
                   responses={201: DecisionSerializer}, tags=["calibration"],
                   description="A decision is never edited: deciding again adds a record to the history.")
    def post(self, request, *args, **kwargs):
        loop = self.loop()
        data = DecisionCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        record = hiring_decision_record(loop=loop, by=request.user, **data.validated_data)
        return Response(DecisionSerializer(record).data, status=status.HTTP_201_CREATED)


class AdverseImpactView(APIView):
    permission_classes = [CanViewAdverseImpact]

    @extend_schema(summary="Adverse impact by self-reported group at each stage", tags=["calibration"],
                   responses={200: AdverseImpactSerializer})
    def get(self, request, blueprint_slug: str):
        report = sel.adverse_impact_report(blueprint=_blueprint(blueprint_slug))
        return Response(AdverseImpactSerializer(report).data)


class CalibrationExportView(APIView):
    permission_classes = [CalibrationViewers]
    renderer_classes = [JSONRenderer]

    def perform_content_negotiation(self, request, force=False):
        # The export itself is a plain CSV response; only errors are rendered, always as the API's JSON.
        return JSONRenderer(), JSONRenderer.media_type

    @extend_schema(summary="Scores and calibrated figures as CSV", tags=["calibration"],
                   responses={(200, "text/csv"): OpenApiResponse(response=OpenApiTypes.STR,
                                                                 description="One row per submitted score.")})
    def get(self, request, blueprint_slug: str):
        blueprint = _blueprint(blueprint_slug)
        response = HttpResponse(sel.calibration_export_csv(blueprint=blueprint), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="calibration-{blueprint.slug}.csv"'
        return response
