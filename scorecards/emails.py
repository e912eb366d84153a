"""Calendar invitations (RFC 5545/5546 through `icalendar`) and the emails that carry them and reminders."""
from __future__ import annotations

from datetime import datetime
from datetime import timezone as dt_timezone

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

from .models import Interview, InvitationLog, InvitationMethod

PRODID = "-//ML hiring platform//Interview loops//EN"


def _address(name: str, email: str, *, role: str | None = None) -> vCalAddress:
    address = vCalAddress(f"mailto:{email}")
    address.params["CN"] = vText(name)
    if role:
        address.params["ROLE"] = vText(role)
        address.params["PARTSTAT"] = vText("NEEDS-ACTION")
        address.params["RSVP"] = vText("TRUE")
    return address


def attendees_of(interview: Interview) -> list[tuple[str, str]]:
    """(name, email) of everyone invited to an interview: its interviewers, then the candidate."""
    people = [(str(user), user.email) for user in interview.interviewers.all() if user.email]
    candidate = interview.loop.candidate
    people.append((candidate.name, candidate.email))
    return people


def interview_ics(*, interview: Interview, method: str, sequence: int, now: datetime | None = None) -> bytes:
    """The .ics body for one interview: the same UID for its whole life, SEQUENCE as given."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", method)
    event = Event()
    event.add("uid", interview.ical_uid)
    event.add("sequence", sequence)
    event.add("dtstamp", now or timezone.now())
    # Always UTC ("…Z"): every calendar reads it the same way, whatever zone the times were entered in.
    event.add("dtstart", interview.starts_at.astimezone(dt_timezone.utc))
    event.add("dtend", interview.ends_at.astimezone(dt_timezone.utc))
    loop = interview.loop
    event.add("summary", f"Interview: {loop.candidate.name} — {interview.title} ({loop.blueprint.title})")
    if interview.location:
        event.add("location", interview.location)
    if interview.video_link:
        event.add("url", interview.video_link)
    description = [f"{interview.title} for the {loop.blueprint.title} loop of {loop.candidate.name}."]
    if interview.video_link:
        description.append(f"Video link: {interview.video_link}")
    event.add("description", "\n".join(description))
    event.add("status", "CANCELLED" if method == InvitationMethod.CANCEL else "CONFIRMED")
    event.add("organizer", _address("Hiring team", settings.DEFAULT_FROM_EMAIL), encode=False)
    for name, email in attendees_of(interview):
        event.add("attendee", _address(name, email, role="REQ-PARTICIPANT"), encode=False)
    calendar.add_component(event)
    return calendar.to_ical()


def _when(interview: Interview) -> str:
    """The slot on the interview's wall clock, with its zone, and in UTC when that differs."""
    start, end = interview.local(interview.starts_at), interview.local(interview.ends_at)
    text = f"{start:%a %d %b %Y, %H:%M}–{end:%H:%M} {start:%Z}"
    if start.utcoffset():
        utc_start, utc_end = interview.starts_at.astimezone(dt_timezone.utc), interview.ends_at.astimezone(
            dt_timezone.utc)
        text += f" ({interview.time_zone}; {utc_start:%H:%M}–{utc_end:%H:%M} UTC)"
    return text


def invitation_send(*, log: InvitationLog) -> None:
    """Send one logged invitation and stamp it sent; a log already sent is left alone."""
    if log.sent_at is not None:
        return
    interview = log.interview
    cancel = log.method == InvitationMethod.CANCEL
    if cancel:
        subject = f"Cancelled: interview with {interview.loop.candidate.name} — {interview.title}"
        lead = "This interview has been cancelled."
    elif log.sequence == 0:
        subject = f"Invitation: interview with {interview.loop.candidate.name} — {interview.title}"
        lead = "You are invited to this interview."
    else:
        subject = f"Updated: interview with {interview.loop.candidate.name} — {interview.title}"
        lead = "This interview has changed; the attached invitation replaces the earlier one."
    lines = [f"Hello {log.recipient_name},", "", lead, "", f"When: {_when(interview)}"]
    if interview.location:
        lines.append(f"Where: {interview.location}")
    if interview.video_link:
        lines.append(f"Video: {interview.video_link}")
    if log.user_id and not cancel:
        lines += ["", f"Interview kit: {settings.SITE_URL}{reverse('scorecards:kit', args=[interview.pk])}"]
    message = EmailMultiAlternatives(subject=subject, body="\n".join(lines), to=[log.recipient_email])
    method = log.method
    ics = interview_ics(interview=interview, method=method, sequence=log.sequence)
    message.attach("invite.ics", ics, f"text/calendar; method={method}; charset=utf-8")
    message.send()
    InvitationLog.objects.filter(pk=log.pk, sent_at__isnull=True).update(sent_at=timezone.now())


def reminder_send(*, interview: Interview, user, slot: int) -> None:
    kit = f"{settings.SITE_URL}{reverse('scorecards:kit', args=[interview.pk])}"
    first = slot == 0
    subject = (f"{'Reminder' if first else 'Still missing'}: your scorecard for {interview.loop.candidate.name} "
               f"— {interview.title}")
    body = "\n".join([
        f"Hello {user},", "",
        f"Your scorecard for the interview with {interview.loop.candidate.name} ({_when(interview)}) "
        "has not been submitted yet. Please write it while your notes are fresh; the other interviewers' "
        "scorecards stay hidden from you until yours is in.", "",
        f"Interview kit and scorecard: {kit}",
    ])
    EmailMultiAlternatives(subject=subject, body=body, to=[user.email]).send()
