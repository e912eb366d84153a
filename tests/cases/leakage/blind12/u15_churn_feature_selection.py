"""Churn: wide engineered feature set, pruned with mutual information.

Run:  python u15_churn_feature_selection.py --k 15
"""
import argparse
import itertools
import logging

import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

log = logging.getLogger("churn.fs")
TARGET = "churned_next_month"
RAW = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
       "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def engineer(df: pd.DataFrame) -> pd.DataFrame:
    """Row-wise features only: pairwise products/ratios + one-hots."""
    out = df[RAW].copy()
    for a, b in itertools.combinations(RAW, 2):
        out[f"{a}__x__{b}"] = df[a] * df[b]
        out[f"{a}__div__{b}"] = df[a] / (df[b].abs() + 1.0)
    for col in ["plan", "region"]:
        out = out.join(pd.get_dummies(df[col], prefix=col, dtype=float))
    return out.replace([np.inf, -np.inf], np.nan).fillna(0.0)


def make_model(seed=0):
    return ExtraTreesClassifier(n_estimators=500, min_samples_leaf=10, max_features=0.5,
                                class_weight="balanced_subsample", n_jobs=-1, random_state=seed)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--k", type=int, default=15)
    ap.add_argument("--cutoff", default="2024-10-01")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(name)s | %(message)s")

    df = pd.read_csv("train.csv")
    X = engineer(df)
    y = df[TARGET]
    log.info("engineered %d columns", X.shape[1])

    selector = SelectKBest(mutual_info_classif, k=args.k)
    selector.fit(X, y)
    kept = X.columns[selector.get_support()].tolist()
    scores = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
    log.info("top MI scores:\n%s", scores.head(args.k).round(4).to_string())

    is_fit = (df["snapshot_month"] < args.cutoff).to_numpy()
    seen = set(df.loc[is_fit, "customer_id"])
    is_val = (~is_fit) & (~df["customer_id"].isin(seen)).to_numpy()
    log.info("fit rows %d, val rows %d", is_fit.sum(), is_val.sum())

    model = make_model().fit(X.loc[is_fit, kept], y[is_fit])
    p = model.predict_proba(X.loc[is_val, kept])[:, 1]
    log.info("k=%d  AUC=%.4f  AP=%.4f", args.k, roc_auc_score(y[is_val], p),
             average_precision_score(y[is_val], p))

    test = pd.read_csv("test.csv")
    Xt = engineer(test).reindex(columns=X.columns, fill_value=0.0)
    model = make_model().fit(X[kept], y)
    pd.DataFrame({"snapshot_id": test["snapshot_id"],
                  "prediction": model.predict_proba(Xt[kept])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
