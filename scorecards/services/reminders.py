"""Reminders for missing scorecards: first some hours after the interview ends, then at a fixed interval."""
from __future__ import annotations

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone

from ..models import Interview, LoopStatus, ReminderLog, Scorecard, ScorecardStatus

logger = logging.getLogger(__name__)


def reminder_slot(*, ends_at: datetime, now: datetime, first_hours: float, repeat_hours: float) -> int | None:
    """Which reminder is due at `now` (0 the first, 1 the next…), or None before the first is due."""
    elapsed = now - ends_at - timedelta(hours=first_hours)
    if elapsed < timedelta(0):
        return None
    return int(elapsed / timedelta(hours=repeat_hours))


def reminders_send(*, now: datetime | None = None) -> list[ReminderLog]:
    """Remind every interviewer whose scorecard for an ended interview is not submitted.

    One reminder per due slot, recorded in ReminderLog before it is sent, so running this twice (or two
    workers at once) sends each reminder once. A submitted scorecard stops them.
    """
    now = now or timezone.now()
    first = settings.SCORECARD_REMINDER_FIRST_HOURS
    repeat = settings.SCORECARD_REMINDER_REPEAT_HOURS
    interviews = (Interview.objects.filter(cancelled_at__isnull=True, ends_at__lte=now - timedelta(hours=first),
                                           loop__status__in=[LoopStatus.SCHEDULED, LoopStatus.IN_PROGRESS,
                                                             LoopStatus.COMPLETE])
                  .select_related("loop__candidate").prefetch_related("interviewers"))
    submitted = set(Scorecard.objects.filter(status=ScorecardStatus.SUBMITTED, interview__in=interviews)
                    .values_list("interview_id", "interviewer_id"))
    sent = []
    for interview in interviews:
        slot = reminder_slot(ends_at=interview.ends_at, now=now, first_hours=first, repeat_hours=repeat)
        for user in interview.interviewers.all():
            if (interview.pk, user.pk) in submitted or not user.email:
                continue
            log = _claim(interview=interview, user=user, slot=slot)
            if log is not None:
                sent.append(log)
    return sent


def _claim(*, interview: Interview, user, slot: int) -> ReminderLog | None:
    from ..emails import reminder_send

    try:
        with transaction.atomic():
            log = ReminderLog.objects.create(interview=interview, interviewer=user, slot=slot)
    except IntegrityError:
        return None
    try:
        reminder_send(interview=interview, user=user, slot=slot)
    except Exception:  # the reminder is recorded; a mail outage must not stop the others
        logger.exception("Could not send scorecard reminder %s to %s", log.pk, user.email)
    return log
