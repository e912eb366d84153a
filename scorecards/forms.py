import zoneinfo
from datetime import datetime
from datetime import timezone as dt_timezone

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from cases.models import CaseStudy
from hiring.models import Dimension, Role, RoleBlueprint, User

from .models import Candidate, Recommendation, time_zone_names


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
    starts_at = forms.DateTimeField(widget=DateTimeLocal(), label="Starts",
                                    help_text="On the clock of the time zone below.")
    ends_at = forms.DateTimeField(widget=DateTimeLocal(), label="Ends")
    time_zone = forms.ChoiceField(choices=(), required=False, label="Time zone",
                                  help_text="The times above are in this zone; pages show them in it too.")
    location = forms.CharField(max_length=300, required=False, label="Room or place")
    video_link = forms.URLField(max_length=500, required=False)

    def __init__(self, *args, blueprint: RoleBlueprint, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["case_study"].queryset = CaseStudy.objects.filter(blueprint=blueprint).order_by("title")
        self.fields["dimensions"].queryset = Dimension.objects.filter(blueprint=blueprint).order_by("position")
        self.fields["interviewers"].queryset = User.objects.filter(
            is_active=True, groups__name=Role.INTERVIEWER).distinct().order_by("display_name", "username")
        self.fields["time_zone"].choices = [(name, name) for name in time_zone_names()]
        if not self.initial.get("time_zone"):
            self.initial["time_zone"] = settings.TIME_ZONE

    @staticmethod
    def as_wall_clock(value: datetime, zone_name: str) -> datetime:
        """A stored (aware) time as the naive wall-clock time the form shows for `zone_name`."""
        return value.astimezone(zoneinfo.ZoneInfo(zone_name)).replace(tzinfo=None)

    def clean_time_zone(self) -> str:
        return self.cleaned_data.get("time_zone") or settings.TIME_ZONE

    def clean(self):
        """Read the entered times on the chosen zone's clock; a time the clock skips (a daylight-saving gap)
        is refused rather than guessed. A time the clock shows twice is taken as its first occurrence."""
        data = super().clean()
        name = data.get("time_zone")
        if not name:
            return data
        zone = zoneinfo.ZoneInfo(name)
        for field in ("starts_at", "ends_at"):
            value = data.get(field)
            if value is None:
                continue
            # The field read the text on the server's clock; take the same wall-clock reading in `zone`.
            wall = timezone.make_naive(value) if timezone.is_aware(value) else value
            aware = wall.replace(tzinfo=zone, fold=0)
            if aware.astimezone(dt_timezone.utc).astimezone(zone).replace(tzinfo=None) != wall:
                self.add_error(field, f"{wall:%Y-%m-%d %H:%M} does not exist in {name} (the clocks skip it "
                                      "for daylight saving); choose another time.")
                continue
            data[field] = aware.astimezone(dt_timezone.utc)
        return data


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
