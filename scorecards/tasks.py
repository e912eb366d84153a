from celery import shared_task

from .services import invitations_retry, loops_advance, reminders_send


@shared_task(name="scorecards.reminders_send", ignore_result=True)
def scorecard_reminders_send() -> int:
    """Beat task: move loops on whose time has come, then remind interviewers of missing scorecards; safe to run
    any number of times. Returns the number of reminders sent."""
    loops_advance()
    return len(reminders_send())


@shared_task(name="scorecards.invitations_retry", ignore_result=True)
def scorecard_invitations_retry() -> int:
    """Beat task: resend calendar invitations whose email failed; safe to run any number of times."""
    return invitations_retry()
