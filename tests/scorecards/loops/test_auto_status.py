"""Loop status moves on its own where the facts are unambiguous, audited with no actor and a reason."""
import pytest

from scorecards.models import AuditEvent, Loop
from scorecards.services import interview_cancel, loop_transition, loops_advance

from .conftest import at

pytestmark = pytest.mark.django_db


def _moves(loop):
    return [(e.actor_id, e.before["status"], e.after["status"], e.reason)
            for e in AuditEvent.objects.filter(object_type="loop", object_id=loop.pk, action="loop.status")]


def _status(loop):
    return Loop.objects.get(pk=loop.pk).status


@pytest.fixture
def panel(make_loop, interviewer, ian):
    """Scheduled: a design round (Ivy and Ian) at 10:00 and a coding round (Ian) at 12:00."""
    return make_loop(interviews=[{"title": "Design", "interviewers": [interviewer, ian], "start": 0},
                                 {"title": "Coding", "interviewers": [ian], "start": 2}], status="scheduled")


def test_the_first_scorecard_starts_the_loop_and_the_last_completes_it(panel, interviewer, ian, submit, recruiter):
    design, coding = panel.interviews.order_by("starts_at")
    submit(design, interviewer)
    assert _status(panel) == "in_progress"
    submit(design, ian)
    assert _status(panel) == "in_progress"  # Ian still owes the coding round
    submit(coding, ian)
    assert _status(panel) == "complete"
    auto = [m for m in _moves(panel) if m[0] is None]
    assert [(before, after) for _, before, after, _ in auto] == [("scheduled", "in_progress"),
                                                                 ("in_progress", "complete")]
    assert "first scorecard was submitted" in auto[0][3] and "“Design”" in auto[0][3]
    assert auto[1][3] == "Every interviewer of every interview submitted a scorecard."
    # The recruiter's own move (scheduling) is still recorded as theirs.
    assert (recruiter.pk, "draft", "scheduled", "") in _moves(panel)


def test_the_first_interview_starting_starts_the_loop_in_the_beat_task(panel, monkeypatch):
    from django.utils import timezone

    from scorecards.tasks import scorecard_reminders_send

    assert loops_advance(now=at(-0.01)) == {} and _status(panel) == "scheduled"
    monkeypatch.setattr(timezone, "now", lambda: at(0))
    scorecard_reminders_send()
    assert _status(panel) == "in_progress"
    (actor, before, after, reason), = [m for m in _moves(panel) if m[0] is None]
    assert actor is None and (before, after) == ("scheduled", "in_progress")
    assert reason.startswith("The first interview started (“Design”, 2030-03-04 10:00–11:00 UTC)")
    # Running again moves nothing and records nothing.
    assert loops_advance(now=at(5)) == {}
    assert len(_moves(panel)) == 2


def test_cancelled_interviews_are_not_waited_for(panel, interviewer, ian, submit):
    design, coding = panel.interviews.order_by("starts_at")
    submit(design, interviewer)
    submit(design, ian)
    assert _status(panel) == "in_progress"
    interview_cancel(interview=coding, by=None)
    assert _status(panel) == "in_progress"
    assert loops_advance(now=at(-1)) == {panel.pk: ["complete"]}
    assert _status(panel) == "complete"


def test_drafts_and_cancelled_loops_never_move_on_their_own(make_loop, interviewer):
    draft = make_loop(interviews=[{"interviewers": [interviewer], "start": 0}])
    cancelled = make_loop(interviews=[{"interviewers": [interviewer], "start": 4}], status="cancelled")
    assert loops_advance(now=at(48)) == {}
    assert (_status(draft), _status(cancelled)) == ("draft", "cancelled")


def test_a_loop_under_way_with_scorecards_missing_stays_under_way(panel):
    assert loops_advance(now=at(48)) == {panel.pk: ["in_progress"]}
    assert loops_advance(now=at(96)) == {}
    assert _status(panel) == "in_progress"


def test_recruiters_still_move_loops_by_hand(panel, recruiter, api_as, interviewer, submit):
    response = api_as(recruiter).post(f"/api/loops/{panel.pk}/transition/", {"status": "in_progress"},
                                      format="json")
    assert response.status_code == 200 and _status(panel) == "in_progress"
    loop_transition(loop=panel, status="complete", by=recruiter)
    assert _status(panel) == "complete"
    assert [m[0] for m in _moves(panel)] == [recruiter.pk] * 3
    # A scorecard submitted after the recruiter completed the loop leaves it complete, with no extra move.
    submit(panel.interviews.order_by("starts_at").first(), interviewer)
    assert _status(panel) == "complete" and len(_moves(panel)) == 3
