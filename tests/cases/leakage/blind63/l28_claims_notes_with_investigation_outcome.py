"""claims_fraud.py - text + tabular fraud model, 5-fold StratifiedGroupKFold by policy.

usage: python claims_fraud.py [--folds 5] [--out predictions.csv]
"""
from __future__ import annotations

import argparse
import logging

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.decomposition import TruncatedSVD
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("claims")

TEXT = "claim_notes"
CATEGORICAL = ["claim_type", "investigation_outcome"]
NUMERIC = ["claim_amount", "policy_tenure_months", "report_lag_days"]


def load(path: str) -> pd.DataFrame:
    df = pd.read_csv(path, parse_dates=["incident_date", "reported_date"])
    df[TEXT] = df[TEXT].fillna("")
    df["report_lag_days"] = (df["reported_date"] - df["incident_date"]).dt.days
    for c in CATEGORICAL:
        df[c] = df[c].fillna("missing").astype(str)
    return df


def make_model(seed: int = 0) -> Pipeline:
    text = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=3, max_features=40000, sublinear_tf=True),
        TruncatedSVD(n_components=128, random_state=seed),
    )
    pre = ColumnTransformer(
        [
            ("text", text, TEXT),
            ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATEGORICAL),
            ("num", SimpleImputer(strategy="median"), NUMERIC),
        ]
    )
    clf = HistGradientBoostingClassifier(
        learning_rate=0.06, max_iter=400, max_leaf_nodes=31, l2_regularization=1.0,
        class_weight="balanced", random_state=seed,
    )
    return Pipeline([("pre", pre), ("clf", clf)])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", default="predictions.csv")
    args = ap.parse_args()

    train = load("train.csv")
    test = load("test.csv")
    log.info("train %s, fraud rate %.4f", train.shape, train["is_fraud"].mean())
    log.info("claims per policy: %s", train.groupby("policy_id").size().describe().round(2).to_dict())

    X = train[[TEXT] + CATEGORICAL + NUMERIC]
    y = train["is_fraud"].to_numpy()
    cv = StratifiedGroupKFold(n_splits=args.folds, shuffle=True, random_state=0)

    oof = np.zeros(len(train))
    for k, (tr, va) in enumerate(cv.split(X, y, groups=train["policy_id"])):
        model = make_model(seed=k).fit(X.iloc[tr], y[tr])
        oof[va] = model.predict_proba(X.iloc[va])[:, 1]
        log.info("fold %d  roc_auc %.4f  pr_auc %.4f", k, roc_auc_score(y[va], oof[va]),
                 average_precision_score(y[va], oof[va]))

    log.info("OOF roc_auc %.4f  pr_auc %.4f  F1@0.5 %.4f",
             roc_auc_score(y, oof), average_precision_score(y, oof), f1_score(y, oof >= 0.5))

    final = make_model().fit(X, y)
    pred = final.predict_proba(test[[TEXT] + CATEGORICAL + NUMERIC])[:, 1]
    pd.DataFrame({"claim_id": test["claim_id"], "prediction": pred}).to_csv(args.out, index=False)
    log.info("wrote %s", args.out)


if __name__ == "__main__":
    main()
