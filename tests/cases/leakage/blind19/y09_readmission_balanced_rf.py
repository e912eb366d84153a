"""Readmission risk model with class balancing and a forward-in-time evaluation."""
from __future__ import annotations

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, recall_score, roc_auc_score
from sklearn.utils import resample

CONFIG = {
    "path": "data/stays.csv",
    "target": "readmitted_30d",
    "date": "admit_date",
    "patient": "patient_id",
    "split_date": "2021-07-01",
    "features": ["age", "los_days", "n_diagnoses", "n_procedures", "n_medications",
                 "hba1c", "prior_stays", "days_since_last_stay", "emergency"],
}


def add_patient_history(df: pd.DataFrame) -> pd.DataFrame:
    """Counts of earlier stays and the gap since the previous one."""
    df = df.sort_values(["patient_id", "admit_date"]).copy()
    df["prior_stays"] = df.groupby("patient_id").cumcount()
    prev = df.groupby("patient_id")["admit_date"].shift(1)
    df["days_since_last_stay"] = (df["admit_date"] - prev).dt.days.fillna(9999)
    df["emergency"] = (df["admission_type"] == "emergency").astype(int)
    return df


def balance_classes(df: pd.DataFrame, target: str, ratio: float = 0.5, seed: int = 3) -> pd.DataFrame:
    """Upsample the positive class to `ratio` of the negative count."""
    neg = df[df[target] == 0]
    pos = df[df[target] == 1]
    pos_up = resample(pos, replace=True, n_samples=int(len(neg) * ratio), random_state=seed)
    return pd.concat([neg, pos_up]).sort_values("admit_date")


def load_and_prepare(cfg: dict) -> pd.DataFrame:
    df = pd.read_csv(cfg["path"], parse_dates=[cfg["date"]])
    df = add_patient_history(df)
    df["hba1c"] = df["hba1c"].fillna(-1)
    return balance_classes(df, cfg["target"])


def forward_split(df: pd.DataFrame, cfg: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    train = df[df[cfg["date"]] < cfg["split_date"]]
    test = df[df[cfg["date"]] >= cfg["split_date"]]
    test = test[~test[cfg["patient"]].isin(train[cfg["patient"]].unique())]
    return train, test


def main() -> None:
    cfg = CONFIG
    df = load_and_prepare(cfg)
    train, test = forward_split(df, cfg)
    X_tr, y_tr = train[cfg["features"]], train[cfg["target"]]
    X_te, y_te = test[cfg["features"]], test[cfg["target"]]

    out = {}
    for name, clf in [
        ("majority", DummyClassifier(strategy="most_frequent")),
        ("random_forest", RandomForestClassifier(n_estimators=500, min_samples_leaf=10,
                                                 n_jobs=-1, random_state=3)),
    ]:
        clf.fit(X_tr, y_tr)
        proba = clf.predict_proba(X_te)[:, 1]
        out[name] = {
            "roc_auc": roc_auc_score(y_te, proba),
            "pr_auc": average_precision_score(y_te, proba),
            "recall@0.5": recall_score(y_te, (proba >= 0.5).astype(int)),
        }
    print(pd.DataFrame(out).T.round(4))
    print("positive share in test:", np.round(y_te.mean(), 4))


if __name__ == "__main__":
    main()
