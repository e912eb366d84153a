"""Seller churn take-home.

Usage: python q50_sellers_pipeline_holdout_sellers.py  (expects train.csv / test.csv / task.json)

Evaluation design
-----------------
* a random 20% of sellers is reserved for evaluation and never used for fitting
* fitting uses weeks up to CUTOFF - 4 weeks (label horizon), evaluation uses weeks after CUTOFF
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

HERE = Path(".")
TASK = json.loads((HERE / "task.json").read_text())
TARGET, TIME, ENTITY = TASK["target"], TASK["time_column"], TASK["group_column"]
HORIZON = pd.Timedelta(weeks=4)

NUM = ["orders", "gmv", "listings_active", "new_listings", "avg_rating", "refunds",
       "support_tickets", "days_since_last_sale", "tenure_weeks"]
CAT = ["category", "country", "fee_tier"]


def add_history(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.sort_values([ENTITY, TIME]).copy()
    g = frame.groupby(ENTITY)
    for col in ["orders", "gmv", "support_tickets"]:
        prev = g[col].shift(1)
        frame[f"{col}_prev"] = prev
        frame[f"{col}_mean8"] = prev.groupby(frame[ENTITY]).transform(lambda s: s.rolling(8, min_periods=1).mean())
    frame["orders_drop"] = frame["orders"] - frame["orders_mean8"]
    return frame


def split(frame: pd.DataFrame, cutoff: pd.Timestamp, seed: int = 0):
    ids = frame[ENTITY].unique()
    rng = np.random.default_rng(seed)
    eval_ids = set(rng.choice(ids, size=len(ids) // 5, replace=False))
    is_eval_entity = frame[ENTITY].isin(eval_ids)
    fit = frame[~is_eval_entity & (frame[TIME] <= cutoff - HORIZON)]
    ev = frame[is_eval_entity & (frame[TIME] > cutoff)]
    return fit, ev


def model() -> Pipeline:
    hist = [f"{c}_prev" for c in ["orders", "gmv", "support_tickets"]] + \
           [f"{c}_mean8" for c in ["orders", "gmv", "support_tickets"]] + ["orders_drop"]
    pre = ColumnTransformer([
        ("num", "passthrough", NUM + hist),
        ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CAT),
    ])
    n_num = len(NUM + hist)
    clf = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=500, l2_regularization=1.0,
                                         categorical_features=list(range(n_num, n_num + len(CAT))),
                                         random_state=0)
    return Pipeline([("pre", pre), ("clf", clf)])


def report(name, y, p):
    print(f"{name:<10} AUC={roc_auc_score(y, p):.4f}  AP={average_precision_score(y, p):.4f}  "
          f"Brier={brier_score_loss(y, p):.4f}")


def main():
    df = pd.read_csv(HERE / "train.csv", parse_dates=[TIME])
    df = add_history(df)
    cutoff = df[TIME].quantile(0.8)
    fit, ev = split(df, cutoff)
    print(f"fit rows={len(fit)} eval rows={len(ev)} eval sellers={ev[ENTITY].nunique()}")

    base = DummyClassifier(strategy="prior").fit(fit[NUM], fit[TARGET])
    report("prior", ev[TARGET], base.predict_proba(ev[NUM])[:, 1])

    pipe = model().fit(fit, fit[TARGET])
    report("hgb", ev[TARGET], pipe.predict_proba(ev)[:, 1])

    test = add_history(pd.read_csv(HERE / "test.csv", parse_dates=[TIME]))
    final = model().fit(df, df[TARGET])
    out = pd.DataFrame({TASK["id_column"]: test[TASK["id_column"]], "prediction": final.predict_proba(test)[:, 1]})
    out.to_csv(HERE / "predictions.csv", index=False)


if __name__ == "__main__":
    main()
