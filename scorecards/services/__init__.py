"""Writes for loops, interviews, invitations, scorecards and reminders."""
from .errors import Conflict
from .loops import (
    candidate_create,
    candidate_update,
    interview_cancel,
    interview_create,
    interview_update,
    invitations_retry,
    loop_advance,
    loop_create,
    loop_transition,
    loop_update,
    loops_advance,
)
from .reminders import reminders_send
from .scorecards import (
    SCORECARD_CHANGED_HOOKS,
    scorecard_amend,
    scorecard_save_draft,
    scorecard_snapshot,
    scorecard_start,
    scorecard_submit,
)

__all__ = [
    "Conflict", "SCORECARD_CHANGED_HOOKS", "candidate_create", "candidate_update", "interview_cancel",
    "interview_create", "interview_update", "invitations_retry", "loop_advance", "loop_create", "loop_transition", "loop_update", "loops_advance", "reminders_send",
    "scorecard_amend", "scorecard_save_draft", "scorecard_snapshot", "scorecard_start", "scorecard_submit",
]
