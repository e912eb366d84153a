from celery import shared_task

from .services import reminders_send


@shared_task(name="scorecards.reminders_send", ignore_result=True)
def scorecard_reminders_send() -> int:
    """Beat task: remind interviewers of missing scorecards; safe to run any number of times."""
    return len(reminders_send())
