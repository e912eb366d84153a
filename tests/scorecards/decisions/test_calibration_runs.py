import pytest

from scorecards.calibration_selectors import SCORE_COLUMNS, calibration_scores_frame
from scorecards.calibration_services import calibration_recompute
from scorecards.models import CalibrationRun, DimensionScore, Scorecard, ScorecardStatus

pytestmark = pytest.mark.django_db


def test_frame_holds_only_submitted_assessed_scores(scored, make_loop, panel, blueprint):
    n = len(make_loop.dimensions)
    make_loop("Drafty", {panel["middle"]: [5] * n}, status=ScorecardStatus.DRAFT)
    frame = calibration_scores_frame(blueprint=blueprint)
    assert list(frame.columns) == SCORE_COLUMNS
    # six loops × two interviewers × n dimensions, minus one not-assessed score; the draft is left out
    assert len(frame) == 12 * n - 1
    assert "Drafty" not in set(frame["candidate"])
    drafty = str(Scorecard.objects.get(status=ScorecardStatus.DRAFT).interview.loop.candidate_id)
    assert drafty not in set(frame["candidate"])
    assert set(frame["interviewer"]) == {"harsh", "lenient", "middle"}
    assert frame["submitted_at"].notna().all()


def test_recompute_stores_the_run_with_its_provenance_and_is_idempotent(scored, blueprint):
    run, created = calibration_recompute(blueprint=blueprint)
    assert created and run.is_ok
    cards = Scorecard.objects.filter(status=ScorecardStatus.SUBMITTED)
    assert sorted(run.provenance) == sorted([c.pk, c.version] for c in cards)
    assert run.n_scores == DimensionScore.objects.filter(not_assessed=False).count()
    severity = {e["interviewer"]: e["severity"] for e in run.result["interviewers"]}
    assert severity["harsh"] > severity["middle"] > severity["lenient"]
    names = {e["name"] for e in run.result["candidates"]}
    assert "Cand A" in names

    again, created_again = calibration_recompute(blueprint=blueprint)
    assert not created_again and again.pk == run.pk
    assert CalibrationRun.objects.count() == 1

    # an amendment (a new version) makes a new run whose provenance names the new version
    card = cards.first()
    card.version = 2
    card.save()
    DimensionScore.objects.filter(scorecard=card).update(score=1)
    newer, created_newer = calibration_recompute(blueprint=blueprint)
    assert created_newer and [card.pk, 2] in newer.provenance and [card.pk, 1] not in newer.provenance
    assert CalibrationRun.objects.count() == 2


def test_no_scores_is_a_failed_run_with_a_message_and_not_repeated(blueprint):
    run, created = calibration_recompute(blueprint=blueprint)
    assert created and run.status == "failed" and "No submitted scores" in run.message
    assert calibration_recompute(blueprint=blueprint) == (run, False)
