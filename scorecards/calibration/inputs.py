"""Reading and validating score tables.

A malformed input is rejected whole, with a message naming the first
offending data row (1-based, header excluded) and its content.
"""

from __future__ import annotations

import math
import os
from typing import IO, Union

import numpy as np
import pandas as pd

REQUIRED_COLUMNS = ("candidate", "interviewer", "dimension", "score")
OPTIONAL_COLUMNS = ("loop", "stage", "submitted_at")
KEY_COLUMNS = ("candidate", "interviewer", "dimension")


class CalibrationInputError(ValueError):
    """The scores cannot be calibrated; the message names the offending row."""


def _row_content(raw: pd.DataFrame, position: int) -> str:
    values = raw.iloc[position].tolist()
    return ",".join("" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v) for v in values)


def _fail(raw: pd.DataFrame, position: int, problem: str) -> CalibrationInputError:
    return CalibrationInputError(
        f"row {position + 1} ({_row_content(raw, position)}): {problem}"
    )


def _check_layout(columns: list) -> None:
    names = [str(c).strip() for c in columns]
    seen = set()
    for name in names:
        if name in seen:
            raise CalibrationInputError(f"header: column {name!r} appears twice")
        seen.add(name)
    missing = [c for c in REQUIRED_COLUMNS if c not in seen]
    unknown = [c for c in names if c not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    if missing or unknown:
        parts = []
        if missing:
            parts.append("missing column(s) " + ", ".join(missing))
        if unknown:
            parts.append("unknown column(s) " + ", ".join(unknown))
        raise CalibrationInputError(
            "header: unknown column layout ("
            + "; ".join(parts)
            + "); expected candidate,interviewer,dimension,score"
            + " with optional loop,stage,submitted_at"
        )


def _validate(raw: pd.DataFrame, *, scale_min: float, scale_max: float) -> pd.DataFrame:
    if not scale_min < scale_max:
        raise CalibrationInputError(
            f"scale: minimum {scale_min} must be below maximum {scale_max}"
        )
    raw = raw.rename(columns=lambda c: str(c).strip())
    _check_layout(list(raw.columns))
    raw = raw.reset_index(drop=True)
    if len(raw) == 0:
        raise CalibrationInputError("no scores: the input has a header but no data rows")

    out = pd.DataFrame(index=raw.index)
    for column in KEY_COLUMNS:
        text = raw[column].astype("string").str.strip()
        empty = text.isna() | (text == "")
        if empty.any():
            position = int(np.flatnonzero(empty.to_numpy())[0])
            raise _fail(raw, position, f"empty {column}")
        out[column] = text.astype(str)

    score_text = raw["score"]
    if score_text.dtype == object or pd.api.types.is_string_dtype(score_text):
        score_text = score_text.astype("string").str.strip()
    score = pd.to_numeric(score_text, errors="coerce").astype(float)
    bad = score.isna() | ~np.isfinite(score)
    if bad.any():
        position = int(np.flatnonzero(bad.to_numpy())[0])
        raise _fail(raw, position, f"score {raw['score'].iloc[position]!r} is not a number")
    outside = (score < scale_min) | (score > scale_max)
    if outside.any():
        position = int(np.flatnonzero(outside.to_numpy())[0])
        raise _fail(
            raw,
            position,
            f"score {score.iloc[position]:g} is outside the scale {scale_min:g}..{scale_max:g}",
        )
    out["score"] = score

    duplicated = out.duplicated(subset=list(KEY_COLUMNS), keep="first")
    if duplicated.any():
        position = int(np.flatnonzero(duplicated.to_numpy())[0])
        key = tuple(out.loc[position, list(KEY_COLUMNS)])
        first = out.index[
            (out["candidate"] == key[0])
            & (out["interviewer"] == key[1])
            & (out["dimension"] == key[2])
        ][0]
        raise _fail(
            raw,
            position,
            "duplicate (candidate, interviewer, dimension) "
            f"({key[0]}, {key[1]}, {key[2]}); first given in row {int(first) + 1}",
        )

    for column in ("loop", "stage"):
        if column in raw.columns:
            out[column] = raw[column].astype("string").str.strip().fillna("").astype(str)
    if "submitted_at" in raw.columns:
        text = raw["submitted_at"]
        if not pd.api.types.is_datetime64_any_dtype(text):
            text = text.astype("string").str.strip().replace("", pd.NA)
        stamps = pd.to_datetime(text, errors="coerce", utc=True, format="mixed")
        unparsed = stamps.isna() & text.notna()
        if unparsed.any():
            position = int(np.flatnonzero(unparsed.to_numpy())[0])
            raise _fail(
                raw, position, f"submitted_at {raw['submitted_at'].iloc[position]!r} is not a date/time"
            )
        out["submitted_at"] = stamps
    return out


def validate_scores(df: pd.DataFrame, *, scale_min: float = 1, scale_max: float = 5) -> pd.DataFrame:
    """Check a frame built by the platform; return a clean copy.

    Same rules as ``read_scores_csv``: the required columns, only known
    optional columns, numeric scores within the scale, no duplicate
    (candidate, interviewer, dimension).
    """
    return _validate(df.copy(), scale_min=scale_min, scale_max=scale_max)


def read_scores_csv(
    path_or_buffer: Union[str, os.PathLike, IO], *, scale_min: float = 1, scale_max: float = 5
) -> pd.DataFrame:
    """Read and validate a scores CSV (one row per score)."""
    try:
        # header=None keeps a repeated column name visible to the layout check
        table = pd.read_csv(
            path_or_buffer,
            header=None,
            dtype=str,
            keep_default_na=False,
            skipinitialspace=True,
            on_bad_lines="error",
        )
    except pd.errors.EmptyDataError as exc:
        raise CalibrationInputError("header: the input is empty") from exc
    except pd.errors.ParserError as exc:
        raise CalibrationInputError(f"unknown column layout: {exc}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise CalibrationInputError(f"cannot read the input: {exc}") from exc
    raw = table.iloc[1:].reset_index(drop=True)
    raw.columns = [str(c) for c in table.iloc[0].tolist()]
    return _validate(raw, scale_min=scale_min, scale_max=scale_max)


__all__ = [
    "CalibrationInputError",
    "read_scores_csv",
    "validate_scores",
    "REQUIRED_COLUMNS",
    "OPTIONAL_COLUMNS",
]
