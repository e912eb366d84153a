from rest_framework import serializers

from cases.grading.services import invitation_link, invitation_state
from cases.models import GradingRun, Invitation, Submission, SubmissionStatus, TakeHomeTask
from scorecards.models import Candidate


def running_stage(submission) -> str:
    """The stage the running grading is in ("" when none runs); reads prefetched runs."""
    return next((run.stage for run in submission.runs.all() if run.status == "running"), "")


class TakeHomeTaskSerializer(serializers.ModelSerializer):
    case_study = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    blueprint = serializers.CharField(source="case_study.blueprint.slug", read_only=True)

    class Meta:
        model = TakeHomeTask
        fields = ["slug", "title", "case_study", "blueprint", "brief", "time_box_minutes", "link_valid_days",
                  "max_submissions", "metric", "context", "dimensions", "honest_ceiling", "claim_tolerance",
                  "rerun_bounds", "updated_at"]


class CandidateBriefSerializer(serializers.ModelSerializer):
    class Meta:
        model = Candidate
        fields = ["id", "name", "email"]


class InvitationSerializer(serializers.ModelSerializer):
    task = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    candidate = CandidateBriefSerializer(read_only=True)
    invited_by = serializers.StringRelatedField(read_only=True)
    state = serializers.SerializerMethodField()
    link = serializers.SerializerMethodField()
    submissions = serializers.IntegerField(source="submissions.count", read_only=True)

    class Meta:
        model = Invitation
        fields = ["id", "task", "candidate", "invited_by", "state", "link", "created_at", "expires_at",
                  "started_at", "deadline_at", "email_sent_at", "submissions"]

    def get_state(self, obj) -> str:
        return invitation_state(invitation=obj)

    def get_link(self, obj) -> str:
        return invitation_link(invitation=obj)


class InvitationCreateSerializer(serializers.Serializer):
    task = serializers.SlugRelatedField(slug_field="slug", queryset=TakeHomeTask.objects.all())
    candidate = serializers.PrimaryKeyRelatedField(queryset=Candidate.objects.all())
    send_email = serializers.BooleanField(default=True)


class FileReceiptSerializer(serializers.Serializer):
    name = serializers.CharField()
    size = serializers.IntegerField()
    sha256 = serializers.CharField()


class FilesSerializer(serializers.Serializer):
    code = FileReceiptSerializer()
    predictions = FileReceiptSerializer()
    memo = FileReceiptSerializer()
    metrics = FileReceiptSerializer(required=False)


class GradingRunSerializer(serializers.ModelSerializer):
    requested_by = serializers.StringRelatedField(read_only=True)

    class Meta:
        model = GradingRun
        fields = ["id", "reason", "requested_by", "status", "stage", "stages_done", "attempts", "requeues",
                  "created_at", "started_at", "heartbeat_at", "finished_at", "failure_reason", "timings"]


class SubmissionSerializer(serializers.ModelSerializer):
    task = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    candidate = CandidateBriefSerializer(read_only=True)
    files = FilesSerializer(read_only=True)
    stage = serializers.SerializerMethodField()

    class Meta:
        model = Submission
        fields = ["id", "task", "candidate", "invitation", "status", "stage", "failure_reason", "submitted_at",
                  "graded_at", "files", "fingerprint", "suggested_scores"]

    def get_stage(self, obj) -> str:
        return running_stage(obj)


class SubmissionDetailSerializer(SubmissionSerializer):
    runs = GradingRunSerializer(many=True, read_only=True)

    class Meta(SubmissionSerializer.Meta):
        fields = SubmissionSerializer.Meta.fields + ["metrics", "runs"]


class DimensionReportSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()
    suggested_score = serializers.IntegerField(allow_null=True, min_value=1, max_value=5)
    rule = serializers.CharField()
    codes = serializers.ListField(child=serializers.CharField())
    findings = serializers.ListField(child=serializers.DictField())


class ReportSerializer(serializers.Serializer):
    submission_id = serializers.IntegerField()
    task = serializers.CharField()
    task_title = serializers.CharField()
    status = serializers.ChoiceField(choices=SubmissionStatus.choices)
    submitted_at = serializers.DateTimeField()
    graded_at = serializers.DateTimeField(allow_null=True)
    metrics = serializers.DictField(child=serializers.DictField(), help_text="name: {value, ci_low, ci_high}")
    claimed_metrics = serializers.DictField(child=serializers.FloatField())
    suggested_scores = serializers.DictField(child=serializers.IntegerField(allow_null=True),
                                             help_text="Machine-suggested 1-5 per dimension; the grader decides.")
    machine_suggested = serializers.BooleanField()
    dimensions = DimensionReportSerializer(many=True)
    findings = serializers.ListField(child=serializers.DictField())
    rerun = serializers.DictField(allow_null=True)
    url = serializers.CharField()


# --- the candidate's side (keyed by the invitation token) ----------------------------------------------

class CandidateTaskSerializer(serializers.ModelSerializer):
    class Meta:
        model = TakeHomeTask
        fields = ["slug", "title", "brief", "time_box_minutes", "max_submissions"]


class ReceiptSerializer(serializers.ModelSerializer):
    files = FilesSerializer(read_only=True)
    stage = serializers.SerializerMethodField()

    class Meta:
        model = Submission
        fields = ["id", "status", "stage", "failure_reason", "submitted_at", "graded_at", "files", "fingerprint"]

    def get_stage(self, obj) -> str:
        return running_stage(obj)


class CandidateInvitationSerializer(serializers.ModelSerializer):
    task = CandidateTaskSerializer(read_only=True)
    candidate_name = serializers.CharField(source="candidate.name", read_only=True)
    state = serializers.SerializerMethodField()
    submissions = ReceiptSerializer(many=True, read_only=True)

    class Meta:
        model = Invitation
        fields = ["task", "candidate_name", "state", "expires_at", "started_at", "deadline_at", "submissions"]

    def get_state(self, obj) -> str:
        return invitation_state(invitation=obj)


class UploadSerializer(serializers.Serializer):
    code = serializers.FileField(help_text="One .py script, one .ipynb notebook, or a .zip with main.py.")
    predictions = serializers.FileField(help_text="predictions.csv: the id column and `prediction`.")
    memo = serializers.FileField(help_text="The memo, markdown (.md).")
    metrics = serializers.FileField(required=False, help_text='Optional claimed metrics, JSON: {"roc_auc": 0.8}.')
