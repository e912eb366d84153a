"""Readmission model with mutual-information feature screening."""
from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

PATH = "data/stays.csv"
Y = "readmitted_30d"
EXCLUDE = {"stay_id", "patient_id", "admit_date", "followup_call_done", Y}


def encode(df: pd.DataFrame) -> pd.DataFrame:
    """One-hot the categorical columns and add simple ratios."""
    df = pd.get_dummies(df, columns=["admission_type", "discharge_disposition", "sex"], dtype=float)
    df["meds_per_diag"] = df["n_medications"] / df["n_diagnoses"].clip(lower=1)
    df["hba1c_missing"] = df["hba1c"].isna().astype(float)
    df["hba1c"] = df["hba1c"].fillna(0.0)
    return df


def screen_features(X: pd.DataFrame, y: pd.Series, top: int = 20, seed: int = 0) -> list[str]:
    """Keep the `top` columns with the highest mutual information with the label."""
    mi = mutual_info_classif(X, y, random_state=seed)
    ranking = pd.Series(mi, index=X.columns).sort_values(ascending=False)
    return ranking.head(top).index.tolist()


def split_forward(df: pd.DataFrame, boundary: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    past = df[df["admit_date"] < boundary]
    future = df[df["admit_date"] >= boundary]
    return past, future[~future["patient_id"].isin(past["patient_id"])]


def main() -> None:
    stays = encode(pd.read_csv(PATH, parse_dates=["admit_date"]))
    candidates = [c for c in stays.columns if c not in EXCLUDE]
    keep = screen_features(stays[candidates], stays[Y])
    print("kept features:", keep)

    train, test = split_forward(stays, "2022-03-01")
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000, C=0.2))
    model.fit(train[keep], train[Y])
    ref = DummyClassifier(strategy="prior").fit(train[keep], train[Y])

    for name, m in {"baseline(prior)": ref, "logreg": model}.items():
        proba = m.predict_proba(test[keep])[:, 1]
        print(f"{name:16s} roc_auc={roc_auc_score(test[Y], proba):.4f} "
              f"pr_auc={average_precision_score(test[Y], proba):.4f}")
    print("test positives:", int(test[Y].sum()), "of", len(test), f"({np.mean(test[Y]):.3f})")


if __name__ == "__main__":
    main()
