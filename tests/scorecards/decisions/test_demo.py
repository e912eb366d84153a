import pytest

from hiring.demo import DEMO_LOADERS, demo_users_create
from scorecards.calibration_demo import demo_calibration_load
from scorecards.models import CalibrationRun, HiringDecision, Loop


@pytest.mark.django_db
def test_demo_calibration_shows_a_harsh_and_a_lenient_interviewer_and_reorders_candidates(catalogue):
    assert demo_calibration_load in DEMO_LOADERS
    demo_users_create()
    lines = demo_calibration_load()
    assert "12 new loops" in lines[0]
    run = CalibrationRun.objects.get()
    assert run.is_ok
    flags = {e["interviewer"]: e["flags"] for e in run.result["interviewers"]}
    assert "harsh" in flags["hector"]
    assert "lenient" in flags["lena"]
    by_raw = [e["candidate"] for e in sorted(run.result["candidates"], key=lambda e: -e["raw_mean"])]
    by_adjusted = [e["candidate"] for e in run.result["candidates"]]
    assert by_raw != by_adjusted
    decisions = HiringDecision.objects.count()
    assert decisions and all(d.calibration_run_id == run.pk for d in HiringDecision.objects.all())

    # loading again changes nothing
    assert "0 new loops" in demo_calibration_load()[0]
    assert CalibrationRun.objects.count() == 1
    assert HiringDecision.objects.count() == decisions
    assert Loop.objects.filter(candidate__external_id__startswith="cal-demo-").count() == 12
