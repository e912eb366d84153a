# Churn-snapshots: expanding-window backtest, then a calibrated final model
#
# Each backtest fold trains on every snapshot before the cut-off month and scores the
# cut-off month itself (Jun, Jul, Aug, Sep). Metric of the task: ROC AUC; I also track AP.

import numpy as np
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET, TIME, CUST, SID = "churned_next_month", "snapshot_month", "customer_id", "snapshot_id"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]

df = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(df.groupby(TIME).agg(rows=(SID, "size"), customers=(CUST, "nunique"), churn=(TARGET, "mean")))

def features(frame):
    frame = frame.sort_values([CUST, TIME]).copy()
    g = frame.groupby(CUST)
    frame["logins_lag1"] = g["logins_30d"].shift(1)
    frame["logins_lag2"] = g["logins_30d"].shift(2)
    frame["logins_slope"] = (frame["logins_30d"] - frame["logins_lag2"]) / 2
    frame["idle_lag1"] = g["days_since_last_login"].shift(1)
    frame["tickets_prev_max"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).cummax())
    frame["charges_change"] = g["monthly_charges"].pct_change()
    frame["is_new"] = (g.cumcount() == 0).astype(int)
    frame["premium"] = (frame["plan"] == "premium").astype(int)
    return pd.get_dummies(frame, columns=["plan", "region"], dtype=float)

df = features(df)
test = features(test)
X_COLS = [c for c in df.columns if c not in [TARGET, TIME, CUST, SID] + LEAKY]
test = test.reindex(columns=df.columns.drop(TARGET), fill_value=0.0)

def make_hgb():
    return HistGradientBoostingClassifier(learning_rate=0.04, max_iter=300, max_leaf_nodes=20,
                                          min_samples_leaf=80, l2_regularization=0.5, random_state=0)

def backtest(make_model, cutoffs):
    out = []
    for cutoff in cutoffs:
        fit = df[df[TIME] < cutoff]
        # score only customers that have no row in the fitted months
        score = df[(df[TIME] == cutoff) & ~df[CUST].isin(fit[CUST].unique())]
        m = make_model().fit(fit[X_COLS], fit[TARGET])
        p = m.predict_proba(score[X_COLS])[:, 1]
        out.append({"cutoff": cutoff.strftime("%Y-%m"), "n": len(score),
                    "auc": roc_auc_score(score[TARGET], p),
                    "ap": average_precision_score(score[TARGET], p)})
    return pd.DataFrame(out)

cutoffs = pd.date_range("2024-06-01", "2024-09-01", freq="MS")
bt_model = backtest(make_hgb, cutoffs)
bt_dummy = backtest(lambda: DummyClassifier(strategy="prior"), cutoffs)
summary = bt_model.merge(bt_dummy, on=["cutoff", "n"], suffixes=("_hgb", "_dummy"))
print(summary.round(4))
print(summary[["auc_hgb", "ap_hgb", "auc_dummy", "ap_dummy"]].mean().round(4))

# final model: fit on Jan-Aug, sigmoid-calibrate on September
fit_part = df[df[TIME] < "2024-09-01"]
cal_part = df[df[TIME] == "2024-09-01"]
base_model = make_hgb().fit(fit_part[X_COLS], fit_part[TARGET])
calibrated = CalibratedClassifierCV(base_model, method="sigmoid", cv="prefit")
calibrated.fit(cal_part[X_COLS], cal_part[TARGET])

pred = calibrated.predict_proba(test[X_COLS])[:, 1]
pd.DataFrame({SID: test[SID], "prediction": pred}).to_csv("predictions.csv", index=False)
print(pred.mean().round(4), df[TARGET].mean().round(4))
