"""Interview times entered on a chosen zone's clock, stored in UTC, shown in that zone, sent as UTC."""
from datetime import datetime, timezone

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse
from icalendar import Calendar

from scorecards.models import Interview

pytestmark = pytest.mark.django_db

UTC = timezone.utc


def _post(loop, interviewers, *, starts: str, ends: str, time_zone: str | None, title="Design round"):
    study = loop.blueprint.case_studies.exclude(kind="take_home").order_by("slug").first()
    data = {"title": title, "case_study": study.pk, "dimensions": [d.pk for d in study.dimensions.all()],
            "interviewers": [u.pk for u in interviewers], "starts_at": starts, "ends_at": ends,
            "location": "Room 2", "video_link": ""}
    if time_zone is not None:
        data["time_zone"] = time_zone
    return data


def _ics_event(message):
    (_, content, _), = message.attachments
    return Calendar.from_ical(content).walk("VEVENT")[0]


def test_times_entered_in_new_york_are_stored_in_utc_shown_in_new_york_and_invited_in_utc(
        client, recruiter, interviewer, make_loop, django_capture_on_commit_callbacks):
    loop = make_loop()
    client.force_login(recruiter)
    response = client.post(reverse("scorecards:interview-create", args=[loop.pk]), _post(
        loop, [interviewer], starts="2030-03-04T09:00", ends="2030-03-04T10:00", time_zone="America/New_York"))
    assert response.status_code == 302, response.content.decode()[-3000:]
    interview = loop.interviews.get()
    assert interview.time_zone == "America/New_York"
    assert (interview.starts_at, interview.ends_at) == (datetime(2030, 3, 4, 14, 0, tzinfo=UTC),
                                                          datetime(2030, 3, 4, 15, 0, tzinfo=UTC))
    page = client.get(reverse("scorecards:loop-detail", args=[loop.pk])).content.decode()
    assert "2030-03-04 09:00–10:00 EST (America/New_York)" in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("scorecards:loop-transition", args=[loop.pk]), {"status": "scheduled"})
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        event = _ics_event(message)
        assert event.decoded("DTSTART") == datetime(2030, 3, 4, 14, 0, tzinfo=UTC)
        assert event.decoded("DTEND") == datetime(2030, 3, 4, 15, 0, tzinfo=UTC)
        assert "TZID" not in event["DTSTART"].params and event["DTSTART"].to_ical().endswith(b"Z")
        assert "09:00–10:00 EST (America/New_York; 14:00–15:00 UTC)" in message.body
    client.force_login(interviewer)
    kit = client.get(reverse("scorecards:kit", args=[interview.pk])).content.decode()
    assert "2030-03-04 09:00–10:00 EST (America/New_York)" in kit


def test_summer_time_uses_the_summer_offset(client, recruiter, interviewer, make_loop):
    loop = make_loop()
    client.force_login(recruiter)
    response = client.post(reverse("scorecards:interview-create", args=[loop.pk]), _post(
        loop, [interviewer], starts="2030-07-01T10:00", ends="2030-07-01T11:30", time_zone="Europe/London"))
    assert response.status_code == 302
    interview = loop.interviews.get()
    assert interview.starts_at == datetime(2030, 7, 1, 9, 0, tzinfo=UTC)
    assert interview.slot_label == "2030-07-01 10:00–11:30 BST (Europe/London)"


def test_a_time_the_clock_shows_twice_is_its_first_occurrence(client, recruiter, interviewer, make_loop):
    # 01:30 on 3 November 2030 happens twice in New York; the first time is still on daylight time (UTC-4).
    loop = make_loop()
    client.force_login(recruiter)
    response = client.post(reverse("scorecards:interview-create", args=[loop.pk]), _post(
        loop, [interviewer], starts="2030-11-03T01:30", ends="2030-11-03T03:00", time_zone="America/New_York"))
    assert response.status_code == 302
    interview = loop.interviews.get()
    assert interview.starts_at == datetime(2030, 11, 3, 5, 30, tzinfo=UTC)
    assert interview.ends_at == datetime(2030, 11, 3, 8, 0, tzinfo=UTC)
    assert interview.slot_label == "2030-11-03 01:30–03:00 EDT/EST (America/New_York)"


def test_no_zone_chosen_means_the_site_zone(client, recruiter, interviewer, make_loop, settings):
    assert settings.TIME_ZONE == "UTC"
    loop = make_loop()
    client.force_login(recruiter)
    form = client.get(reverse("scorecards:interview-create", args=[loop.pk])).context["form"]
    assert form["time_zone"].value() == "UTC"
    response = client.post(reverse("scorecards:interview-create", args=[loop.pk]), _post(
        loop, [interviewer], starts="2030-03-04T09:00", ends="2030-03-04T10:00", time_zone=None))
    assert response.status_code == 302
    interview = loop.interviews.get()
    assert interview.time_zone == "UTC" and interview.starts_at == datetime(2030, 3, 4, 9, 0, tzinfo=UTC)
    assert interview.slot_label == "2030-03-04 09:00–10:00 UTC"


@pytest.mark.parametrize("zone, starts, message", [
    ("Mars/Olympus_Mons", "2030-03-04T09:00", "Select a valid choice"),
    # 02:30 on 10 March 2030 does not happen in New York: the clocks go from 02:00 to 03:00.
    ("America/New_York", "2030-03-10T02:30", "does not exist in America/New_York"),
])
def test_an_unknown_zone_or_a_skipped_time_is_refused_and_nothing_is_saved(client, recruiter, interviewer,
                                                                           make_loop, zone, starts, message):
    loop = make_loop()
    client.force_login(recruiter)
    response = client.post(reverse("scorecards:interview-create", args=[loop.pk]), _post(
        loop, [interviewer], starts=starts, ends="2030-03-10T05:00", time_zone=zone))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert loop.interviews.count() == 0


def test_the_edit_page_shows_the_entered_clock_and_saving_it_unchanged_changes_nothing(
        client, recruiter, interviewer, make_loop, django_capture_on_commit_callbacks):
    loop = make_loop()
    client.force_login(recruiter)
    client.post(reverse("scorecards:interview-create", args=[loop.pk]), _post(
        loop, [interviewer], starts="2030-03-04T09:00", ends="2030-03-04T10:00", time_zone="Asia/Kolkata"))
    interview = loop.interviews.get()
    assert interview.starts_at == datetime(2030, 3, 4, 3, 30, tzinfo=UTC)
    page = client.get(reverse("scorecards:interview-edit", args=[interview.pk])).content.decode()
    assert 'value="2030-03-04T09:00"' in page and 'value="Asia/Kolkata" selected' in page
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("scorecards:loop-transition", args=[loop.pk]), {"status": "scheduled"})
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("scorecards:interview-edit", args=[interview.pk]), _post(
            loop, [interviewer], starts="2030-03-04T09:00", ends="2030-03-04T10:00", time_zone="Asia/Kolkata"))
    assert response.status_code == 302
    interview.refresh_from_db()
    assert interview.starts_at == datetime(2030, 3, 4, 3, 30, tzinfo=UTC) and interview.sequence == 0
    assert mail.outbox == []
    # Moving the same wall-clock time to another zone moves the interview, and attendees hear of it.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("scorecards:interview-edit", args=[interview.pk]), _post(
            loop, [interviewer], starts="2030-03-04T09:00", ends="2030-03-04T10:00", time_zone="Europe/Berlin"))
    interview.refresh_from_db()
    assert interview.starts_at == datetime(2030, 3, 4, 8, 0, tzinfo=UTC) and interview.sequence == 1
    assert {_ics_event(m).decoded("DTSTART") for m in mail.outbox} == {datetime(2030, 3, 4, 8, 0, tzinfo=UTC)}


def test_the_services_refuse_an_unknown_zone_and_the_api_keeps_the_entered_one(make_loop, interviewer, recruiter,
                                                                               api_as):
    from scorecards import services

    loop = make_loop(interviews=[{"interviewers": [interviewer], "start": 0}])
    interview = loop.interviews.get()
    with pytest.raises(ValidationError) as caught:
        services.interview_update(interview=interview, values={"time_zone": "Not/A_Zone"}, by=recruiter)
    assert "time_zone" in caught.value.message_dict
    interview.refresh_from_db()
    assert interview.time_zone == "UTC"
    services.interview_update(interview=interview, values={"time_zone": "America/Los_Angeles"}, by=recruiter)
    response = api_as(recruiter).patch(f"/api/interviews/{interview.pk}/", {
        "starts_at": "2030-03-04T18:00:00+00:00", "ends_at": "2030-03-04T19:00:00+00:00"}, format="json")
    assert response.status_code == 200 and response.json()["starts_at"].startswith("2030-03-04T18:00:00")
    interview = Interview.objects.get(pk=interview.pk)
    assert interview.time_zone == "America/Los_Angeles"
    assert interview.slot_label == "2030-03-04 10:00–11:00 PST (America/Los_Angeles)"
