"""Churn model comparison.

Splits:  fit = snapshots before 2024-10, holdout = later snapshots of new customers.
Each candidate is trained on `fit` and scored on the holdout; the best one by
average precision is refit on everything and used for the submission.
"""
import logging
import time
from functools import partial

import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
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
    "baseline_prior": partial(pipeline, DummyClassifier(strategy="prior")),
    "logreg_l2": partial(pipeline, LogisticRegression(C=1.0, max_iter=4000), scale=True),
    "logreg_l1": partial(pipeline, LogisticRegression(C=0.2, penalty="l1", solver="liblinear"), scale=True),
    "rf": partial(pipeline, RandomForestClassifier(n_estimators=500, min_samples_leaf=5, n_jobs=-1, random_state=0)),
    "hgb_shallow": partial(pipeline, HistGradientBoostingClassifier(max_depth=3, max_iter=400, random_state=0)),
    "hgb_deep": partial(pipeline, HistGradientBoostingClassifier(max_leaf_nodes=63, max_iter=300, random_state=0)),
}


def holdout_split(df, cutoff="2024-10-01"):
    dates = pd.to_datetime(df["snapshot_month"])
    fit = df[dates < cutoff]
    hold = df[(dates >= cutoff) & ~df["customer_id"].isin(fit["customer_id"])]
    return fit, hold


def compare(fit, hold):
    rows = []
    for name, make in ZOO.items():
        t0 = time.perf_counter()
        model = make().fit(fit[NUM + CAT], fit[TARGET])
        p = model.predict_proba(hold[NUM + CAT])[:, 1]
        rows.append(dict(model=name,
                         ap=average_precision_score(hold[TARGET], p),
                         auc=roc_auc_score(hold[TARGET], p),
                         secs=round(time.perf_counter() - t0, 1)))
        log.info("%s done", name)
    return pd.DataFrame(rows).sort_values("ap", ascending=False).reset_index(drop=True)


def main():
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    df = pd.read_csv("train.csv")
    fit, hold = holdout_split(df)
    log.info("fit=%d holdout=%d (churn %.3f)", len(fit), len(hold), hold[TARGET].mean())

    board = compare(fit, hold)
    print(board.to_string())
    winner = board.loc[0, "model"]
    log.info("winner: %s with holdout AP %.4f", winner, board.loc[0, "ap"])

    test = pd.read_csv("test.csv")
    final = ZOO[winner]().fit(df[NUM + CAT], df[TARGET])
    pd.DataFrame({"snapshot_id": test.snapshot_id,
                  "prediction": final.predict_proba(test[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
