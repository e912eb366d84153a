from django import forms
from django.core.exceptions import ValidationError

from cases.models import CaseStudy
from hiring.models import Dimension, Role, RoleBlueprint, User

from .models import Candidate, Recommendation


class LoopForm(forms.Form):
    candidate = forms.ModelChoiceField(queryset=Candidate.objects.order_by("name"), required=False,
                                       help_text="An existing candidate, or fill in a new one below.")
    name = forms.CharField(max_length=200, required=False, label="New candidate's name")
    email = forms.EmailField(required=False, label="New candidate's email")
    external_id = forms.CharField(max_length=100, required=False, label="External id (optional)")
    blueprint = forms.ModelChoiceField(queryset=RoleBlueprint.objects.order_by("title"))
    notes = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)

    def clean(self):
        data = super().clean()
        if not data.get("candidate") and not (data.get("name") and data.get("email")):
            raise ValidationError("Choose a candidate, or give a new candidate's name and email.")
        return data


class DateTimeLocal(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self):
        super().__init__(format="%Y-%m-%dT%H:%M")


class InterviewForm(forms.Form):
    title = forms.CharField(max_length=200)
    case_study = forms.ModelChoiceField(queryset=CaseStudy.objects.none(), required=False)
    dimensions = forms.ModelMultipleChoiceField(queryset=Dimension.objects.none(), required=False,
                                                widget=forms.CheckboxSelectMultiple)
    interviewers = forms.ModelMultipleChoiceField(queryset=User.objects.none(), widget=forms.CheckboxSelectMultiple)
    starts_at = forms.DateTimeField(widget=DateTimeLocal(), label="Starts (UTC)")
    ends_at = forms.DateTimeField(widget=DateTimeLocal(), label="Ends (UTC)")
    location = forms.CharField(max_length=300, required=False, label="Room or place")
    video_link = forms.URLField(max_length=500, required=False)

    def __init__(self, *args, blueprint: RoleBlueprint, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["case_study"].queryset = CaseStudy.objects.filter(blueprint=blueprint).order_by("title")
        self.fields["dimensions"].queryset = Dimension.objects.filter(blueprint=blueprint).order_by("position")
        self.fields["interviewers"].queryset = User.objects.filter(
            is_active=True, groups__name=Role.INTERVIEWER).distinct().order_by("display_name", "username")


def scorecard_values_from_post(post, *, dimensions: list[Dimension]) -> dict:
    """The scorecard form's fields (`score-<slug>` = 1..5 or "na", `evidence-<slug>`, `reason-<slug>`) as the
    services' scores list."""
    scores = []
    for dim in dimensions:
        raw = post.get(f"score-{dim.slug}", "")
        entry = {"dimension": dim.slug, "evidence": post.get(f"evidence-{dim.slug}", ""),
                 "reason": post.get(f"reason-{dim.slug}", ""), "score": None, "not_assessed": raw == "na"}
        if raw not in ("", "na"):
            entry["score"] = int(raw) if raw.isdigit() else -1
        scores.append(entry)
    recommendation = post.get("recommendation", "")
    return {"scores": scores, "recommendation": recommendation if recommendation in Recommendation.values else "",
            "summary": post.get("summary", "")}
