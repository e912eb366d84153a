"""Reads for calibration, debriefs, decisions and adverse impact.

Who may see what: calibration pages are for hiring managers and admins; recruiters see the
candidates side by side (and the debrief); interviewers see none of it. Adverse impact needs the
dedicated permission ``scorecards.view_adverse_impact`` whatever the role.
"""
from __future__ import annotations

from collections import defaultdict

import pandas as pd
from django.db.models import Prefetch, QuerySet

from cases.models import Submission, SubmissionStatus
from hiring.models import Dimension, Role, RoleBlueprint, User

from .models import (
    CalibrationRun,
    Candidate,
    DemographicRecord,
    DimensionScore,
    HiringDecision,
    Loop,
    LoopStatus,
    Recommendation,
    Scorecard,
    ScorecardStatus,
)

CALIBRATION_VIEWERS = (Role.HIRING_MANAGER, Role.ADMIN)
SIDE_BY_SIDE_VIEWERS = (Role.RECRUITER, Role.HIRING_MANAGER, Role.ADMIN)
DECIDERS = (Role.HIRING_MANAGER, Role.ADMIN)
ADVERSE_IMPACT_PERMISSION = "scorecards.view_adverse_impact"
SCORE_COLUMNS = ["candidate", "interviewer", "dimension", "score", "loop", "submitted_at"]
POSITIVE = (Recommendation.YES, Recommendation.STRONG_YES)
STAGES = [
    ("takehome", "Take-home passed",
     "Of the candidates who handed in a take-home for this role, those who went on to an interview loop."),
    ("onsite", "Onsite positive",
     "Of the candidates whose loop is complete, those whose submitted scorecards recommend hiring by a majority."),
    ("hire", "Hired",
     "Of the candidates with a final decision (hire or no hire), those hired."),
]


def may_view_calibration(user: User) -> bool:
    return user.is_authenticated and user.has_role(*CALIBRATION_VIEWERS)


def may_view_side_by_side(user: User) -> bool:
    return user.is_authenticated and user.has_role(*SIDE_BY_SIDE_VIEWERS)


def may_decide(user: User) -> bool:
    return user.is_authenticated and user.has_role(*DECIDERS)


def may_view_adverse_impact(user: User) -> bool:
    return user.is_authenticated and user.has_perm(ADVERSE_IMPACT_PERMISSION)


def calibration_blueprints() -> QuerySet[RoleBlueprint]:
    return RoleBlueprint.objects.order_by("title")


def _submitted_scores(*, blueprint: RoleBlueprint) -> QuerySet[DimensionScore]:
    return DimensionScore.objects.filter(
        scorecard__status=ScorecardStatus.SUBMITTED, scorecard__interview__loop__blueprint=blueprint,
    ).exclude(scorecard__interview__loop__status=LoopStatus.CANCELLED)


def calibration_provenance(*, blueprint: RoleBlueprint) -> list[list[int]]:
    """[scorecard id, version] of every submitted scorecard of the blueprint, sorted."""
    rows = Scorecard.objects.filter(
        status=ScorecardStatus.SUBMITTED, interview__loop__blueprint=blueprint,
    ).exclude(interview__loop__status=LoopStatus.CANCELLED).values_list("pk", "version")
    return sorted([int(pk), int(version)] for pk, version in rows)


def calibration_scores_frame(*, blueprint: RoleBlueprint) -> pd.DataFrame:
    """Submitted scores of a blueprint: candidate (id), interviewer (username), dimension (slug), score,
    loop (id), submitted_at. "Not assessed" entries are left out.

    An interviewer who scored the same candidate on the same dimension twice (two interviews, or two
    loops) counts once, with the most recently submitted score: the engine takes one judgement per
    interviewer, candidate and dimension.
    """
    rows = _submitted_scores(blueprint=blueprint).filter(not_assessed=False, score__isnull=False).values_list(
        "scorecard__interview__loop__candidate_id", "scorecard__interviewer__username", "dimension__slug",
        "score", "scorecard__interview__loop_id", "scorecard__submitted_at", "scorecard_id",
    )
    frame = pd.DataFrame(list(rows), columns=SCORE_COLUMNS + ["scorecard"])
    if frame.empty:
        return frame.loc[:, SCORE_COLUMNS]
    frame = frame.sort_values(["submitted_at", "scorecard"]).drop_duplicates(
        ["candidate", "interviewer", "dimension"], keep="last")
    frame["candidate"] = frame["candidate"].astype(str)
    frame["loop"] = frame["loop"].astype(str)
    frame["score"] = frame["score"].astype(float)
    return frame.loc[:, SCORE_COLUMNS].reset_index(drop=True)


def calibration_run_latest(*, blueprint: RoleBlueprint, ok_only: bool = False) -> CalibrationRun | None:
    runs = CalibrationRun.objects.filter(blueprint=blueprint)
    if ok_only:
        runs = runs.filter(status="ok")
    return runs.order_by("-created_at", "-pk").first()


def calibration_run_list(*, blueprint: RoleBlueprint) -> QuerySet[CalibrationRun]:
    return CalibrationRun.objects.filter(blueprint=blueprint).order_by("-created_at", "-pk")


def candidate_figures(*, run: CalibrationRun | None, candidate_id: int) -> dict | None:
    """The candidate's entry in a run's result, or None."""
    if run is None or not run.result:
        return None
    key = str(candidate_id)
    return next((dict(entry) for entry in run.result.get("candidates", []) if entry["candidate"] == key), None)


def candidate_names(*, ids) -> dict[str, str]:
    return {str(pk): name for pk, name in Candidate.objects.filter(pk__in=[int(i) for i in ids])
            .values_list("pk", "name")}


def interviewer_names(*, usernames) -> dict[str, str]:
    return {u.username: str(u) for u in User.objects.filter(username__in=list(usernames))}


def side_by_side(*, blueprint: RoleBlueprint, run: CalibrationRun | None) -> dict:
    """Per candidate: the run's figures, raw mean per dimension and who interviewed them."""
    dimensions = list(Dimension.objects.filter(blueprint=blueprint).order_by("position", "pk"))
    scores = _submitted_scores(blueprint=blueprint).filter(not_assessed=False, score__isnull=False).values_list(
        "scorecard__interview__loop__candidate_id", "dimension__slug", "score", "scorecard__interviewer_id")
    per_dim: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    panel: dict[str, set[int]] = defaultdict(set)
    for cand, dim, score, interviewer in scores:
        per_dim[str(cand)][dim].append(score)
        panel[str(cand)].add(interviewer)
    people = {u.pk: u for u in User.objects.filter(pk__in={i for s in panel.values() for i in s})}
    entries = (run.result or {}).get("candidates", []) if run else []
    names = candidate_names(ids=[e["candidate"] for e in entries] + list(per_dim))
    loops = {}
    for loop in Loop.objects.filter(blueprint=blueprint).order_by("created_at", "pk"):
        loops[str(loop.candidate_id)] = loop
    seen = set()
    rows = []
    for entry in entries + [{"candidate": c} for c in per_dim if c not in {e["candidate"] for e in entries}]:
        key = entry["candidate"]
        if key in seen:
            continue
        seen.add(key)
        rows.append({
            **entry,
            "name": names.get(key, key),
            "loop": loops.get(key),
            "dimension_means": [
                (sum(per_dim[key][d.slug]) / len(per_dim[key][d.slug])) if per_dim[key].get(d.slug) else None
                for d in dimensions
            ],
            "interviewers": sorted((str(people[i]) for i in panel.get(key, ())), key=str.lower),
        })
    return {"dimensions": dimensions, "rows": rows}


def debrief_scorecards(*, loop: Loop) -> QuerySet[Scorecard]:
    """The loop's submitted scorecards with their scores, in interview order."""
    return Scorecard.objects.filter(interview__loop=loop, status=ScorecardStatus.SUBMITTED).select_related(
        "interviewer", "interview").prefetch_related(
        Prefetch("scores", queryset=DimensionScore.objects.select_related("dimension").order_by("dimension__position"))
    ).order_by("interview__starts_at", "interviewer__username", "pk")


def decision_list(*, loop: Loop) -> QuerySet[HiringDecision]:
    return HiringDecision.objects.filter(loop=loop).select_related("decided_by", "calibration_run").order_by(
        "-created_at", "-pk")


def loop_queryset() -> QuerySet[Loop]:
    return Loop.objects.select_related("candidate", "blueprint")


# --- adverse impact -----------------------------------------------------------------------------

def _latest_decisions(*, blueprint: RoleBlueprint) -> dict[int, str]:
    """candidate id → the latest decision on any of their loops for the blueprint."""
    latest: dict[int, str] = {}
    for cand, decision in HiringDecision.objects.filter(loop__blueprint=blueprint).order_by(
            "created_at", "pk").values_list("loop__candidate_id", "decision"):
        latest[cand] = decision
    return latest


def adverse_impact_records(*, blueprint: RoleBlueprint) -> pd.DataFrame:
    """One row per (candidate, self-reported group, stage) with whether the candidate was selected.

    Candidates without a demographic record, or who declined (no labels), are not counted.
    """
    groups = {rec.candidate_id: [str(g) for g in rec.groups if str(g).strip()]
              for rec in DemographicRecord.objects.all()}
    groups = {k: v for k, v in groups.items() if v}
    outcomes: dict[str, dict[int, bool]] = {stage: {} for stage, _, _ in STAGES}

    with_loop = set(Loop.objects.filter(blueprint=blueprint).exclude(status=LoopStatus.CANCELLED)
                    .values_list("candidate_id", flat=True))
    handed_in = set(Submission.objects.filter(task__case_study__blueprint=blueprint).exclude(
        status=SubmissionStatus.FAILED).values_list("candidate_id", flat=True))
    for cand in handed_in:
        outcomes["takehome"][cand] = cand in with_loop

    complete = Loop.objects.filter(blueprint=blueprint, status=LoopStatus.COMPLETE).values_list("pk", "candidate_id")
    recs: dict[int, list[str]] = defaultdict(list)
    for loop_id, rec in Scorecard.objects.filter(
            interview__loop__in=[pk for pk, _ in complete], status=ScorecardStatus.SUBMITTED
    ).values_list("interview__loop_id", "recommendation"):
        recs[loop_id].append(rec)
    for loop_id, cand in complete:
        votes = recs.get(loop_id, [])
        positive = sum(1 for r in votes if r in POSITIVE)
        outcomes["onsite"][cand] = outcomes["onsite"].get(cand, False) or (bool(votes) and positive * 2 > len(votes))

    for cand, decision in _latest_decisions(blueprint=blueprint).items():
        if decision in ("hire", "no_hire"):
            outcomes["hire"][cand] = decision == "hire"

    rows = [
        {"candidate": str(cand), "group": label, "stage": stage, "selected": selected}
        for stage, per_cand in outcomes.items()
        for cand, selected in per_cand.items()
        for label in groups.get(cand, [])
    ]
    return pd.DataFrame(rows, columns=["candidate", "group", "stage", "selected"])


# --- export -------------------------------------------------------------------------------------

EXPORT_COLUMNS = ["candidate_id", "candidate", "loop", "interviewer", "dimension", "score", "submitted_at",
                  "candidate_raw_mean", "candidate_adjusted_mean", "candidate_ci_low", "candidate_ci_high",
                  "candidate_rank", "interviewer_severity", "interviewer_ci_low", "interviewer_ci_high",
                  "interviewer_flags", "calibration_run"]


def calibration_export_csv(*, blueprint: RoleBlueprint) -> str:
    """Every submitted score of the blueprint with the latest successful run's calibrated figures."""
    import csv
    import io

    run = calibration_run_latest(blueprint=blueprint, ok_only=True)
    frame = calibration_scores_frame(blueprint=blueprint)
    result = run.result if run else {}
    cands = {e["candidate"]: e for e in result.get("candidates", [])}
    people = {e["interviewer"]: e for e in result.get("interviewers", [])}
    names = candidate_names(ids=frame["candidate"].unique()) if len(frame) else {}
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(EXPORT_COLUMNS)
    for row in frame.sort_values(["candidate", "interviewer", "dimension"]).itertuples(index=False):
        c, i = cands.get(row.candidate, {}), people.get(row.interviewer, {})
        writer.writerow([
            row.candidate, _csv_text(names.get(row.candidate, "")), row.loop, row.interviewer, row.dimension,
            int(row.score), row.submitted_at.isoformat() if row.submitted_at is not None else "",
            c.get("raw_mean", ""), c.get("adjusted_mean", ""), c.get("ci_low", ""), c.get("ci_high", ""),
            c.get("rank", ""), i.get("severity", ""), i.get("ci_low", ""), i.get("ci_high", ""),
            ";".join(i.get("flags", [])), run.pk if run else "",
        ])
    return buffer.getvalue()


def _csv_text(value: str) -> str:
    """Names are typed by people: keep a spreadsheet from reading one as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def adverse_impact_report(*, blueprint: RoleBlueprint) -> dict:
    """The adverse-impact statistics of a blueprint's funnel, with each stage's label and description."""
    from .fairness import adverse_impact

    result = adverse_impact(adverse_impact_records(blueprint=blueprint), stages=[s for s, _, _ in STAGES])
    labels = {s: (label, text) for s, label, text in STAGES}
    for stage in result["stages"]:
        stage["label"], stage["description"] = labels[stage["stage"]]
    result["blueprint"] = blueprint.slug
    return result
