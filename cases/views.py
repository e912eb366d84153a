"""Take-home pages: staff (invite, submissions, reports, re-grade) and the candidate's own pages by link."""
from __future__ import annotations

from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from hiring.models import Role
from scorecards.models import Candidate

from . import selectors
from .grading import services, storage
from .takehome.tasks import UnknownTask
from .models import Submission, SubmissionStatus, TakeHomeTask

INVITERS = (Role.RECRUITER, Role.ADMIN)
REGRADERS = (Role.ADMIN, Role.HIRING_MANAGER, Role.RECRUITER)


def role_required(*roles):
    def decorate(view):
        @wraps(view)
        @login_required
        def wrapped(request, *args, **kwargs):
            if not request.user.has_role(*roles):
                raise PermissionDenied("Your role does not allow this.")
            return view(request, *args, **kwargs)
        return wrapped
    return decorate


# --- staff -------------------------------------------------------------------------------------

class InviteForm(forms.Form):
    task = forms.ModelChoiceField(queryset=TakeHomeTask.objects.order_by("slug"), to_field_name="slug")
    candidate = forms.ModelChoiceField(queryset=Candidate.objects.order_by("name"), required=False,
                                       empty_label="— a new candidate —")
    name = forms.CharField(max_length=200, required=False, help_text="For a new candidate.")
    email = forms.EmailField(required=False, help_text="For a new candidate; the link is sent here.")

    def clean(self):
        data = super().clean()
        if not data.get("candidate") and not (data.get("name") and data.get("email")):
            raise forms.ValidationError("Choose a candidate, or give the name and email of a new one.")
        return data


@role_required(*INVITERS)
def invite(request):
    form = InviteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        candidate = form.cleaned_data["candidate"]
        if candidate is None:
            from scorecards.services import candidate_create

            candidate = candidate_create(name=form.cleaned_data["name"], email=form.cleaned_data["email"])
        invitation = services.invitation_create(task=form.cleaned_data["task"], candidate=candidate, by=request.user)
        messages.success(request, f"Invited {candidate.name} to {invitation.task.title}; the link was emailed to "
                                  f"{candidate.email}.")
        return redirect("takehome-invite")
    return render(request, "cases/invite.html", {
        "form": form,
        "invitations": [(inv, services.invitation_link(invitation=inv), services.invitation_state(invitation=inv))
                        for inv in selectors.invitation_list()[:50]],
    }, status=400 if form.errors else 200)


@role_required(*Role.values)
def submission_list(request):
    filters = {"status": request.GET.get("status") or "", "task": request.GET.get("task") or ""}
    if filters["status"] not in SubmissionStatus.values:
        filters["status"] = ""
    page = Paginator(selectors.submission_list(filters=filters), 25).get_page(request.GET.get("page"))
    return render(request, "cases/submission_list.html", {
        "page": page, "filters": filters, "statuses": SubmissionStatus.choices, "tasks": selectors.takehome_task_list(),
        "query": "&".join(f"{k}={v}" for k, v in filters.items() if v),
    })


@role_required(*Role.values)
def report(request, pk):
    submission = get_object_or_404(selectors.submission_list().select_related("task__case_study"), pk=pk)
    return render(request, "cases/report.html", {
        "submission": submission, "report": selectors.submission_report(submission=submission),
        "progress": selectors.submission_progress(submission=submission), "runs": submission.runs.all(),
        "can_regrade": request.user.has_role(*REGRADERS),
    })


@require_POST
@role_required(*REGRADERS)
def regrade(request, pk):
    submission = get_object_or_404(Submission, pk=pk)
    try:
        services.submission_regrade(submission=submission, by=request.user)
    except services.SubmissionRefused as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"Submission {submission.pk} is queued for a new grading.")
    return redirect("takehome-report", pk=submission.pk)


# --- the candidate, by link --------------------------------------------------------------------

class UploadForm(forms.Form):
    code = forms.FileField(required=False, label="Your code (.py, .ipynb or .zip with main.py)")
    predictions = forms.FileField(required=False, label="predictions.csv")
    memo = forms.FileField(required=False, label="Memo (.md)")
    metrics = forms.FileField(required=False, label="Claimed metrics (metrics.json, optional)")


def _invitation(token):
    invitation = selectors.invitation_by_token(token=token)
    if invitation is None:
        raise Http404("No take-home invitation has this link.")
    return invitation


def _landing(request, invitation, *, form=None, status=200):
    state = services.invitation_state(invitation=invitation)
    if state == "expired":
        return render(request, "cases/candidate_expired.html", {"invitation": invitation}, status=410)
    return render(request, "cases/candidate.html", {
        "invitation": invitation, "task": invitation.task, "state": state, "form": form or UploadForm(),
        "submissions": invitation.submissions.order_by("submitted_at"),
        "used": services.submission_count(candidate=invitation.candidate, task=invitation.task),
    }, status=status)


def candidate(request, token):
    return _landing(request, _invitation(token))


@require_POST
def candidate_start(request, token):
    invitation = _invitation(token)
    try:
        services.invitation_start(invitation=invitation)
    except services.SubmissionRefused:
        pass  # the landing page explains an expired link
    return redirect("takehome-candidate", token=token)


def candidate_bundle(request, token):
    invitation = _invitation(token)
    if invitation.started_at is None:
        try:
            services.invitation_start(invitation=invitation)  # the data is part of the time box
        except services.SubmissionRefused:
            return _landing(request, invitation)
    try:
        spec = services.takehome_spec(task=invitation.task)
    except UnknownTask:
        raise Http404("This task is no longer offered.") from None
    return FileResponse(open(storage.bundle_zip(spec=spec), "rb"), as_attachment=True, filename=f"{spec.slug}.zip",
                        content_type="application/zip")


@require_POST
def candidate_submit(request, token):
    invitation = _invitation(token)
    form = UploadForm(request.POST, request.FILES)
    form.is_valid()
    try:
        submission = services.submission_create(invitation=invitation, uploads={
            field: request.FILES.get(field) for field in services.UPLOAD_FIELDS})
    except services.SubmissionRefused as exc:
        form.add_error(exc.field if exc.field in form.fields else None, exc.message)
        return _landing(request, invitation, form=form, status=exc.status)
    return redirect("takehome-receipt", token=token, pk=submission.pk)


def candidate_receipt(request, token, pk):
    invitation = _invitation(token)
    submission = get_object_or_404(invitation.submissions.all(), pk=pk)
    return render(request, "cases/receipt.html", {
        "invitation": invitation, "submission": submission,
        "progress": selectors.submission_progress(submission=submission),
    })
