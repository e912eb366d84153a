"""Writes for calibration: runs computed from submitted scorecards, hiring decisions, demographic records."""
from __future__ import annotations

import hashlib
import json
import logging

from django.core.exceptions import ValidationError
from django.db import transaction

from hiring.models import RoleBlueprint, User

from . import calibration_selectors as sel
from .calibration import CalibrationInputError, calibrate
from .models import (
    CalibrationRun,
    CalibrationRunStatus,
    Candidate,
    Decision,
    DemographicRecord,
    HiringDecision,
    Loop,
    LoopStatus,
    Scorecard,
)
from .services.audit import audit_record

logger = logging.getLogger(__name__)

SCALE_MIN, SCALE_MAX = 1, 5
MAX_GROUPS = 10
MAX_GROUP_LABEL = 100


def _fingerprint(provenance: list[list[int]]) -> str:
    return hashlib.sha256(json.dumps(provenance, separators=(",", ":")).encode()).hexdigest()


def _label(result: dict, frame) -> dict:
    """Names next to the ids the engine keys on, and each interviewer's score counts (the contract
    allows added fields)."""
    counts = frame.groupby(["interviewer", "score"]).size()
    cands = sel.candidate_names(ids=[e["candidate"] for e in result["candidates"]])
    people = sel.interviewer_names(usernames=[e["interviewer"] for e in result["interviewers"]])
    for entry in result["candidates"]:
        entry["name"] = cands.get(entry["candidate"], entry["candidate"])
    for entry in result["interviewers"]:
        entry["name"] = people.get(entry["interviewer"], entry["interviewer"])
        mine = counts.get(entry["interviewer"]) if entry["interviewer"] in counts.index.get_level_values(0) else None
        entry["score_counts"] = {str(int(score)): int(n) for score, n in (mine.items() if mine is not None else [])}
    return result


def calibration_recompute(*, blueprint: RoleBlueprint) -> tuple[CalibrationRun, bool]:
    """Calibrate the blueprint's submitted scorecards; returns (run, created).

    Idempotent: when the latest run came from exactly the same scorecard versions it is returned
    and nothing is written. Concurrent recomputations of one blueprint are serialised on its row.
    A failure (too few scores, a fit that cannot be made) is stored as a failed run with its message.
    """
    with transaction.atomic():
        blueprint = RoleBlueprint.objects.select_for_update().get(pk=blueprint.pk)
        provenance = sel.calibration_provenance(blueprint=blueprint)
        fingerprint = _fingerprint(provenance)
        latest = sel.calibration_run_latest(blueprint=blueprint)
        if latest is not None and latest.fingerprint == fingerprint:
            return latest, False
        frame = sel.calibration_scores_frame(blueprint=blueprint)
        run = CalibrationRun(blueprint=blueprint, provenance=provenance, fingerprint=fingerprint,
                             n_scores=len(frame))
        if frame.empty:
            run.status, run.message = CalibrationRunStatus.FAILED, "No submitted scores yet."
        else:
            try:
                run.result = _label(calibrate(frame, scale_min=SCALE_MIN, scale_max=SCALE_MAX), frame)
                run.status = CalibrationRunStatus.OK
            except (CalibrationInputError, ValueError, ArithmeticError, IndexError) as exc:
                logger.warning("Calibration of %s failed: %s", blueprint.slug, exc)
                run.status, run.message = CalibrationRunStatus.FAILED, f"Calibration failed: {exc}"
        run.save()
        return run, True


def calibration_queue(*, blueprint_id: int) -> None:
    """Queue a recomputation after the current transaction commits.

    The scorecard is already saved when this runs: a broker that cannot be reached is logged, not
    raised, and the next submission or a "Recalibrate now" catches the calibration up.
    """
    from .calibration_tasks import calibration_recompute as task

    def send():
        try:
            task.delay(blueprint_id)
        except Exception:
            logger.exception("Could not queue the recalibration of blueprint %s", blueprint_id)

    transaction.on_commit(send)


def calibration_on_scorecard_changed(scorecard_id: int) -> None:
    """SCORECARD_CHANGED_HOOKS entry: a submitted or amended scorecard recalibrates its blueprint."""
    blueprint_id = Scorecard.objects.filter(pk=scorecard_id).values_list(
        "interview__loop__blueprint_id", flat=True).first()
    if blueprint_id is not None:
        calibration_queue(blueprint_id=blueprint_id)


@transaction.atomic
def hiring_decision_record(*, loop: Loop, by: User, decision: str, rationale: str) -> HiringDecision:
    """Record a decision with its written rationale, on the blueprint's latest calibration run.

    A decision is never edited: deciding again adds a new record and the history keeps both.
    """
    errors = {}
    if decision not in Decision.values:
        errors["decision"] = f"Choose one of: {', '.join(Decision.values)}."
    rationale = (rationale or "").strip() if isinstance(rationale, str) else ""
    if not rationale:
        errors["rationale"] = "Write the rationale for this decision; it is required."
    if errors:
        raise ValidationError(errors)
    loop = Loop.objects.select_for_update().select_related("candidate", "blueprint").get(pk=loop.pk)
    if loop.status == LoopStatus.CANCELLED:
        from .services.errors import Conflict

        raise Conflict("The loop was cancelled; there is nothing to decide.", code="conflict")
    run = sel.calibration_run_latest(blueprint=loop.blueprint, ok_only=True)
    record = HiringDecision(loop=loop, decided_by=by, decision=decision, rationale=rationale,
                            calibration_run=run, calibrated=sel.candidate_figures(run=run, candidate_id=loop.candidate_id))
    record.full_clean()
    record.save()
    audit_record(actor=by, action="decision.record", obj=record, after={
        "loop": loop.pk, "decision": decision, "rationale": rationale,
        "calibration_run": run.pk if run else None})
    return record


def _groups_clean(groups) -> list[str]:
    if not isinstance(groups, (list, tuple)):
        raise ValidationError({"groups": "Expected a list of group labels."})
    cleaned: list[str] = []
    for item in groups:
        if not isinstance(item, str) or not item.strip():
            raise ValidationError({"groups": "Each group label is non-empty text."})
        label = " ".join(item.split())
        if len(label) > MAX_GROUP_LABEL:
            raise ValidationError({"groups": f"A group label has at most {MAX_GROUP_LABEL} characters."})
        if label not in cleaned:
            cleaned.append(label)
    if len(cleaned) > MAX_GROUPS:
        raise ValidationError({"groups": f"At most {MAX_GROUPS} group labels."})
    return cleaned


@transaction.atomic
def demographic_record_set(*, candidate: Candidate, groups: list[str]) -> DemographicRecord:
    """Store a candidate's self-reported group(s); an empty list records that they declined."""
    record, _ = DemographicRecord.objects.update_or_create(candidate=candidate,
                                                           defaults={"groups": _groups_clean(groups)})
    return record
