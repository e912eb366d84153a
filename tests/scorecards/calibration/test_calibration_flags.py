"""Simulated interviewers with a known behaviour get their flag; an average one none."""

import pandas as pd
import pytest

from scorecards.calibration import calibrate
from scorecards.calibration.simulate import Design, simulate

ROLES = ("harsh", "lenient", "halo", "low-variance", "drift", "average")
EXPECTED = {"harsh": "harsh", "lenient": "lenient", "halo": "halo",
            "low-variance": "low-variance", "drift": "drift"}


@pytest.fixture(scope="module", params=[0, 1, 2])
def run(request):
    design = Design("flags", n_candidates=300, n_interviewers=30, severity_sd=0.3)
    sim = simulate(design, seed=request.param, roles=ROLES)
    result = calibrate(sim.scores)
    by_id = {e["interviewer"]: e for e in result["interviewers"]}
    return sim, result, by_id


@pytest.mark.parametrize("role", sorted(EXPECTED))
def test_each_behaviour_gets_its_flag(run, role):
    sim, _, by_id = run
    assert EXPECTED[role] in by_id[sim.special[role]]["flags"]


def test_average_interviewer_gets_no_flag(run):
    sim, _, by_id = run
    assert by_id[sim.special["average"]]["flags"] == []


def test_pattern_flags_are_specific(run):
    sim, result, _ = run
    for flag in ("halo", "low-variance", "drift"):
        flagged = [e["interviewer"] for e in result["interviewers"] if flag in e["flags"]]
        assert flagged == [sim.special[flag]]


def test_harsh_and_lenient_rest_on_intervals(run):
    _, result, _ = run
    for e in result["interviewers"]:
        if "harsh" in e["flags"]:
            assert e["ci_low"] > 0 and e["severity"] >= 0.25
        if "lenient" in e["flags"]:
            assert e["ci_high"] < 0 and e["severity"] <= -0.25
        if e["ci_low"] <= 0 <= e["ci_high"]:
            assert "harsh" not in e["flags"] and "lenient" not in e["flags"]


def test_few_scores_flag():
    design = Design("few", n_candidates=120, n_interviewers=12)
    sim = simulate(design, seed=3)
    scores = sim.scores
    extra = scores[scores["candidate"] == scores["candidate"].iloc[0]].drop_duplicates("dimension").head(2).copy()
    extra["interviewer"] = "newcomer"
    result = calibrate(pd.concat([scores, extra], ignore_index=True))
    newcomer = next(e for e in result["interviewers"] if e["interviewer"] == "newcomer")
    assert "few-scores" in newcomer["flags"]
    assert not {"harsh", "lenient"} & set(newcomer["flags"])
    others = [e for e in result["interviewers"] if e["interviewer"] != "newcomer"]
    assert all("few-scores" not in e["flags"] for e in others)
