import pytest
from django.utils import timezone

from hiring.models import Dimension
from scorecards.models import CalibrationRun, Interview, LoopStatus
from scorecards.services import loop_create, scorecard_start, scorecard_submit
from tests.support.worker import wait_for


@pytest.mark.worker
@pytest.mark.django_db(transaction=True)
def test_submitting_a_scorecard_recalibrates_through_the_worker(celery_worker, scored, blueprint, panel):
    loop = loop_create(candidate=scored[0].candidate, blueprint=blueprint)
    loop.status = LoopStatus.SCHEDULED
    loop.save()
    now = timezone.now()
    interview = Interview.objects.create(loop=loop, title="Follow-up", starts_at=now, ends_at=now + timezone.timedelta(hours=1))
    interviewer = panel["middle"]
    interview.interviewers.add(interviewer)
    dimensions = list(Dimension.objects.filter(blueprint=blueprint).order_by("position")[:3])
    interview.dimensions.set(dimensions)
    card = scorecard_start(interview=interview, interviewer=interviewer)
    card = scorecard_submit(scorecard=card, by=interviewer, recommendation="yes", scores=[
        {"dimension": d.slug, "score": 4, "evidence": "Clear reasoning."} for d in dimensions])

    def run_with_card():
        return CalibrationRun.objects.filter(blueprint=blueprint, provenance__contains=[[card.pk, card.version]]).first()

    run = wait_for(run_with_card, timeout=90, what=f"a calibration run (worker log: {celery_worker.log_path})")
    assert run.is_ok, run.message
    assert CalibrationRun.objects.filter(blueprint=blueprint).count() == 1
