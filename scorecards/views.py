"""Pages for loops (recruiters), interview kits and scorecards (interviewers), with the same visibility as the API."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from hiring.models import Role

from . import selectors, services
from .api.views import csv_response
from .forms import InterviewForm, LoopForm, scorecard_values_from_post
from .models import LoopStatus, Recommendation, Scorecard
from .services.loops import TRANSITIONS


def _editor(request):
    if not request.user.has_role(*selectors.LOOP_EDITORS):
        raise PermissionDenied("Only recruiters and admins build loops.")


def _errors(exc: ValidationError) -> list[str]:
    if hasattr(exc, "error_dict"):
        return [f"{'' if field == '__all__' else field + ': '}{message}"
                for field, items in exc.message_dict.items() for message in items]
    return exc.messages


def _form_errors(form, exc: ValidationError) -> None:
    for message in _errors(exc):
        form.add_error(None, message)


@login_required
def loop_list(request):
    return render(request, "scorecards/loop_list.html", {
        "loops": selectors.loop_list(user=request.user),
        "can_edit": request.user.has_role(*selectors.LOOP_EDITORS),
    })


@login_required
def loop_create(request):
    _editor(request)
    form = LoopForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            candidate = data["candidate"] or services.candidate_create(
                name=data["name"], email=data["email"], external_id=data["external_id"])
            loop = services.loop_create(candidate=candidate, blueprint=data["blueprint"], by=request.user,
                                        notes=data["notes"])
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, f"Draft loop for {candidate.name} created; add its interviews.")
            return redirect("scorecards:loop-detail", loop.pk)
    return render(request, "scorecards/loop_form.html", {"form": form})


def _loop_for(request, pk):
    return get_object_or_404(selectors.loop_detail_queryset(user=request.user), pk=pk)


@login_required
def loop_detail(request, pk):
    loop = _loop_for(request, pk)
    return render(request, "scorecards/loop_detail.html", {
        "loop": loop,
        "warnings": selectors.loop_warnings(loop=loop),
        "scorecards": selectors.scorecard_list(user=request.user).filter(interview__loop=loop),
        "can_edit": request.user.has_role(*selectors.LOOP_EDITORS),
        "transitions": [LoopStatus(status) for status in sorted(TRANSITIONS[loop.status])],
        "my_interviews": set(loop.interviews.filter(interviewers=request.user).values_list("pk", flat=True)),
        "sees_everything": selectors.sees_everything(request.user),
    })


@login_required
@require_POST
def loop_transition(request, pk):
    _editor(request)
    loop = _loop_for(request, pk)
    status = request.POST.get("status", "")
    if status not in LoopStatus.values:
        messages.error(request, "Unknown status.")
    else:
        try:
            services.loop_transition(loop=loop, status=status, by=request.user)
            messages.success(request, f"Loop is now {LoopStatus(status).label.lower()}.")
        except ValidationError as exc:
            for message in _errors(exc):
                messages.error(request, message)
    return redirect("scorecards:loop-detail", loop.pk)


@login_required
def loop_export(request, pk):
    return csv_response(loop=_loop_for(request, pk), user=request.user)


def _interview_form_values(data: dict) -> dict:
    names = ("title", "case_study", "starts_at", "ends_at", "location", "video_link", "time_zone")
    return {name: data[name] for name in names} | {
        "dimensions": list(data["dimensions"]), "interviewers": list(data["interviewers"])}


@login_required
def interview_create(request, pk):
    _editor(request)
    loop = _loop_for(request, pk)
    form = InterviewForm(request.POST or None, blueprint=loop.blueprint)
    if request.method == "POST" and form.is_valid():
        try:
            services.interview_create(loop=loop, values=_interview_form_values(form.cleaned_data), by=request.user)
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, "Interview added.")
            return redirect("scorecards:loop-detail", loop.pk)
    return render(request, "scorecards/interview_form.html", {"form": form, "loop": loop, "interview": None})


def _interview_for(request, pk):
    return get_object_or_404(selectors.interview_list(user=request.user), pk=pk)


@login_required
def interview_edit(request, pk):
    _editor(request)
    interview = _interview_for(request, pk)
    zone = interview.time_zone
    initial = {"title": interview.title, "case_study": interview.case_study,
               "starts_at": InterviewForm.as_wall_clock(interview.starts_at, zone),
               "ends_at": InterviewForm.as_wall_clock(interview.ends_at, zone), "time_zone": zone,
               "location": interview.location, "video_link": interview.video_link,
               "dimensions": list(interview.dimensions.all()), "interviewers": list(interview.interviewers.all())}
    form = InterviewForm(request.POST or None, initial=initial, blueprint=interview.loop.blueprint)
    if request.method == "POST" and form.is_valid():
        try:
            services.interview_update(interview=interview, values=_interview_form_values(form.cleaned_data),
                                      by=request.user)
        except ValidationError as exc:
            _form_errors(form, exc)
        else:
            messages.success(request, "Interview updated; attendees were sent the change.")
            return redirect("scorecards:loop-detail", interview.loop_id)
    return render(request, "scorecards/interview_form.html",
                  {"form": form, "loop": interview.loop, "interview": interview})


@login_required
@require_POST
def interview_cancel(request, pk):
    _editor(request)
    interview = _interview_for(request, pk)
    try:
        services.interview_cancel(interview=interview, by=request.user)
        messages.success(request, f"“{interview.title}” cancelled.")
    except ValidationError as exc:
        for message in _errors(exc):
            messages.error(request, message)
    return redirect("scorecards:loop-detail", interview.loop_id)


def _score_rows(dimensions: list[dict], scorecard: Scorecard | None, post=None) -> list[dict]:
    """Each assessed dimension with its rubric and the value to show in the form (posted, else saved)."""
    saved = {s.dimension_id: s for s in scorecard.scores.all()} if scorecard else {}
    rows = []
    for item in dimensions:
        dim = item["dimension"]
        score = saved.get(dim.pk)
        if post is not None:
            value, evidence, reason = (post.get(f"score-{dim.slug}", ""), post.get(f"evidence-{dim.slug}", ""),
                                       post.get(f"reason-{dim.slug}", ""))
        elif score is not None:
            value = "na" if score.not_assessed else ("" if score.score is None else str(score.score))
            evidence, reason = score.evidence, score.not_assessed_reason
        else:
            value, evidence, reason = "", "", ""
        rows.append({**item, "value": value, "evidence": evidence, "reason": reason})
    return rows


@login_required
def interview_kit(request, pk):
    interview = _interview_for(request, pk)
    kit = selectors.interview_kit(interview=interview)
    on_panel = interview.interviewers.filter(pk=request.user.pk).exists()
    scorecard = Scorecard.objects.filter(interview=interview, interviewer=request.user).first()
    post = None
    if request.method == "POST":
        if not on_panel:
            raise PermissionDenied("Only the interviewers on this interview score it.")
        post = request.POST
        intent = post.get("intent", "draft")
        dimensions = [item["dimension"] for item in kit["dimensions"]]
        values = scorecard_values_from_post(post, dimensions=dimensions)
        try:
            scorecard = scorecard or services.scorecard_start(interview=interview, interviewer=request.user)
            if intent == "autosave":
                # The page saves the draft as the interviewer types; it answers with JSON, not a redirect.
                services.scorecard_save_draft(scorecard=scorecard, by=request.user, **values)
                scorecard.refresh_from_db(fields=["updated_at"])
                return JsonResponse({"status": "saved", "saved_at": scorecard.updated_at.isoformat()})
            if intent == "submit":
                services.scorecard_submit(scorecard=scorecard, by=request.user, **values)
                messages.success(request, "Scorecard submitted. The other interviewers' scorecards are now "
                                          "visible to you once they submit theirs.")
                return redirect("scorecards:scorecard-detail", scorecard.pk)
            services.scorecard_save_draft(scorecard=scorecard, by=request.user, **values)
            messages.success(request, "Draft saved.")
            return redirect("scorecards:kit", interview.pk)
        except ValidationError as exc:
            if intent == "autosave":
                return JsonResponse({"status": "error", "errors": _errors(exc)}, status=400)
            for message in _errors(exc):
                messages.error(request, message)
    return render(request, "scorecards/kit.html", {
        **kit, "on_panel": on_panel, "scorecard": scorecard,
        "rows": _score_rows(kit["dimensions"], scorecard, post),
        "recommendations": Recommendation.choices,
        "recommendation": post.get("recommendation", "") if post else (scorecard.recommendation if scorecard else ""),
        "summary": post.get("summary", "") if post else (scorecard.summary if scorecard else ""),
    })


@login_required
def scorecard_detail(request, pk):
    scorecard = get_object_or_404(selectors.scorecard_list(user=request.user), pk=pk)
    own = scorecard.interviewer_id == request.user.pk
    post = None
    if request.method == "POST":
        if not own or not request.user.has_role(Role.INTERVIEWER):
            raise Http404
        post = request.POST
        kit = selectors.interview_kit(interview=scorecard.interview)
        values = scorecard_values_from_post(post, dimensions=[item["dimension"] for item in kit["dimensions"]])
        try:
            services.scorecard_amend(scorecard=scorecard, by=request.user, reason=post.get("reason", ""), **values)
            messages.success(request, "Amendment recorded; the earlier version is kept.")
            return redirect("scorecards:scorecard-detail", scorecard.pk)
        except ValidationError as exc:
            for message in _errors(exc):
                messages.error(request, message)
    kit = selectors.interview_kit(interview=scorecard.interview)
    return render(request, "scorecards/scorecard_detail.html", {
        "scorecard": scorecard, "own": own, "kit": kit,
        "versions": selectors.scorecard_versions(scorecard=scorecard),
        "rows": _score_rows(kit["dimensions"], scorecard, post),
        "saved_rows": _score_rows(kit["dimensions"], scorecard),
        "recommendations": Recommendation.choices,
        "recommendation": post.get("recommendation", "") if post else scorecard.recommendation,
        "summary": post.get("summary", "") if post else scorecard.summary,
        "reason": post.get("reason", "") if post else "",
    })
