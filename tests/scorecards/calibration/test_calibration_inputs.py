"""Malformed inputs are rejected whole, naming the offending row."""

import io

import numpy as np
import pandas as pd
import pytest

from scorecards.calibration import CalibrationInputError, read_scores_csv, validate_scores

GOOD = (
    "candidate,interviewer,dimension,score\n"
    "c1,alice,framing,4\n"
    "c1,bob,framing,3\n"
    "c2,alice,framing,5\n"
)


def read(text, **kwargs):
    return read_scores_csv(io.StringIO(text), **kwargs)


def test_good_file_reads_with_numeric_scores():
    df = read(GOOD)
    assert list(df.columns[:4]) == ["candidate", "interviewer", "dimension", "score"]
    assert df["score"].tolist() == [4.0, 3.0, 5.0]


def test_optional_columns_are_kept_and_dates_parsed():
    text = (
        "candidate,interviewer,dimension,score,loop,stage,submitted_at\n"
        "c1,alice,framing,4,L1,onsite,2026-03-01T10:00:00Z\n"
        "c2,bob,framing,2,L2,screen,2026-03-02\n"
    )
    df = read(text)
    assert df["loop"].tolist() == ["L1", "L2"]
    assert df["stage"].tolist() == ["onsite", "screen"]
    assert (df["submitted_at"].iloc[1] - df["submitted_at"].iloc[0]).days == 0
    assert df["submitted_at"].iloc[1] > df["submitted_at"].iloc[0]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("candidate,interviewer,dimension,rating\nc1,alice,framing,4\n", "missing column(s) score"),
        ("candidate,interviewer,dimension,score,notes\nc1,alice,framing,4,x\n", "unknown column(s) notes"),
        ("candidate,interviewer,score\nc1,alice,4\n", "missing column(s) dimension"),
        ("candidate,interviewer,dimension,score,score\nc1,alice,framing,4,4\n", "appears twice"),
    ],
)
def test_bad_header_is_an_unknown_layout(text, expected):
    with pytest.raises(CalibrationInputError) as err:
        read(text)
    assert str(err.value).startswith("header")
    assert expected in str(err.value)


def test_out_of_scale_score_names_the_row_and_its_content():
    with pytest.raises(CalibrationInputError) as err:
        read(GOOD + "c2,bob,framing,7\n")
    message = str(err.value)
    assert message.startswith("row 4 (c2,bob,framing,7)")
    assert "outside the scale 1..5" in message


def test_scale_can_be_widened():
    assert read(GOOD + "c2,bob,framing,7\n", scale_min=1, scale_max=10)["score"].max() == 7
    with pytest.raises(CalibrationInputError, match=r"row 1 \(c1,alice,framing,4\)"):
        read(GOOD, scale_min=5, scale_max=10)


@pytest.mark.parametrize("bad", ["four", "", "nan", "inf"])
def test_non_numeric_score_names_the_row(bad):
    with pytest.raises(CalibrationInputError) as err:
        read(GOOD + f"c2,bob,framing,{bad}\n")
    assert str(err.value).startswith(f"row 4 (c2,bob,framing,{bad})")
    assert "not a number" in str(err.value)


def test_duplicate_names_both_rows():
    with pytest.raises(CalibrationInputError) as err:
        read(GOOD + "c3,carol,framing,2\nc1,bob,framing,2\n")
    message = str(err.value)
    assert message.startswith("row 5 (c1,bob,framing,2)")
    assert "duplicate" in message and "first given in row 2" in message


def test_empty_identifier_and_bad_date_name_the_row():
    with pytest.raises(CalibrationInputError, match=r"^row 2 \(c1,,framing,3\): empty interviewer"):
        read("candidate,interviewer,dimension,score\nc1,alice,framing,4\nc1,,framing,3\n")
    with pytest.raises(CalibrationInputError, match=r"^row 1 .*submitted_at 'yesterday'"):
        read("candidate,interviewer,dimension,score,submitted_at\nc1,alice,framing,4,yesterday\n")


def test_header_only_and_empty_input_are_errors():
    with pytest.raises(CalibrationInputError, match="no data rows"):
        read("candidate,interviewer,dimension,score\n")
    with pytest.raises(CalibrationInputError, match="empty"):
        read("")


def test_validate_scores_applies_the_same_rules_to_frames():
    frame = pd.DataFrame({
        "candidate": ["c1", "c1", "c2"],
        "interviewer": ["a", "b", "a"],
        "dimension": ["x", "x", "x"],
        "score": [3, 4, 0],
    })
    with pytest.raises(CalibrationInputError, match=r"^row 3 \(c2,a,x,0\): score 0 is outside"):
        validate_scores(frame)
    frame.loc[2, "score"] = np.nan
    with pytest.raises(CalibrationInputError, match=r"^row 3 .*not a number"):
        validate_scores(frame)
    frame.loc[2, "score"] = 2
    assert validate_scores(frame)["score"].tolist() == [3.0, 4.0, 2.0]
