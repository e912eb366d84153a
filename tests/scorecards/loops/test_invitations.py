import pytest
from django.core import mail
from icalendar import Calendar

from scorecards.models import InvitationLog

from .conftest import at

pytestmark = pytest.mark.django_db


def _event(message):
    (name, content, mimetype), = message.attachments
    assert name == "invite.ics" and mimetype.startswith("text/calendar")
    calendar = Calendar.from_ical(content)
    event = calendar.walk("VEVENT")[0]
    return str(calendar["METHOD"]), event


def _by_recipient(outbox):
    return {message.to[0]: _event(message) for message in outbox}


@pytest.fixture
def live_loop(make_loop, interviewer, ian, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        loop = make_loop(interviews=[{"title": "Design round", "interviewers": [interviewer], "start": 0,
                                      "location": "Room 1"}], status="scheduled")
    assert len(mail.outbox) == 2
    mail.outbox.clear()
    return loop


def test_drafts_send_nothing_and_scheduling_invites_everyone(make_loop, interviewer, ian,
                                                              django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        loop = make_loop(interviews=[{"interviewers": [interviewer, ian], "start": 0}])
    assert mail.outbox == []
    from scorecards.services import loop_transition

    with django_capture_on_commit_callbacks(execute=True):
        loop_transition(loop=loop, status="scheduled", by=None)
    sent = _by_recipient(mail.outbox)
    assert set(sent) == {"staff@example.com", "ian@example.com", loop.candidate.email}
    interview = loop.interviews.get()
    for method, event in sent.values():
        assert method == "REQUEST"
        assert str(event["UID"]) == interview.ical_uid and int(event["SEQUENCE"]) == 0
        assert event.decoded("DTSTART") == at(0) and event.decoded("DTEND") == at(1)
    assert InvitationLog.objects.filter(interview=interview, method="REQUEST", sequence=0,
                                        sent_at__isnull=False).count() == 3
    candidate_mail = next(m for m in mail.outbox if m.to == [loop.candidate.email])
    assert "Interview kit" not in candidate_mail.body
    assert "Interview kit" in next(m for m in mail.outbox if m.to == ["ian@example.com"]).body


def test_every_change_sends_an_update_with_the_same_uid_and_a_higher_sequence(
        live_loop, api_as, recruiter, ian, django_capture_on_commit_callbacks):
    interview = live_loop.interviews.get()
    api = api_as(recruiter)
    changes = [
        {"starts_at": at(3).isoformat(), "ends_at": at(4).isoformat()},  # time
        {"location": "Room 9"},  # place
        {"video_link": "https://meet.example.com/x"},  # place
    ]
    for expected_sequence, change in enumerate(changes, start=1):
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            assert api.patch(f"/api/interviews/{interview.pk}/", change, format="json").status_code == 200
        sent = _by_recipient(mail.outbox)
        assert set(sent) == {"staff@example.com", live_loop.candidate.email}
        for method, event in sent.values():
            assert method == "REQUEST" and str(event["UID"]) == interview.ical_uid
            assert int(event["SEQUENCE"]) == expected_sequence
    method, event = sent["staff@example.com"]
    assert event.decoded("DTSTART") == at(3) and str(event["LOCATION"]) == "Room 9"
    assert "Updated:" in mail.outbox[0].subject
    # A change the calendar does not show sends nothing.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        api.patch(f"/api/interviews/{interview.pk}/", {"dimensions": ["problem-framing"]}, format="json")
    assert mail.outbox == []


def test_swapping_an_interviewer_cancels_for_the_old_and_invites_the_new(
        live_loop, api_as, recruiter, ian, django_capture_on_commit_callbacks):
    interview = live_loop.interviews.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = api_as(recruiter).patch(f"/api/interviews/{interview.pk}/", {"interviewers": ["ian"]},
                                           format="json")
    assert response.status_code == 200
    sent = _by_recipient(mail.outbox)
    assert sent["staff@example.com"][0] == "CANCEL" and int(sent["staff@example.com"][1]["SEQUENCE"]) == 1
    assert sent["ian@example.com"][0] == "REQUEST" and int(sent["ian@example.com"][1]["SEQUENCE"]) == 1
    assert sent[live_loop.candidate.email][0] == "REQUEST"
    assert {str(event["UID"]) for _, event in sent.values()} == {interview.ical_uid}


def test_cancelling_an_interview_or_the_loop_sends_method_cancel(
        make_loop, interviewer, ian, api_as, recruiter, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        loop = make_loop(interviews=[{"interviewers": [interviewer], "start": 0},
                                     {"interviewers": [ian], "start": 2}], status="scheduled")
    first, second = loop.interviews.order_by("starts_at")
    api = api_as(recruiter)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert api.post(f"/api/interviews/{first.pk}/cancel/").status_code == 200
    sent = _by_recipient(mail.outbox)
    assert set(sent) == {"staff@example.com", loop.candidate.email}
    for method, event in sent.values():
        assert method == "CANCEL" and str(event["STATUS"]) == "CANCELLED"
        assert str(event["UID"]) == first.ical_uid and int(event["SEQUENCE"]) == 1
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert api.post(f"/api/loops/{loop.pk}/transition/", {"status": "cancelled"}, format="json").status_code == 200
    sent = _by_recipient(mail.outbox)
    assert set(sent) == {"ian@example.com", loop.candidate.email}  # the cancelled interview is not cancelled twice
    assert all(method == "CANCEL" and str(event["UID"]) == second.ical_uid for method, event in sent.values())
    logs = InvitationLog.objects.filter(interview__loop=loop).values_list("interview_id", "method", "sequence")
    assert sorted(set(logs)) == sorted({(first.pk, "REQUEST", 0), (first.pk, "CANCEL", 1),
                                        (second.pk, "REQUEST", 0), (second.pk, "CANCEL", 1)})


def test_a_new_interview_in_a_scheduled_loop_is_invited_at_once(live_loop, api_as, recruiter, ian,
                                                                 django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = api_as(recruiter).post("/api/interviews/", {
            "loop": live_loop.pk, "title": "Coding", "interviewers": ["ian"], "starts_at": at(5).isoformat(),
            "ends_at": at(6).isoformat()}, format="json")
    assert response.status_code == 201
    assert set(_by_recipient(mail.outbox)) == {"ian@example.com", live_loop.candidate.email}


def test_a_refused_change_sends_nothing(live_loop, api_as, recruiter, django_capture_on_commit_callbacks):
    interview = live_loop.interviews.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = api_as(recruiter).patch(f"/api/interviews/{interview.pk}/",
                                           {"starts_at": at(5).isoformat(), "ends_at": at(4).isoformat()},
                                           format="json")
    assert response.status_code == 400 and mail.outbox == []
    interview.refresh_from_db()
    assert interview.sequence == 0


def test_a_mail_outage_leaves_the_change_and_an_unsent_log(live_loop, api_as, recruiter, settings,
                                                           django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "tests.scorecards.loops.test_invitations.FailingBackend"
    interview = live_loop.interviews.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = api_as(recruiter).patch(f"/api/interviews/{interview.pk}/", {"location": "Room 2"}, format="json")
    assert response.status_code == 200
    interview.refresh_from_db()
    assert interview.location == "Room 2" and interview.sequence == 1
    assert InvitationLog.objects.filter(interview=interview, sequence=1, sent_at__isnull=True).count() == 2


class FailingBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")
