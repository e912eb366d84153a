"""Calibration engine: interviewer severity, adjusted candidate means,
reliability and flags. Pure computation (pandas/numpy/scipy), no ORM."""

from .engine import calibrate, expected_score, format_text
from .inputs import CalibrationInputError, read_scores_csv, validate_scores
from .model import RaterFit, fit_rater_model
from .reliability import alpha_from_long, icc_table, krippendorff_alpha

__all__ = [
    "CalibrationInputError",
    "RaterFit",
    "alpha_from_long",
    "calibrate",
    "expected_score",
    "fit_rater_model",
    "format_text",
    "icc_table",
    "krippendorff_alpha",
    "read_scores_csv",
    "validate_scores",
]
