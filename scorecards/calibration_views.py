"""Hiring managers' pages: candidates side by side, interviewer calibration, debriefs, adverse impact."""
from __future__ import annotations

from functools import wraps

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from hiring.models import RoleBlueprint

from . import calibration_selectors as sel
from . import charts
from .calibration_services import calibration_recompute, hiring_decision_record
from .models import Decision


def allowed(check):
    """A view decorator: signed in, and `check(user)` true, else 403."""

    def decorator(view):
        @login_required
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not check(request.user):
                raise PermissionDenied("Your role does not allow this page.")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator


def _context(request, blueprint: RoleBlueprint | None = None, **extra) -> dict:
    return {
        "blueprint": blueprint,
        "may_calibrate": sel.may_view_calibration(request.user),
        "may_view_adverse_impact": sel.may_view_adverse_impact(request.user),
        **extra,
    }


@allowed(sel.may_view_side_by_side)
def calibration_index(request):
    rows = [(bp, sel.calibration_run_latest(blueprint=bp)) for bp in sel.calibration_blueprints()]
    return render(request, "scorecards/calibration/index.html", _context(request, rows=rows))


@allowed(sel.may_view_side_by_side)
def calibration_candidates(request, slug):
    blueprint = get_object_or_404(RoleBlueprint, slug=slug)
    run = sel.calibration_run_latest(blueprint=blueprint, ok_only=True)
    table = sel.side_by_side(blueprint=blueprint, run=run)
    chart = None
    if run:
        rows = [{"label": r["name"], "key": r["candidate"], "value": r.get("adjusted_mean"), "low": r.get("ci_low"),
                 "high": r.get("ci_high"), "marker": r.get("raw_mean")} for r in table["rows"] if "rank" in r]
        chart = mark_safe(charts.interval_chart(
            rows, lo=run.result["model"]["scale_min"], hi=run.result["model"]["scale_max"],
            title="Adjusted mean score with 95% interval (dot) and raw mean (diamond)", value_label="adjusted mean"))
    return render(request, "scorecards/calibration/candidates.html", _context(
        request, blueprint, run=run, latest=sel.calibration_run_latest(blueprint=blueprint), table=table,
        chart=chart))


FLAG_TONES = {"harsh": "warn", "lenient": "warn", "halo": "bad", "low-variance": "warn", "few-scores": "",
              "drift": "warn"}


@allowed(sel.may_view_calibration)
def calibration_interviewers(request, slug):
    blueprint = get_object_or_404(RoleBlueprint, slug=slug)
    run = sel.calibration_run_latest(blueprint=blueprint, ok_only=True)
    forest, people = None, []
    if run:
        result = run.result
        span = result["model"]["scale_max"] - result["model"]["scale_min"]
        rows = []
        for entry in result["interviewers"]:
            tone = "bad" if entry["flags"] and any(f in ("harsh", "lenient") for f in entry["flags"]) else None
            rows.append({"label": entry.get("name", entry["interviewer"]), "key": entry["interviewer"],
                         "value": entry["severity"], "low": entry["ci_low"], "high": entry["ci_high"], "tone": tone})
            people.append({
                **entry,
                "flag_tags": [(f, FLAG_TONES.get(f, "warn")) for f in entry["flags"]],
                "histogram": mark_safe(charts.histogram(
                    {int(k): v for k, v in entry.get("score_counts", {}).items()},
                    title=f"Scores given by {entry.get('name', entry['interviewer'])}")),
            })
        limit = max(1.0, span / 4)
        forest = mark_safe(charts.interval_chart(
            rows, lo=-limit, hi=limit, zero=0.0, css_class="interval-chart forest",
            title="Interviewer severity with 95% interval (+ harsh, − lenient, in scale points)",
            value_label="severity"))
    return render(request, "scorecards/calibration/interviewers.html", _context(
        request, blueprint, run=run, latest=sel.calibration_run_latest(blueprint=blueprint), forest=forest,
        people=people))


@require_POST
@allowed(sel.may_view_calibration)
def calibration_recompute_view(request, slug):
    blueprint = get_object_or_404(RoleBlueprint, slug=slug)
    run, created = calibration_recompute(blueprint=blueprint)
    if not created:
        messages.info(request, "No scorecard has changed since the latest calibration; it stands.")
    elif run.is_ok:
        messages.success(request, f"Recalibrated from {run.n_scores} scores.")
    else:
        messages.error(request, run.message)
    return redirect("calibration-interviewers", slug=blueprint.slug)


@allowed(sel.may_view_calibration)
def calibration_export(request, slug):
    blueprint = get_object_or_404(RoleBlueprint, slug=slug)
    response = HttpResponse(sel.calibration_export_csv(blueprint=blueprint), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="calibration-{blueprint.slug}.csv"'
    return response


@allowed(sel.may_view_adverse_impact)
def adverse_impact_page(request, slug):
    blueprint = get_object_or_404(RoleBlueprint, slug=slug)
    result = sel.adverse_impact_report(blueprint=blueprint)
    return render(request, "scorecards/calibration/adverse_impact.html", _context(request, blueprint, result=result))


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=Decision.choices, widget=forms.RadioSelect)
    rationale = forms.CharField(widget=forms.Textarea(attrs={"rows": 5}), required=False,
                                help_text="Required: why, in the light of the evidence and the calibrated figures.")


@allowed(sel.may_view_calibration)
def debrief(request, pk):
    loop = get_object_or_404(sel.loop_queryset(), pk=pk)
    form = DecisionForm(request.POST or None)
    if request.method == "POST":
        if not sel.may_decide(request.user):
            raise PermissionDenied("Your role does not allow recording decisions.")
        if form.is_valid():
            try:
                hiring_decision_record(loop=loop, by=request.user, decision=form.cleaned_data["decision"],
                                       rationale=form.cleaned_data["rationale"])
            except ValidationError as exc:
                for field, errors in (exc.message_dict.items() if hasattr(exc, "error_dict")
                                      else [(None, exc.messages)]):
                    for error in errors:
                        form.add_error(field if field in form.fields else None, error)
            else:
                messages.success(request, "Decision recorded.")
                return redirect("calibration-debrief", pk=loop.pk)
    run = sel.calibration_run_latest(blueprint=loop.blueprint, ok_only=True)
    figures = sel.candidate_figures(run=run, candidate_id=loop.candidate_id)
    chart = None
    if figures:
        chart = mark_safe(charts.interval_chart(
            [{"label": loop.candidate.name, "value": figures["adjusted_mean"], "low": figures["ci_low"],
              "high": figures["ci_high"], "marker": figures["raw_mean"]}],
            lo=run.result["model"]["scale_min"], hi=run.result["model"]["scale_max"],
            title="Adjusted mean with 95% interval (dot) and raw mean (diamond)", value_label="adjusted mean"))
    return render(request, "scorecards/calibration/debrief.html", _context(
        request, loop.blueprint, loop=loop, scorecards=sel.debrief_scorecards(loop=loop), run=run,
        figures=figures, chart=chart, n_candidates=len(run.result["candidates"]) if run else 0,
        decisions=sel.decision_list(loop=loop), form=form, may_decide=sel.may_decide(request.user)))
