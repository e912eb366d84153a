from datetime import timedelta

import pytest
from django.core import mail

from scorecards.models import ReminderLog
from scorecards.services import reminders_send
from scorecards.services.reminders import reminder_slot

from .conftest import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def ended(make_loop, interviewer, ian):
    """An interview 10:00–11:00 with Ivy and Ian on the panel, in a loop under way."""
    loop = make_loop(interviews=[{"interviewers": [interviewer, ian], "start": 0}], status="in_progress")
    mail.outbox.clear()
    return loop.interviews.get()


def _reminded(outbox) -> list[str]:
    return sorted(message.to[0] for message in outbox)


def test_a_missing_scorecard_is_reminded_after_the_delay_then_daily_until_submitted(ended, interviewer, submit,
                                                                                      settings):
    assert (settings.SCORECARD_REMINDER_FIRST_HOURS, settings.SCORECARD_REMINDER_REPEAT_HOURS) == (2, 24)
    assert reminders_send(now=at(1 + 2) - timedelta(minutes=1)) == []  # 1h59 after the end
    assert mail.outbox == []
    sent = reminders_send(now=at(3))
    assert _reminded(mail.outbox) == ["ian@example.com", "staff@example.com"]
    assert {log.slot for log in sent} == {0}
    assert "Reminder: your scorecard" in mail.outbox[0].subject
    assert f"/interviews/{ended.pk}/kit/" in mail.outbox[0].body
    # Running again, in the same slot, sends nothing.
    mail.outbox.clear()
    assert reminders_send(now=at(3)) == [] and reminders_send(now=at(20)) == []
    assert mail.outbox == []
    # Ivy submits; the next day only Ian is reminded.
    submit(ended, interviewer)
    sent = reminders_send(now=at(3 + 24))
    assert _reminded(mail.outbox) == ["ian@example.com"] and [log.slot for log in sent] == [1]
    assert "Still missing" in mail.outbox[0].subject
    assert ReminderLog.objects.filter(interview=ended).count() == 3


def test_reminders_stop_once_submitted(ended, interviewer, ian, submit):
    reminders_send(now=at(3))
    submit(ended, interviewer)
    submit(ended, ian)
    mail.outbox.clear()
    for day in range(1, 4):
        assert reminders_send(now=at(3 + 24 * day)) == []
    assert mail.outbox == []


def test_a_draft_is_still_missing(ended, interviewer):
    from scorecards.services import scorecard_start

    scorecard_start(interview=ended, interviewer=interviewer)
    reminders_send(now=at(3))
    assert "staff@example.com" in _reminded(mail.outbox)


def test_no_reminders_for_cancelled_loops_or_interviews(make_loop, interviewer, ian):
    from scorecards.services import interview_cancel, loop_transition

    loop = make_loop(interviews=[{"interviewers": [interviewer], "start": 0},
                                 {"interviewers": [ian], "start": 2}], status="scheduled")
    first, second = loop.interviews.order_by("starts_at")
    interview_cancel(interview=first, by=None)
    mail.outbox.clear()
    reminders_send(now=at(6))
    assert _reminded(mail.outbox) == ["ian@example.com"]
    loop_transition(loop=loop, status="cancelled", by=None)
    mail.outbox.clear()
    assert reminders_send(now=at(6 + 48)) == [] and mail.outbox == []


def test_a_late_run_sends_one_reminder_not_a_backlog(ended):
    sent = reminders_send(now=at(3 + 24 * 5))
    assert {log.slot for log in sent} == {5} and len(mail.outbox) == 2


def test_the_settings_move_the_schedule(ended, settings):
    settings.SCORECARD_REMINDER_FIRST_HOURS = 0.5
    settings.SCORECARD_REMINDER_REPEAT_HOURS = 6
    assert reminders_send(now=at(1.5)) != []
    mail.outbox.clear()
    assert reminders_send(now=at(7)) == []
    assert len(reminders_send(now=at(7.5))) == 2


def test_slot_arithmetic():
    end = at(1)
    assert reminder_slot(ends_at=end, now=at(2.9), first_hours=2, repeat_hours=24) is None
    assert reminder_slot(ends_at=end, now=at(3), first_hours=2, repeat_hours=24) == 0
    assert reminder_slot(ends_at=end, now=at(26.9), first_hours=2, repeat_hours=24) == 0
    assert reminder_slot(ends_at=end, now=at(27), first_hours=2, repeat_hours=24) == 1


def test_the_beat_task_is_scheduled_and_wraps_the_service(ended, settings, monkeypatch):
    from django.utils import timezone

    from scorecards.tasks import scorecard_reminders_send

    entry = settings.CELERY_BEAT_SCHEDULE["scorecards-reminders"]
    assert entry["task"] == scorecard_reminders_send.name
    monkeypatch.setattr(timezone, "now", lambda: at(3))
    assert scorecard_reminders_send() == 2
    assert scorecard_reminders_send() == 0
