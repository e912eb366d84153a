"""Scorecards: drafts saved as the interviewer goes, submitted once, then changed only by audited amendment."""
from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from hiring.models import User
from hiring.services import rubric_mark_used

from ..models import (
    DimensionScore,
    Interview,
    LoopRubric,
    LoopStatus,
    Recommendation,
    Scorecard,
    ScorecardStatus,
    ScorecardVersion,
)
from .audit import audit_record
from .errors import Conflict
from .loops import loop_advance

# Callables taking `scorecard_id`, run after the commit of every submission or amendment (e.g. calibration).
SCORECARD_CHANGED_HOOKS: list = []

SCORABLE = (LoopStatus.SCHEDULED, LoopStatus.IN_PROGRESS, LoopStatus.COMPLETE)


def scorecard_snapshot(*, scorecard: Scorecard) -> dict:
    """The scorecard as plain JSON: what a version freezes and the audit trail compares."""
    return {
        "version": scorecard.version,
        "status": scorecard.status,
        "recommendation": scorecard.recommendation,
        "summary": scorecard.summary,
        "submitted_at": scorecard.submitted_at.isoformat() if scorecard.submitted_at else None,
        "scores": [
            {"dimension": s.dimension.slug, "rubric_version": s.rubric.version, "score": s.score,
             "not_assessed": s.not_assessed, "not_assessed_reason": s.not_assessed_reason, "evidence": s.evidence}
            for s in scorecard.scores.select_related("dimension", "rubric").order_by("dimension__position", "pk")
        ],
    }


@transaction.atomic
def scorecard_start(*, interview: Interview, interviewer: User) -> Scorecard:
    """The interviewer's scorecard for the interview, created as an empty draft the first time."""
    interview = Interview.objects.select_related("loop").get(pk=interview.pk)
    if not interview.interviewers.filter(pk=interviewer.pk).exists():
        raise ValidationError({"interview": "You are not an interviewer on this interview."})
    existing = Scorecard.objects.filter(interview=interview, interviewer=interviewer).first()
    if existing is not None:
        return existing
    if interview.is_cancelled:
        raise Conflict("This interview was cancelled; there is nothing to score.", code="conflict")
    if interview.loop.status not in SCORABLE:
        raise Conflict(f"The loop is {interview.loop.get_status_display().lower()}; scorecards open once it is "
                       "scheduled.", code="conflict")
    scorecard, _ = Scorecard.objects.get_or_create(interview=interview, interviewer=interviewer)
    return scorecard


def _pins(scorecard: Scorecard) -> dict[str, LoopRubric]:
    """Assessed dimension slug → the loop's pinned rubric for it."""
    assessed = set(scorecard.interview.dimensions.values_list("pk", flat=True))
    return {pin.dimension.slug: pin for pin in LoopRubric.objects.filter(
        loop_id=scorecard.interview.loop_id, dimension_id__in=assessed).select_related("dimension", "rubric")}


def _text(value, name: str, errors: list[str], slug: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        errors.append(f"{slug}: {name} must be text.")
        return ""
    return value.strip()


def _apply_scores(scorecard: Scorecard, scores: list[dict]) -> None:
    """Upsert the given dimension scores (others keep theirs); raises ValidationError naming each bad entry."""
    if not isinstance(scores, list):
        raise ValidationError({"scores": "Expected a list of dimension scores."})
    pins = _pins(scorecard)
    errors: list[str] = []
    seen = set()
    cleaned = []
    for item in scores:
        if not isinstance(item, dict):
            errors.append("Each score must be an object with a dimension.")
            continue
        slug = item.get("dimension")
        if not isinstance(slug, str) or slug not in pins:
            errors.append(f"{slug}: not a dimension this interview assesses "
                          f"(assessed: {', '.join(sorted(pins)) or 'none'}).")
            continue
        if slug in seen:
            errors.append(f"{slug}: given twice.")
            continue
        seen.add(slug)
        score = item.get("score")
        if score is not None and (isinstance(score, bool) or not isinstance(score, int) or not 1 <= score <= 5):
            errors.append(f"{slug}: a score is a whole number from 1 to 5.")
            continue
        not_assessed = item.get("not_assessed", False)
        if not isinstance(not_assessed, bool):
            errors.append(f"{slug}: not_assessed must be true or false.")
            continue
        if not_assessed and score is not None:
            errors.append(f"{slug}: give a score or mark it not assessed, not both.")
            continue
        cleaned.append((pins[slug], score, not_assessed, _text(item.get("reason", item.get("not_assessed_reason")),
                                                               "the reason", errors, slug),
                        _text(item.get("evidence"), "the evidence", errors, slug)))
    if errors:
        raise ValidationError({"scores": errors})
    for pin, score, not_assessed, reason, evidence in cleaned:
        if score is None and not not_assessed and not reason and not evidence:
            # An entry left empty (or emptied) holds nothing to keep.
            DimensionScore.objects.filter(scorecard=scorecard, dimension=pin.dimension).delete()
            continue
        DimensionScore.objects.update_or_create(
            scorecard=scorecard, dimension=pin.dimension,
            defaults={"rubric": pin.rubric, "score": score, "not_assessed": not_assessed,
                      "not_assessed_reason": reason if not_assessed else "", "evidence": evidence},
        )


def _apply_fields(scorecard: Scorecard, *, recommendation: str | None, summary: str | None) -> None:
    if recommendation is not None:
        if recommendation not in Recommendation.values and recommendation != "":
            raise ValidationError({"recommendation": f"Choose one of {', '.join(Recommendation.values)}."})
        scorecard.recommendation = recommendation
    if summary is not None:
        scorecard.summary = summary.strip()


def _check_complete(scorecard: Scorecard) -> None:
    """What a submitted scorecard must hold: every assessed dimension scored with evidence, or not assessed with a
    reason, and an overall recommendation."""
    pins = _pins(scorecard)
    given = {s.dimension.slug: s for s in scorecard.scores.select_related("dimension")}
    problems = []
    for slug in sorted(pins, key=lambda s: pins[s].dimension.position):
        entry = given.get(slug)
        if entry is None or (entry.score is None and not entry.not_assessed):
            problems.append(f"{slug}: give a score from 1 to 5, or mark it not assessed with a reason.")
        elif entry.not_assessed and not entry.not_assessed_reason:
            problems.append(f"{slug}: say why it was not assessed.")
        elif not entry.not_assessed and not entry.evidence:
            problems.append(f"{slug}: written evidence is required for a score.")
    errors = {}
    if problems:
        errors["scores"] = problems
    if not scorecard.recommendation:
        errors["recommendation"] = "Choose an overall recommendation."
    if errors:
        raise ValidationError(errors)


def _locked(scorecard_pk: int) -> Scorecard:
    return Scorecard.objects.select_for_update().select_related("interview__loop", "interviewer").get(
        pk=scorecard_pk)


def _check_owner(scorecard: Scorecard, by: User) -> None:
    if scorecard.interviewer_id != by.pk:
        raise ValidationError("Only the interviewer who owns a scorecard may change it.", code="permission")


@transaction.atomic
def scorecard_save_draft(*, scorecard: Scorecard, by: User, scores: list[dict] | None = None,
                         recommendation: str | None = None, summary: str | None = None) -> Scorecard:
    scorecard = _locked(scorecard.pk)
    _check_owner(scorecard, by)
    if scorecard.is_submitted:
        raise Conflict(f"This scorecard was submitted on {timezone.localtime(scorecard.submitted_at):%Y-%m-%d %H:%M} "
                       "and can no longer be edited; amend it with a reason instead.", code="conflict")
    if scorecard.interview.loop.status == LoopStatus.CANCELLED:
        raise Conflict("The loop was cancelled; its scorecards are closed.", code="conflict")
    if scores is not None:
        _apply_scores(scorecard, scores)
    _apply_fields(scorecard, recommendation=recommendation, summary=summary)
    scorecard.save()
    return scorecard


def _freeze(scorecard: Scorecard, *, by: User, action: str, before: dict, reason: str, when: datetime) -> None:
    after = scorecard_snapshot(scorecard=scorecard)
    ScorecardVersion.objects.create(scorecard=scorecard, version=scorecard.version, snapshot=after, reason=reason,
                                    created_by=by)
    audit_record(actor=by, action=action, obj=scorecard, before=before, after=after, reason=reason)
    for score in scorecard.scores.select_related("rubric"):
        rubric_mark_used(rubric=score.rubric, when=when)
    scorecard_id = scorecard.pk
    for hook in list(SCORECARD_CHANGED_HOOKS):
        transaction.on_commit(lambda hook=hook: hook(scorecard_id))


@transaction.atomic
def scorecard_submit(*, scorecard: Scorecard, by: User, scores: list[dict] | None = None,
                     recommendation: str | None = None, summary: str | None = None,
                     now: datetime | None = None) -> Scorecard:
    """Submit a draft (with any last changes). Submitting twice is refused; the first stands."""
    now = now or timezone.now()
    scorecard = _locked(scorecard.pk)
    _check_owner(scorecard, by)
    if scorecard.is_submitted:
        raise Conflict("This scorecard is already submitted; amend it with a reason instead.", code="conflict")
    if scorecard.interview.loop.status not in SCORABLE or scorecard.interview.is_cancelled:
        raise Conflict("This interview is not open for scoring.", code="conflict")
    before = scorecard_snapshot(scorecard=scorecard)
    if scores is not None:
        _apply_scores(scorecard, scores)
    _apply_fields(scorecard, recommendation=recommendation, summary=summary)
    _check_complete(scorecard)
    scorecard.status = ScorecardStatus.SUBMITTED
    scorecard.submitted_at = now
    scorecard.version = 1
    scorecard.save()
    _freeze(scorecard, by=by, action="scorecard.submit", before=before, reason="", when=now)
    loop_advance(loop=scorecard.interview.loop, now=now)
    return scorecard


@transaction.atomic
def scorecard_amend(*, scorecard: Scorecard, by: User, reason: str, scores: list[dict] | None = None,
                    recommendation: str | None = None, summary: str | None = None,
                    now: datetime | None = None) -> Scorecard:
    """Correct a submitted scorecard: a new version with its reason; every earlier version is kept."""
    now = now or timezone.now()
    scorecard = _locked(scorecard.pk)
    _check_owner(scorecard, by)
    if not scorecard.is_submitted:
        raise Conflict("Only a submitted scorecard is amended; edit the draft instead.", code="conflict")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": "Say why the scorecard is being amended."})
    before = scorecard_snapshot(scorecard=scorecard)
    if scores is not None:
        _apply_scores(scorecard, scores)
    _apply_fields(scorecard, recommendation=recommendation, summary=summary)
    _check_complete(scorecard)
    scorecard.save()
    if scorecard_snapshot(scorecard=scorecard) == before:
        raise ValidationError({"non_field_errors": ["The amendment changes nothing."]})
    scorecard.version += 1
    scorecard.save(update_fields=["version", "updated_at"])
    _freeze(scorecard, by=by, action="scorecard.amend", before=before, reason=reason, when=now)
    return scorecard
