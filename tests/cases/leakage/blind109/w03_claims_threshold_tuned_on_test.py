"""Senior-adjuster routing: retrain the complex-claim model and set the routing threshold.

Background: after the January reserving-guideline change the senior queue was flooded
(too many low-value referrals). We retrain on 2023 data and pick a new cut-off.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import (roc_auc_score, average_precision_score, precision_recall_curve,
                             precision_score, recall_score, f1_score)

DATA = "data/claims_triage_2022_2024.csv"
FEATURES = ["vehicle_age", "claimant_age", "policy_tenure_months", "initial_reserve", "n_parties",
            "prior_claims_3y", "report_delay_days", "injury_reported", "police_report",
            "region", "channel", "loss_type"]
CATS = ["region", "channel", "loss_type"]


def load():
    df = pd.read_csv(DATA, parse_dates=["reported_at"])
    df = df.sort_values("reported_at")
    for c in CATS:
        df[c] = df[c].astype("category")
    return df


def rule_flag(frame):
    # what the triage desk did before the model existed
    return ((frame["injury_reported"] == 1) & (frame["n_parties"] >= 3)).astype(int)


def main():
    df = load()
    print(df["reported_at"].min(), df["reported_at"].max(), len(df))
    print(df.groupby(df["reported_at"].dt.quarter)["complex_claim"].mean().round(3))

    train = df[(df["reported_at"] >= "2023-01-01") & (df["reported_at"] < "2024-01-01")]
    test = df[df["reported_at"] >= "2024-01-01"]
    X_tr, y_tr = train[FEATURES], train["complex_claim"]
    X_te, y_te = test[FEATURES], test["complex_claim"]

    gbm = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
                                         categorical_features="from_dtype", random_state=7)
    gbm.fit(X_tr, y_tr)
    scores = gbm.predict_proba(X_te)[:, 1]
    print(f"ROC AUC {roc_auc_score(y_te, scores):.3f}   AP {average_precision_score(y_te, scores):.3f}")

    # routing threshold: best F1 point on the precision/recall curve
    prec, rec, thr = precision_recall_curve(y_te, scores)
    f1 = 2 * prec[:-1] * rec[:-1] / np.clip(prec[:-1] + rec[:-1], 1e-9, None)
    best = int(np.argmax(f1))
    threshold = float(thr[best])
    print(f"chosen threshold {threshold:.3f}")

    routed = (scores >= threshold).astype(int)
    rule = rule_flag(test)
    report = pd.DataFrame({
        "rule_baseline": [precision_score(y_te, rule), recall_score(y_te, rule), f1_score(y_te, rule), rule.mean()],
        "gbm_routing": [precision_score(y_te, routed), recall_score(y_te, routed), f1_score(y_te, routed), routed.mean()],
    }, index=["precision", "recall", "f1", "share_routed"])
    print(report.round(3))

    weekly = test.assign(routed=routed).groupby(pd.Grouper(key="reported_at", freq="W"))["routed"].sum()
    print("senior queue referrals per week:")
    print(weekly.describe().round(1))


if __name__ == "__main__":
    main()
