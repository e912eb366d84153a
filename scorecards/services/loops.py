"""Candidates, loops and interviews; every change the attendees' calendars must know about sends an update."""
from __future__ import annotations

import logging
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone

from cases.models import CaseStudy
from hiring.models import Dimension, Role, RoleBlueprint, User

from ..models import (
    Candidate,
    Interview,
    InvitationLog,
    InvitationMethod,
    Loop,
    LoopRubric,
    LoopStatus,
    Scorecard,
    ScorecardStatus,
    validate_time_zone,
)
from .audit import audit_record
from .errors import Conflict

logger = logging.getLogger(__name__)

# Status moves a loop may make; anything else is refused.
TRANSITIONS = {
    LoopStatus.DRAFT: {LoopStatus.SCHEDULED, LoopStatus.CANCELLED},
    LoopStatus.SCHEDULED: {LoopStatus.IN_PROGRESS, LoopStatus.CANCELLED},
    LoopStatus.IN_PROGRESS: {LoopStatus.COMPLETE, LoopStatus.CANCELLED},
    LoopStatus.COMPLETE: set(),
    LoopStatus.CANCELLED: set(),
}
# Invitations go out once a loop is scheduled; from then on attendees hear of every change.
LIVE = (LoopStatus.SCHEDULED, LoopStatus.IN_PROGRESS)
CLOSED = (LoopStatus.COMPLETE, LoopStatus.CANCELLED)
# What an invitation shows: a change to any of these sends an update.
CALENDAR_FIELDS = ("title", "starts_at", "ends_at", "location", "video_link")


# --- candidates --------------------------------------------------------------------------------

def _candidate_save(candidate: Candidate) -> Candidate:
    candidate.name = candidate.name.strip()
    candidate.external_id = candidate.external_id.strip()
    if candidate.external_id and Candidate.objects.filter(external_id=candidate.external_id).exclude(
            pk=candidate.pk).exists():
        raise ValidationError({"external_id": ValidationError("A candidate with this external id already exists.",
                                                              code="unique")})
    candidate.full_clean()
    candidate.save()
    return candidate


@transaction.atomic
def candidate_create(*, name: str, email: str, external_id: str = "") -> Candidate:
    return _candidate_save(Candidate(name=name, email=email, external_id=external_id or ""))


@transaction.atomic
def candidate_update(*, candidate: Candidate, values: dict) -> Candidate:
    for name in ("name", "email", "external_id"):
        if name in values:
            setattr(candidate, name, values[name] or "")
    return _candidate_save(candidate)


# --- loops -------------------------------------------------------------------------------------

@transaction.atomic
def loop_create(*, candidate: Candidate, blueprint: RoleBlueprint, by: User | None = None, notes: str = "") -> Loop:
    """A draft loop with the blueprint's current rubric version of every dimension pinned."""
    loop = Loop(candidate=candidate, blueprint=blueprint, notes=notes or "", created_by=by)
    loop.full_clean()
    loop.save()
    dimensions = Dimension.objects.filter(blueprint=blueprint).prefetch_related("rubric_versions")
    pins = [LoopRubric(loop=loop, dimension=dim, rubric=dim.current_rubric) for dim in dimensions
            if dim.current_rubric is not None]
    LoopRubric.objects.bulk_create(pins)
    audit_record(actor=by, action="loop.create", obj=loop,
                 after={"candidate": candidate.pk, "blueprint": blueprint.slug,
                        "rubrics": {pin.dimension.slug: pin.rubric.version for pin in pins}})
    return loop


@transaction.atomic
def loop_update(*, loop: Loop, values: dict, by: User | None = None) -> Loop:
    loop = Loop.objects.select_for_update().get(pk=loop.pk)
    if "notes" in values:
        loop.notes = values["notes"] or ""
        loop.full_clean()
        loop.save()
    return loop


@transaction.atomic
def loop_transition(*, loop: Loop, status: str, by: User | None = None, reason: str = "") -> Loop:
    loop = Loop.objects.select_for_update().select_related("candidate", "blueprint").get(pk=loop.pk)
    if status == loop.status:
        return loop
    if status not in TRANSITIONS[loop.status]:
        raise Conflict(f"A {loop.get_status_display().lower()} loop cannot become "
                       f"{LoopStatus(status).label.lower()}.", code="conflict")
    interviews = list(loop.interviews.filter(cancelled_at__isnull=True).prefetch_related("interviewers"))
    if status == LoopStatus.SCHEDULED:
        if not interviews:
            raise ValidationError({"status": "Add at least one interview before scheduling the loop."})
        empty = [i.title for i in interviews if not i.interviewers.all()]
        if empty:
            raise ValidationError({"status": f"These interviews have no interviewer yet: {', '.join(empty)}."})
    logs = []
    if status == LoopStatus.SCHEDULED:
        for interview in interviews:
            logs += _invite(interview=interview, method=InvitationMethod.REQUEST)
    elif status == LoopStatus.CANCELLED and loop.status in LIVE:
        for interview in interviews:
            interview.sequence += 1
            interview.save(update_fields=["sequence", "updated_at"])
            logs += _invite(interview=interview, method=InvitationMethod.CANCEL)
    before = loop.status
    loop.status = status
    loop.save(update_fields=["status", "updated_at"])
    audit_record(actor=by, action="loop.status", obj=loop, before={"status": before}, after={"status": status},
                 reason=reason)
    _deliver_after_commit(logs)
    return loop


# --- automatic status moves ----------------------------------------------------------------------

def loop_all_submitted(*, loop: Loop) -> bool:
    """Whether every interviewer of every live interview of the loop has submitted (and there is at least one)."""
    owed = set(Interview.interviewers.through.objects.filter(
        interview__loop=loop, interview__cancelled_at__isnull=True).values_list("interview_id", "user_id"))
    if not owed:
        return False
    done = set(Scorecard.objects.filter(interview__loop=loop, status=ScorecardStatus.SUBMITTED)
               .values_list("interview_id", "interviewer_id"))
    return owed <= done


@transaction.atomic
def loop_advance(*, loop: Loop, now: datetime | None = None) -> list[str]:
    """Move a loop's status where the facts leave no doubt, each move audited with no actor and its reason:
    scheduled → in progress once an interview has started or a scorecard is in; in progress → complete once
    every interviewer of every live interview has submitted. Returns the statuses moved to."""
    now = now or timezone.now()
    loop = Loop.objects.select_for_update().get(pk=loop.pk)
    live = loop.interviews.filter(cancelled_at__isnull=True)
    moved = []
    if loop.status == LoopStatus.SCHEDULED:
        started = live.filter(starts_at__lte=now).order_by("starts_at", "pk").first()
        submitted = Scorecard.objects.filter(interview__in=live, status=ScorecardStatus.SUBMITTED) \
            .order_by("submitted_at", "pk").select_related("interview").first()
        reason = ""
        if submitted is not None:
            reason = f"The first scorecard was submitted (“{submitted.interview.title}”)."
        elif started is not None:
            reason = f"The first interview started (“{started.title}”, {started.slot_label})."
        if reason:
            loop = loop_transition(loop=loop, status=LoopStatus.IN_PROGRESS, by=None, reason=reason)
            moved.append(LoopStatus.IN_PROGRESS)
    if loop.status == LoopStatus.IN_PROGRESS and loop_all_submitted(loop=loop):
        loop = loop_transition(loop=loop, status=LoopStatus.COMPLETE, by=None,
                               reason="Every interviewer of every interview submitted a scorecard.")
        moved.append(LoopStatus.COMPLETE)
    return moved


def loops_advance(*, now: datetime | None = None) -> dict[int, list[str]]:
    """The time-based sweep (run by the reminders beat task): advance every scheduled loop whose first
    interview has started, and every loop under way whose scorecards are all in."""
    now = now or timezone.now()
    due = (Loop.objects.filter(status=LoopStatus.SCHEDULED, interviews__cancelled_at__isnull=True,
                               interviews__starts_at__lte=now)
           | Loop.objects.filter(status=LoopStatus.IN_PROGRESS)).distinct().order_by("pk")
    moved = {}
    for loop in due:
        try:
            steps = loop_advance(loop=loop, now=now)
        except Exception:  # one loop's trouble must not hold up the others (or the reminders after this)
            logger.exception("Could not advance loop %s", loop.pk)
            continue
        if steps:
            moved[loop.pk] = steps
    return moved


# --- interviews --------------------------------------------------------------------------------

def _fmt_slot(interview: Interview) -> str:
    return interview.slot_label


def _clashes(*, loop: Loop, starts_at, ends_at, interviewers: list[User], exclude_pk: int | None) -> list[str]:
    """Every overlap of this slot with another live interview of the same interviewer or candidate."""
    others = (Interview.objects.filter(cancelled_at__isnull=True, starts_at__lt=ends_at, ends_at__gt=starts_at)
              .exclude(loop__status=LoopStatus.CANCELLED).select_related("loop__candidate", "loop__blueprint")
              .order_by("starts_at", "pk"))
    if exclude_pk is not None:
        others = others.exclude(pk=exclude_pk)
    messages = []
    for user in interviewers:
        for other in others.filter(interviewers=user):
            messages.append(f"Interviewer {user} is already booked {_fmt_slot(other)} for “{other.title}” "
                            f"(interview #{other.pk}) with {other.loop.candidate.name} in loop #{other.loop_id}.")
    for other in others.filter(loop__candidate_id=loop.candidate_id):
        messages.append(f"Candidate {loop.candidate.name} is already booked {_fmt_slot(other)} for "
                        f"“{other.title}” (interview #{other.pk}) in loop #{other.loop_id}.")
    return messages


def _interview_check(*, loop: Loop, values: dict, exclude_pk: int | None) -> None:
    errors = {}
    if loop.status in CLOSED:
        raise Conflict(f"Loop #{loop.pk} is {loop.get_status_display().lower()}; its interviews can no longer change.",
                       code="conflict")
    starts_at, ends_at = values["starts_at"], values["ends_at"]
    if timezone.is_naive(starts_at) or timezone.is_naive(ends_at):
        errors["starts_at"] = "Times need a time zone."
    elif ends_at <= starts_at:
        errors["ends_at"] = "The interview must end after it starts."
    not_interviewers = [str(u) for u in values["interviewers"] if not u.has_role(Role.INTERVIEWER)]
    if not_interviewers:
        errors["interviewers"] = f"Not interviewers (they lack the interviewer role): {', '.join(not_interviewers)}."
    foreign = [d.slug for d in values["dimensions"] if d.blueprint_id != loop.blueprint_id]
    if foreign:
        errors["dimensions"] = f"Not dimensions of {loop.blueprint.slug}: {', '.join(foreign)}."
    study = values.get("case_study")
    if study is not None and study.blueprint_id != loop.blueprint_id:
        errors["case_study"] = f"{study.slug} is a case study of another blueprint."
    if not values.get("title", "").strip():
        errors["title"] = "Give the interview a title."
    try:
        validate_time_zone(values["time_zone"])
    except ValidationError as exc:
        errors["time_zone"] = exc.messages[0]
    if errors:
        raise ValidationError(errors)
    clashes = _clashes(loop=loop, starts_at=starts_at, ends_at=ends_at, interviewers=values["interviewers"],
                       exclude_pk=exclude_pk)
    if clashes:
        raise Conflict("Double-booked: " + " ".join(clashes), code="conflict")


def _interview_values(interview: Interview | None, values: dict) -> dict:
    """The full set of values after applying `values` (a partial edit) to `interview`."""
    current = {}
    if interview is not None:
        current = {name: getattr(interview, name) for name in ("title", "starts_at", "ends_at", "location",
                                                               "video_link", "case_study", "time_zone")}
        current["dimensions"] = list(interview.dimensions.all())
        current["interviewers"] = list(interview.interviewers.all())
    merged = {**{"location": "", "video_link": "", "case_study": None, "dimensions": [], "interviewers": [],
                 "time_zone": "UTC"}, **current, **values}
    merged["time_zone"] = merged.get("time_zone") or "UTC"
    merged["dimensions"] = list(dict.fromkeys(merged["dimensions"]))
    merged["interviewers"] = list(dict.fromkeys(merged["interviewers"]))
    for key in ("title", "location", "video_link"):
        merged[key] = (merged.get(key) or "").strip()
    if merged.get("case_study") is not None and not isinstance(merged["case_study"], CaseStudy):
        raise ValidationError({"case_study": "Unknown case study."})
    missing = [name for name in ("starts_at", "ends_at") if merged.get(name) is None]
    if missing:
        raise ValidationError({name: "This field is required." for name in missing})
    return merged


def _apply(interview: Interview, values: dict) -> None:
    for name in ("title", "starts_at", "ends_at", "location", "video_link", "case_study", "time_zone"):
        setattr(interview, name, values[name])
    interview.full_clean(exclude=["loop"])
    interview.save()
    interview.dimensions.set(values["dimensions"])
    interview.interviewers.set(values["interviewers"])


def _describe(interview: Interview) -> dict:
    return {
        "title": interview.title, "starts_at": interview.starts_at.isoformat(), "ends_at": interview.ends_at.isoformat(),
        "location": interview.location, "video_link": interview.video_link, "time_zone": interview.time_zone,
        "case_study": interview.case_study.slug if interview.case_study_id else None,
        "dimensions": sorted(d.slug for d in interview.dimensions.all()),
        "interviewers": sorted(u.username for u in interview.interviewers.all()),
    }


@transaction.atomic
def interview_create(*, loop: Loop, values: dict, by: User | None = None) -> Interview:
    loop = Loop.objects.select_for_update().select_related("candidate", "blueprint").get(pk=loop.pk)
    merged = _interview_values(None, values)
    _interview_check(loop=loop, values=merged, exclude_pk=None)
    interview = Interview(loop=loop)
    _apply(interview, merged)
    audit_record(actor=by, action="interview.create", obj=interview, after=_describe(interview))
    if loop.status in LIVE:
        _deliver_after_commit(_invite(interview=interview, method=InvitationMethod.REQUEST))
    return interview


@transaction.atomic
def interview_update(*, interview: Interview, values: dict, by: User | None = None) -> Interview:
    """Edit an interview; once invitations are out, attendees get the update and removed interviewers a cancellation."""
    interview = Interview.objects.select_for_update().select_related("loop__candidate", "loop__blueprint").get(
        pk=interview.pk)
    loop = interview.loop
    if interview.is_cancelled:
        raise Conflict("This interview was cancelled; schedule a new one instead.", code="conflict")
    merged = _interview_values(interview, values)
    _interview_check(loop=loop, values=merged, exclude_pk=interview.pk)
    before_people = list(interview.interviewers.all())
    removed = [u for u in before_people if u not in merged["interviewers"]]
    locked = Scorecard.objects.filter(interview=interview, interviewer__in=removed, status=ScorecardStatus.SUBMITTED)
    if locked.exists():
        names = ", ".join(str(s.interviewer) for s in locked.select_related("interviewer"))
        raise Conflict(f"{names} already submitted a scorecard for this interview and cannot be removed from it.",
                       code="conflict")
    before = _describe(interview)
    calendar_before = {name: getattr(interview, name) for name in CALENDAR_FIELDS}
    _apply(interview, merged)
    after = _describe(interview)
    if before == after:
        return interview
    audit_record(actor=by, action="interview.update", obj=interview, before=before, after=after)
    calendar_changed = (calendar_before != {name: getattr(interview, name) for name in CALENDAR_FIELDS}
                        or before["interviewers"] != after["interviewers"])
    if loop.status in LIVE and calendar_changed:
        interview.sequence += 1
        interview.save(update_fields=["sequence", "updated_at"])
        logs = _invite(interview=interview, method=InvitationMethod.REQUEST)
        logs += _invite(interview=interview, method=InvitationMethod.CANCEL, people=removed, with_candidate=False)
        _deliver_after_commit(logs)
    return interview


@transaction.atomic
def interview_cancel(*, interview: Interview, by: User | None = None) -> Interview:
    interview = Interview.objects.select_for_update().select_related("loop__candidate", "loop__blueprint").get(
        pk=interview.pk)
    if interview.is_cancelled:
        return interview
    if interview.loop.status in CLOSED:
        raise Conflict(f"Loop #{interview.loop_id} is {interview.loop.get_status_display().lower()}; "
                       "its interviews can no longer change.", code="conflict")
    if interview.scorecards.filter(status=ScorecardStatus.SUBMITTED).exists():
        raise Conflict("Scorecards were already submitted for this interview; it cannot be cancelled.",
                       code="conflict")
    interview.cancelled_at = timezone.now()
    live = interview.loop.status in LIVE
    if live:
        interview.sequence += 1
    interview.save(update_fields=["cancelled_at", "sequence", "updated_at"])
    audit_record(actor=by, action="interview.cancel", obj=interview, before={"cancelled_at": None},
                 after={"cancelled_at": interview.cancelled_at.isoformat()})
    if live:
        _deliver_after_commit(_invite(interview=interview, method=InvitationMethod.CANCEL))
    return interview


# --- invitations -------------------------------------------------------------------------------

def _invite(*, interview: Interview, method: str, people: list[User] | None = None,
            with_candidate: bool = True) -> list[int]:
    """Log one invitation per attendee at the interview's current sequence; returns the log ids to send."""
    people = list(interview.interviewers.all()) if people is None else people
    logs = [InvitationLog(interview=interview, recipient_name=str(u), recipient_email=u.email, user=u,
                          sequence=interview.sequence, method=method) for u in people if u.email]
    if with_candidate:
        candidate = interview.loop.candidate
        logs.append(InvitationLog(interview=interview, recipient_name=candidate.name,
                                  recipient_email=candidate.email, candidate=candidate,
                                  sequence=interview.sequence, method=method))
    return [log.pk for log in InvitationLog.objects.bulk_create(logs)]


def _deliver_one(log_id: int) -> bool:
    """Try one unsent invitation: the row is locked while it is sent, so two senders never both send it; a
    failure counts an attempt and records the error, leaving the row unsent."""
    from ..emails import invitation_send

    with transaction.atomic():
        log = (InvitationLog.objects.select_for_update(skip_locked=True, of=("self",))
               .filter(pk=log_id, sent_at__isnull=True)
               .select_related("interview__loop__candidate", "interview__loop__blueprint").first())
        if log is None:
            return False
        try:
            invitation_send(log=log)
        except Exception as exc:  # an unreachable mail server must not undo the committed change
            logger.exception("Could not send invitation %s to %s", log.pk, log.recipient_email)
            InvitationLog.objects.filter(pk=log.pk).update(
                attempts=log.attempts + 1, last_error=f"{type(exc).__name__}: {exc}"[:2000])
            return False
        InvitationLog.objects.filter(pk=log.pk).update(attempts=log.attempts + 1, last_error="")
        return True


def invitations_deliver(*, log_ids: list[int]) -> int:
    """Send logged invitations not yet sent; a failure leaves its row unsent for `invitations_retry`."""
    return sum(_deliver_one(log_id) for log_id in sorted(log_ids))


def invitations_retry(*, now: datetime | None = None) -> int:
    """Resend every unsent invitation still worth sending; returns how many went out.

    Safe to run any number of times: only rows still unsent are tried, each at most
    SCORECARD_INVITATION_MAX_ATTEMPTS times in all. Left alone: invitations superseded by a later one for the
    same interview (a higher sequence was logged) and invitations to an interview that has already ended.
    """
    now = now or timezone.now()
    limit = settings.SCORECARD_INVITATION_MAX_ATTEMPTS
    ids = list(InvitationLog.objects.filter(sent_at__isnull=True, attempts__lt=limit,
                                            sequence=models.F("interview__sequence"),
                                            interview__ends_at__gt=now)
               .order_by("pk").values_list("pk", flat=True))
    return invitations_deliver(log_ids=ids)


def _deliver_after_commit(log_ids: list[int]) -> None:
    if log_ids:
        transaction.on_commit(lambda: invitations_deliver(log_ids=log_ids))
