"""30-day readmission classifier with univariate feature selection."""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, recall_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler


@dataclass(frozen=True)
class Settings:
    csv: str = "data/stays.csv"
    target: str = "readmitted_30d"
    time_col: str = "admit_date"
    patient_col: str = "patient_id"
    cutoff: str = "2022-01-01"
    k: int = 15


DROP = ["stay_id", "patient_id", "admit_date", "followup_call_done", "readmitted_30d"]


def load(s: Settings) -> pd.DataFrame:
    df = pd.read_csv(s.csv, parse_dates=[s.time_col])
    df = pd.get_dummies(df, columns=["admission_type", "discharge_disposition", "sex"], dtype=float)
    return df.sort_values(s.time_col)


def holdout(df: pd.DataFrame, s: Settings) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Earlier admissions train; later admissions of new patients evaluate."""
    early = df[df[s.time_col] < s.cutoff]
    late = df[df[s.time_col] >= s.cutoff]
    late = late[~late[s.patient_col].isin(early[s.patient_col])]
    return early, late


def make_model(k: int) -> Pipeline:
    return Pipeline([
        ("impute", SimpleImputer(strategy="median")),
        ("scale", StandardScaler()),
        ("select", SelectKBest(f_classif, k=k)),
        ("clf", LogisticRegression(max_iter=1000, class_weight="balanced")),
    ])


def report(name: str, y_true: pd.Series, proba, threshold: float = 0.5) -> dict:
    return {
        "model": name,
        "roc_auc": round(roc_auc_score(y_true, proba), 4),
        "pr_auc": round(average_precision_score(y_true, proba), 4),
        "recall": round(recall_score(y_true, proba >= threshold), 4),
    }


def main() -> None:
    s = Settings()
    df = load(s)
    train, test = holdout(df, s)
    feature_cols = [c for c in df.columns if c not in DROP]

    X_tr, y_tr = train[feature_cols], train[s.target]
    X_te, y_te = test[feature_cols], test[s.target]

    model = make_model(s.k).fit(X_tr, y_tr)
    prior = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

    table = [
        report("prior (baseline)", y_te, prior.predict_proba(X_te)[:, 1]),
        report("kbest+logreg", y_te, model.predict_proba(X_te)[:, 1]),
    ]
    kept = model.named_steps["select"].get_support()
    print("selected:", [c for c, keep in zip(feature_cols, kept) if keep])
    print(pd.DataFrame(table).to_string(index=False))


if __name__ == "__main__":
    main()
