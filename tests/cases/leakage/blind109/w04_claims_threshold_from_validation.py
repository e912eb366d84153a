"""Senior-adjuster routing after the reserving-guideline change.

Retrain the complex-claim model, choose the routing cut-off on a validation quarter,
then report once on 2024 claims.
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
    df = pd.read_csv(DATA, parse_dates=["reported_at"]).sort_values("reported_at")
    for c in CATS:
        df[c] = df[c].astype("category")
    return df


def split_by_date(df):
    fit = df[(df["reported_at"] >= "2023-01-01") & (df["reported_at"] < "2023-10-01")]
    val = df[(df["reported_at"] >= "2023-10-01") & (df["reported_at"] < "2024-01-01")]
    test = df[df["reported_at"] >= "2024-01-01"]
    return fit, val, test


def best_f1_threshold(y, s):
    prec, rec, thr = precision_recall_curve(y, s)
    f1 = 2 * prec[:-1] * rec[:-1] / np.clip(prec[:-1] + rec[:-1], 1e-9, None)
    return float(thr[int(np.argmax(f1))])


def rule_flag(frame):
    return ((frame["injury_reported"] == 1) & (frame["n_parties"] >= 3)).astype(int)


def summarize(y, flag):
    return [precision_score(y, flag), recall_score(y, flag), f1_score(y, flag), flag.mean()]


def main():
    df = load()
    fit, val, test = split_by_date(df)
    print({k: (len(v), round(v["complex_claim"].mean(), 3)) for k, v in
           [("fit", fit), ("val", val), ("test", test)]})

    gbm = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, max_leaf_nodes=31,
                                         categorical_features="from_dtype", random_state=7)
    gbm.fit(fit[FEATURES], fit["complex_claim"])

    val_scores = gbm.predict_proba(val[FEATURES])[:, 1]
    threshold = best_f1_threshold(val["complex_claim"], val_scores)
    print(f"threshold picked on Q4-2023: {threshold:.3f}")

    test_scores = gbm.predict_proba(test[FEATURES])[:, 1]
    y_te = test["complex_claim"]
    print(f"test ROC AUC {roc_auc_score(y_te, test_scores):.3f}   AP {average_precision_score(y_te, test_scores):.3f}")

    routed = (test_scores >= threshold).astype(int)
    report = pd.DataFrame({"rule_baseline": summarize(y_te, rule_flag(test)),
                           "gbm_routing": summarize(y_te, routed)},
                          index=["precision", "recall", "f1", "share_routed"])
    print(report.round(3))

    weekly = test.assign(routed=routed).groupby(pd.Grouper(key="reported_at", freq="W"))["routed"].sum()
    print(weekly.describe().round(1))


if __name__ == "__main__":
    main()
