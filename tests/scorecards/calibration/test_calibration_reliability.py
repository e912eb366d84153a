"""Reliability statistics against published values and reference implementations."""

import krippendorff
import numpy as np
import pandas as pd
import pingouin
import pytest

from scorecards.calibration import alpha_from_long, icc_table, krippendorff_alpha

NA = np.nan
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
# 4 observers x 12 units with missing values.
KRIPPENDORFF_2011 = np.array([
    [1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3],
    [NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA],
])

# Shrout & Fleiss (1979), Table 2: 6 targets x 4 judges.
SHROUT_FLEISS = np.array([
    [9, 2, 5, 8],
    [6, 1, 3, 2],
    [8, 4, 6, 8],
    [7, 1, 2, 6],
    [10, 5, 6, 9],
    [6, 2, 4, 7],
])


@pytest.mark.parametrize(
    "level, published",
    [("nominal", 0.743), ("ordinal", 0.815), ("interval", 0.849), ("ratio", 0.797)],
)
def test_krippendorff_alpha_matches_published_example(level, published):
    assert round(krippendorff_alpha(KRIPPENDORFF_2011, level=level), 3) == published


@pytest.mark.parametrize("level", ["nominal", "ordinal", "interval", "ratio"])
def test_krippendorff_alpha_matches_reference_package_on_random_sparse_data(level):
    rng = np.random.default_rng(11)
    # units share a signal so alpha is far from 0; then cells are knocked out
    signal = rng.integers(1, 6, size=60)
    data = np.clip(signal + rng.integers(-1, 2, size=(7, 60)), 1, 5).astype(float)
    data[rng.random(data.shape) < 0.45] = np.nan
    ours = krippendorff_alpha(data, level=level)
    theirs = krippendorff.alpha(reliability_data=data, level_of_measurement=level)
    assert ours == pytest.approx(theirs, abs=1e-9)


def test_alpha_from_long_equals_matrix_form_and_ignores_unpairable_units():
    coders, units = np.nonzero(~np.isnan(KRIPPENDORFF_2011))
    values = KRIPPENDORFF_2011[coders, units]
    assert alpha_from_long(units, values, level="interval") == pytest.approx(
        krippendorff_alpha(KRIPPENDORFF_2011, level="interval")
    )


def test_alpha_is_one_under_perfect_agreement_and_rejects_unknown_level():
    data = np.array([[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, np.nan, 4]], dtype=float)
    assert krippendorff_alpha(data, level="ordinal") == pytest.approx(1.0)
    with pytest.raises(ValueError):
        krippendorff_alpha(data, level="circular")


@pytest.mark.parametrize(
    "name, published",
    [("ICC1", 0.17), ("ICC2", 0.29), ("ICC3", 0.71), ("ICC1k", 0.44), ("ICC2k", 0.62), ("ICC3k", 0.91)],
)
def test_icc_matches_shrout_fleiss_table(name, published):
    assert round(icc_table(SHROUT_FLEISS)[name], 2) == published


def test_icc_matches_pingouin_to_three_decimals_including_intervals():
    long = pd.DataFrame(
        [(t, j, SHROUT_FLEISS[t, j]) for t in range(6) for j in range(4)],
        columns=["target", "judge", "rating"],
    )
    ref = pingouin.intraclass_corr(data=long, targets="target", raters="judge", ratings="rating")
    ref = ref.set_index("Type")
    ours = icc_table(SHROUT_FLEISS)
    names = {"ICC(1,1)": "ICC1", "ICC(A,1)": "ICC2", "ICC(C,1)": "ICC3",
             "ICC(1,k)": "ICC1k", "ICC(A,k)": "ICC2k", "ICC(C,k)": "ICC3k"}
    for ref_name, our_name in names.items():
        assert round(ours[our_name], 3) == round(float(ref.at[ref_name, "ICC"]), 3)
        # pingouin rounds its intervals to 2 decimals
        low, high = ref.at[ref_name, "CI95"]
        assert ours[our_name + "_ci"][0] == pytest.approx(low, abs=0.006)
        assert ours[our_name + "_ci"][1] == pytest.approx(high, abs=0.006)


def test_icc_refuses_incomplete_matrix():
    data = SHROUT_FLEISS.astype(float)
    data[0, 0] = np.nan
    with pytest.raises(ValueError):
        icc_table(data)
