from datetime import datetime, timezone as dt_timezone

from rest_framework import serializers

from cases.models import CaseStudy
from hiring.models import RoleBlueprint, User

from ..models import (
    AuditEvent,
    Candidate,
    Interview,
    InvitationLog,
    Loop,
    LoopStatus,
    Recommendation,
    Scorecard,
    ScorecardVersion,
)

EARLIEST = datetime(2000, 1, 1, tzinfo=dt_timezone.utc)
LATEST = datetime(2100, 1, 1, tzinfo=dt_timezone.utc)


class CandidateSerializer(serializers.ModelSerializer):
    class Meta:
        model = Candidate
        fields = ["id", "name", "email", "external_id", "created_at"]
        read_only_fields = ["created_at"]
        extra_kwargs = {"external_id": {"required": False}}
        validators = []  # uniqueness is the service's job (and answers 409)


class PersonSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="__str__", read_only=True)

    class Meta:
        model = User
        fields = ["username", "name"]


class PinSerializer(serializers.Serializer):
    dimension = serializers.CharField(source="dimension.slug")
    name = serializers.CharField(source="dimension.name")
    rubric_version = serializers.IntegerField(source="rubric.version")


class InterviewSerializer(serializers.ModelSerializer):
    case_study = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    dimensions = serializers.SlugRelatedField(slug_field="slug", many=True, read_only=True)
    interviewers = PersonSerializer(many=True, read_only=True)
    cancelled = serializers.SerializerMethodField()

    class Meta:
        model = Interview
        fields = ["id", "loop", "title", "case_study", "dimensions", "interviewers", "starts_at", "ends_at",
                  "location", "video_link", "cancelled", "cancelled_at", "sequence", "ical_uid"]

    def get_cancelled(self, obj) -> bool:
        return obj.is_cancelled


class LoopSerializer(serializers.ModelSerializer):
    candidate = CandidateSerializer(read_only=True)
    blueprint = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    rubrics = PinSerializer(many=True, read_only=True)
    interviews = InterviewSerializer(many=True, read_only=True)
    warnings = serializers.SerializerMethodField()
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True)

    class Meta:
        model = Loop
        fields = ["id", "candidate", "blueprint", "status", "notes", "rubrics", "interviews", "warnings",
                  "created_by", "created_at", "updated_at"]

    def get_warnings(self, obj) -> list[str]:
        from ..selectors import loop_warnings

        return loop_warnings(loop=obj)


class LoopListSerializer(serializers.ModelSerializer):
    candidate = CandidateSerializer(read_only=True)
    blueprint = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Loop
        fields = ["id", "candidate", "blueprint", "status", "notes", "created_at", "updated_at"]


class LoopCreateSerializer(serializers.Serializer):
    candidate = serializers.PrimaryKeyRelatedField(queryset=Candidate.objects.all())
    blueprint = serializers.SlugRelatedField(slug_field="slug", queryset=RoleBlueprint.objects.all())
    notes = serializers.CharField(required=False, allow_blank=True, max_length=5000)


class LoopUpdateSerializer(serializers.Serializer):
    notes = serializers.CharField(required=False, allow_blank=True, max_length=5000)


class TransitionSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=LoopStatus.choices)


class InterviewWriteSerializer(serializers.Serializer):
    loop = serializers.PrimaryKeyRelatedField(queryset=Loop.objects.all(), required=False,
                                              help_text="Required when creating; an interview never moves loop.")
    title = serializers.CharField(max_length=200, required=False)
    case_study = serializers.SlugRelatedField(slug_field="slug", queryset=CaseStudy.objects.all(), required=False,
                                              allow_null=True)
    dimensions = serializers.ListField(child=serializers.SlugField(max_length=80), required=False, max_length=50,
                                       help_text="Slugs of the loop blueprint's dimensions this interview assesses.")
    interviewers = serializers.ListField(child=serializers.CharField(max_length=150), required=False, max_length=20,
                                         help_text="Usernames; each needs the interviewer role.")
    starts_at = serializers.DateTimeField(required=False)
    ends_at = serializers.DateTimeField(required=False)
    location = serializers.CharField(max_length=300, required=False, allow_blank=True)
    video_link = serializers.URLField(max_length=500, required=False, allow_blank=True)

    def validate(self, attrs):
        for name in ("starts_at", "ends_at"):
            value = attrs.get(name)
            if value is not None and not EARLIEST <= value <= LATEST:
                raise serializers.ValidationError({name: "Give a time between 2000 and 2100."})
        return attrs


class ScoreSerializer(serializers.Serializer):
    dimension = serializers.CharField(source="dimension.slug", max_length=80)
    rubric_version = serializers.IntegerField(source="rubric.version", read_only=True)
    score = serializers.IntegerField(min_value=1, max_value=5, allow_null=True, required=False)
    not_assessed = serializers.BooleanField(required=False, default=False)
    reason = serializers.CharField(source="not_assessed_reason", required=False, allow_blank=True, max_length=5000,
                                   help_text="Why the dimension was not assessed.")
    evidence = serializers.CharField(required=False, allow_blank=True, max_length=20000,
                                     help_text="What the candidate said or did that supports the score.")


class ScorecardSerializer(serializers.ModelSerializer):
    interviewer = PersonSerializer(read_only=True)
    loop = serializers.IntegerField(source="interview.loop_id", read_only=True)
    candidate = serializers.CharField(source="interview.loop.candidate.name", read_only=True)
    interview_title = serializers.CharField(source="interview.title", read_only=True)
    scores = ScoreSerializer(many=True, read_only=True)

    class Meta:
        model = Scorecard
        fields = ["id", "interview", "interview_title", "loop", "candidate", "interviewer", "status", "version",
                  "recommendation", "summary", "scores", "submitted_at", "created_at", "updated_at"]


class ScorecardCreateSerializer(serializers.Serializer):
    interview = serializers.PrimaryKeyRelatedField(queryset=Interview.objects.all())


class ScorecardWriteSerializer(serializers.Serializer):
    scores = ScoreSerializer(many=True, required=False)
    recommendation = serializers.ChoiceField(choices=Recommendation.choices, required=False, allow_blank=True)
    summary = serializers.CharField(required=False, allow_blank=True, max_length=20000)

    def service_values(self) -> dict:
        data = self.validated_data
        values = {}
        if "scores" in data:
            values["scores"] = [
                {"dimension": item["dimension"]["slug"], "score": item.get("score"),
                 "not_assessed": item.get("not_assessed", False),
                 "reason": item.get("not_assessed_reason", ""), "evidence": item.get("evidence", "")}
                for item in data["scores"]
            ]
        for name in ("recommendation", "summary"):
            if name in data:
                values[name] = data[name]
        return values


class AmendSerializer(ScorecardWriteSerializer):
    reason = serializers.CharField(max_length=5000, help_text="Why the submitted scorecard is being corrected.")


class ScorecardVersionSerializer(serializers.ModelSerializer):
    created_by = serializers.SlugRelatedField(slug_field="username", read_only=True)
    snapshot = serializers.JSONField(read_only=True)

    class Meta:
        model = ScorecardVersion
        fields = ["version", "snapshot", "reason", "created_by", "created_at"]


class AuditEventSerializer(serializers.ModelSerializer):
    actor = serializers.SlugRelatedField(slug_field="username", read_only=True)
    before = serializers.JSONField(read_only=True, allow_null=True)
    after = serializers.JSONField(read_only=True, allow_null=True)

    class Meta:
        model = AuditEvent
        fields = ["id", "actor", "action", "object_type", "object_id", "before", "after", "reason", "created_at"]


class InvitationLogSerializer(serializers.ModelSerializer):
    class Meta:
        model = InvitationLog
        fields = ["id", "interview", "recipient_name", "recipient_email", "sequence", "method", "created_at",
                  "sent_at", "attempts", "last_error"]


class KitCaseStudySerializer(serializers.ModelSerializer):
    class Meta:
        model = CaseStudy
        fields = ["slug", "title", "kind", "duration_minutes", "scenario", "asks", "listen_for", "red_flags"]


class KitRubricSerializer(serializers.Serializer):
    dimension = serializers.CharField(source="dimension.slug")
    name = serializers.CharField(source="dimension.name")
    description = serializers.CharField(source="dimension.description")
    rubric_version = serializers.IntegerField(source="rubric.version", allow_null=True)
    anchors = serializers.SerializerMethodField()

    def get_anchors(self, obj) -> dict[str, str]:
        rubric = obj["rubric"]
        return {str(level): text for level, text in rubric.anchors.items()} if rubric else {}


class KitSerializer(serializers.Serializer):
    interview = InterviewSerializer()
    candidate = serializers.CharField(source="candidate.name")
    blueprint = serializers.CharField(source="loop.blueprint.slug")
    case_study = KitCaseStudySerializer(allow_null=True)
    dimensions = KitRubricSerializer(many=True)
    takehome_report = serializers.JSONField(allow_null=True,
                                            help_text="The candidate's take-home report, or null when there is none.")
