"""Churn model comparison with a separate validation window.

    fit     : snapshots before 2024-09
    valid   : 2024-09..2024-10, customers unseen in fit      -> choose the model
    holdout : 2024-11..2024-12, customers unseen in fit+valid -> report once
"""
import logging
import time
from functools import partial

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

log = logging.getLogger("zoo")
TARGET = "churned_next_month"
NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
       "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
CAT = ["plan", "region"]


def pipeline(estimator, scale=False):
    pre = ColumnTransformer([
        ("num", StandardScaler() if scale else "passthrough", NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])
    return Pipeline([("pre", pre), ("est", estimator)])


ZOO = {
    "logreg_l2": partial(pipeline, LogisticRegression(C=1.0, max_iter=4000), scale=True),
    "logreg_l1": partial(pipeline, LogisticRegression(C=0.2, penalty="l1", solver="liblinear"), scale=True),
    "rf": partial(pipeline, RandomForestClassifier(n_estimators=500, min_samples_leaf=5, n_jobs=-1, random_state=0)),
    "hgb_shallow": partial(pipeline, HistGradientBoostingClassifier(max_depth=3, max_iter=400, random_state=0)),
    "hgb_deep": partial(pipeline, HistGradientBoostingClassifier(max_leaf_nodes=63, max_iter=300, random_state=0)),
}


def three_way(df, valid_start="2024-09-01", hold_start="2024-11-01"):
    dates = pd.to_datetime(df["snapshot_month"])
    fit = df[dates < valid_start]
    valid = df[(dates >= valid_start) & (dates < hold_start) & ~df["customer_id"].isin(fit["customer_id"])]
    seen = set(df.loc[dates < hold_start, "customer_id"])
    hold = df[(dates >= hold_start) & ~df["customer_id"].isin(seen)]
    return fit, valid, hold


def main():
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    df = pd.read_csv("train.csv")
    fit, valid, hold = three_way(df)
    log.info("fit=%d valid=%d holdout=%d", len(fit), len(valid), len(hold))

    rows = []
    for name, make in ZOO.items():
        t0 = time.perf_counter()
        p = make().fit(fit[NUM + CAT], fit[TARGET]).predict_proba(valid[NUM + CAT])[:, 1]
        rows.append(dict(model=name, valid_ap=average_precision_score(valid[TARGET], p),
                         valid_auc=roc_auc_score(valid[TARGET], p),
                         secs=round(time.perf_counter() - t0, 1)))
    board = pd.DataFrame(rows).sort_values("valid_ap", ascending=False).reset_index(drop=True)
    print(board.to_string())
    winner = board.loc[0, "model"]

    # fit + valid are both before the holdout window, so the chosen model is refit on them
    dev = pd.concat([fit, valid])
    model = ZOO[winner]().fit(dev[NUM + CAT], dev[TARGET])
    p_hold = model.predict_proba(hold[NUM + CAT])[:, 1]
    log.info("%s holdout AP %.4f  AUC %.4f", winner,
             average_precision_score(hold[TARGET], p_hold), roc_auc_score(hold[TARGET], p_hold))

    test = pd.read_csv("test.csv")
    final = ZOO[winner]().fit(df[NUM + CAT], df[TARGET])
    pd.DataFrame({"snapshot_id": test.snapshot_id,
                  "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
