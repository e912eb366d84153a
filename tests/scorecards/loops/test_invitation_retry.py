"""Invitations whose email failed are resent by a beat task: once each, a bounded number of tries, never stale."""
from datetime import timedelta

import pytest
from django.core import mail
from icalendar import Calendar

from scorecards.models import InvitationLog
from scorecards.services import interview_update, invitations_retry

from .conftest import at

pytestmark = pytest.mark.django_db

FAILING = "tests.scorecards.loops.test_invitation_retry.FailingBackend"
WORKING = "django.core.mail.backends.locmem.EmailBackend"


class FailingBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


@pytest.fixture
def failed(make_loop, interviewer, recruiter, settings, django_capture_on_commit_callbacks):
    """A scheduled loop whose invitations could not be sent (the mail server was down)."""
    settings.EMAIL_BACKEND = FAILING
    with django_capture_on_commit_callbacks(execute=True):
        loop = make_loop(interviews=[{"interviewers": [interviewer], "start": 0}], status="scheduled")
    return loop.interviews.get()


def _unsent(interview):
    return list(InvitationLog.objects.filter(interview=interview, sent_at__isnull=True).order_by("pk"))


def test_a_failed_send_is_recorded_then_retried_once_the_mail_server_is_back(failed, settings):
    now = at(-24)
    unsent = _unsent(failed)
    assert len(unsent) == 2 and mail.outbox == []
    assert all(log.attempts == 1 and "mail server down" in log.last_error for log in unsent)
    # Still down: another attempt is counted, nothing is marked sent.
    assert invitations_retry(now=now) == 0
    assert [log.attempts for log in _unsent(failed)] == [2, 2]
    settings.EMAIL_BACKEND = WORKING
    assert invitations_retry(now=now) == 2
    assert sorted(m.to[0] for m in mail.outbox) == sorted(["staff@example.com", failed.loop.candidate.email])
    logs = InvitationLog.objects.filter(interview=failed)
    assert all(log.sent_at is not None and log.attempts == 3 and log.last_error == "" for log in logs)
    (_, content, _), = mail.outbox[0].attachments
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(event["UID"]) == failed.ical_uid and int(event["SEQUENCE"]) == 0
    # Idempotent: a second run finds nothing left to send.
    mail.outbox.clear()
    assert invitations_retry(now=now) == 0 and mail.outbox == []


def test_recruiters_see_unsent_invitations_with_their_error(failed, api_as, recruiter):
    rows = api_as(recruiter).get(f"/api/loops/{failed.loop_id}/invitations/").json()
    assert [(row["sent_at"], row["attempts"], row["last_error"]) for row in rows] == [
        (None, 1, "ConnectionRefusedError: mail server down")] * 2


def test_retries_stop_after_the_limit_with_the_last_error_kept(failed, settings):
    settings.SCORECARD_INVITATION_MAX_ATTEMPTS = 2
    assert invitations_retry(now=at(-24)) == 0
    assert invitations_retry(now=at(-24)) == 0  # both rows have had their two tries; this one tries nothing
    assert [log.attempts for log in _unsent(failed)] == [2, 2]
    settings.EMAIL_BACKEND = WORKING
    assert invitations_retry(now=at(-24)) == 0 and mail.outbox == []
    assert all("ConnectionRefusedError: mail server down" == log.last_error for log in _unsent(failed))


def test_a_superseded_invitation_is_not_resent(failed, recruiter, settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = WORKING
    with django_capture_on_commit_callbacks(execute=True):
        interview_update(interview=failed, values={"location": "Room 7"}, by=recruiter)
    assert len(mail.outbox) == 2  # the update (sequence 1) went out
    mail.outbox.clear()
    assert invitations_retry(now=at(-24)) == 0 and mail.outbox == []
    assert {log.sequence for log in _unsent(failed)} == {0}


def test_an_invitation_for_an_interview_that_has_ended_is_not_resent(failed, settings):
    settings.EMAIL_BACKEND = WORKING
    assert invitations_retry(now=failed.ends_at + timedelta(minutes=1)) == 0 and mail.outbox == []
    assert invitations_retry(now=failed.ends_at - timedelta(minutes=1)) == 2


def test_the_beat_task_is_scheduled_and_wraps_the_service(failed, settings, monkeypatch):
    from django.utils import timezone

    from scorecards.tasks import scorecard_invitations_retry

    entry = settings.CELERY_BEAT_SCHEDULE["scorecards-invitations-retry"]
    assert entry == {"task": scorecard_invitations_retry.name, "schedule": 600}
    assert scorecard_invitations_retry.name == "scorecards.invitations_retry"
    settings.EMAIL_BACKEND = WORKING
    monkeypatch.setattr(timezone, "now", lambda: at(-1))
    assert scorecard_invitations_retry() == 2
    assert scorecard_invitations_retry() == 0
