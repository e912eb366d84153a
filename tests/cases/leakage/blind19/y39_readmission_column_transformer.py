"""Readmission model: a config-driven ColumnTransformer fitted on the training period."""
from __future__ import annotations

from typing import Any

import pandas as pd
from sklearn.base import clone
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import KBinsDiscretizer, OneHotEncoder, StandardScaler

CONFIG: dict[str, Any] = {
    "path": "data/stays.csv",
    "target": "readmitted_30d",
    "date": "admit_date",
    "patient": "patient_id",
    "boundary": "2022-04-01",
    "exclude": ["stay_id", "patient_id", "admit_date", "followup_call_done", "readmitted_30d"],
    "categorical": ["admission_type", "discharge_disposition", "sex", "insurance"],
    "binned": ["age"],
}


def columns(df: pd.DataFrame, cfg: dict[str, Any]) -> dict[str, list[str]]:
    usable = [c for c in df.columns if c not in cfg["exclude"]]
    cat = [c for c in usable if c in cfg["categorical"]]
    binned = [c for c in usable if c in cfg["binned"]]
    num = [c for c in usable if c not in cat + binned]
    return {"num": num, "cat": cat, "binned": binned}


def make_preprocessor(cols: dict[str, list[str]]) -> ColumnTransformer:
    return ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median", add_indicator=True)),
                          ("sc", StandardScaler())]), cols["num"]),
        ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                          ("oh", OneHotEncoder(handle_unknown="ignore"))]), cols["cat"]),
        ("bin", KBinsDiscretizer(n_bins=6, encode="onehot", strategy="quantile"), cols["binned"]),
    ])


def split(df: pd.DataFrame, cfg: dict[str, Any]) -> tuple[pd.DataFrame, pd.DataFrame]:
    before = df[df[cfg["date"]] < cfg["boundary"]]
    after = df[df[cfg["date"]] >= cfg["boundary"]]
    return before, after[~after[cfg["patient"]].isin(before[cfg["patient"]].unique())]


def main() -> None:
    cfg = CONFIG
    df = pd.read_csv(cfg["path"], parse_dates=[cfg["date"]])
    train, test = split(df, cfg)
    cols = columns(df, cfg)
    pre = make_preprocessor(cols)

    X_tr = train.drop(columns=cfg["exclude"])
    X_te = test.drop(columns=cfg["exclude"])
    y_tr, y_te = train[cfg["target"]], test[cfg["target"]]

    results = {}
    for name, est in {"prior_baseline": DummyClassifier(strategy="prior"),
                      "logreg_l2": LogisticRegression(max_iter=3000, C=0.3)}.items():
        model = Pipeline([("pre", clone(pre)), ("clf", est)]).fit(X_tr, y_tr)
        p = model.predict_proba(X_te)[:, 1]
        results[name] = {"auc": roc_auc_score(y_te, p), "ap": average_precision_score(y_te, p),
                         "brier": brier_score_loss(y_te, p)}
    print(pd.DataFrame(results).T.round(4).to_string())


if __name__ == "__main__":
    main()
