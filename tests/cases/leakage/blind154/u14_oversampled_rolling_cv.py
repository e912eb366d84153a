"""Churn is ~5% positive, so I rebalance before modelling.

Validation: rolling origin by month, scoring only customers new to the model
(same situation as the hidden Oct-Dec test set)."""
import json

import numpy as np
import pandas as pd
from imblearn.over_sampling import RandomOverSampler
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, TIME, CUST, SID = task["target"], task["time_column"], task["group_column"], task["id_column"]

raw = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(raw[TARGET].value_counts(normalize=True))

BASE_COLS = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
             "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def featurize(frame):
    X = frame[BASE_COLS].copy()
    X["is_premium"] = (frame["plan"] == "premium").astype(int)
    X["is_basic"] = (frame["plan"] == "basic").astype(int)
    for r in ["north", "south", "east", "west"]:
        X[f"region_{r}"] = (frame["region"] == r).astype(int)
    X["failures_x_charges"] = frame["payment_failures_90d"] * frame["monthly_charges"]
    return X


# --- rebalance: duplicate churners until they are a third of the data ------
ros = RandomOverSampler(sampling_strategy=0.5, random_state=11)
keep_cols = BASE_COLS + ["plan", "region", TIME, CUST]
bal_frame, bal_y = ros.fit_resample(raw[keep_cols], raw[TARGET])
bal_frame = bal_frame.reset_index(drop=True)
bal_y = bal_y.reset_index(drop=True)
print("after oversampling:", bal_y.mean().round(3), len(bal_y))


def rolling_origin(frame, n_origins=3):
    months = np.sort(frame[TIME].unique())
    for origin in months[-n_origins:]:
        fit = frame[TIME] < origin
        ev = (frame[TIME] == origin) & ~frame[CUST].isin(frame.loc[fit, CUST])
        yield fit.to_numpy().nonzero()[0], ev.to_numpy().nonzero()[0]


X_bal = featurize(bal_frame)
scores = []
for k, (fit_idx, ev_idx) in enumerate(rolling_origin(bal_frame)):
    et = ExtraTreesClassifier(n_estimators=600, min_samples_leaf=10, max_features="sqrt",
                              n_jobs=-1, random_state=k)
    et.fit(X_bal.iloc[fit_idx], bal_y.iloc[fit_idx])
    base = DummyClassifier(strategy="prior").fit(X_bal.iloc[fit_idx], bal_y.iloc[fit_idx])
    p = et.predict_proba(X_bal.iloc[ev_idx])[:, 1]
    yt = bal_y.iloc[ev_idx]
    scores.append((roc_auc_score(yt, p), average_precision_score(yt, p),
                   average_precision_score(yt, base.predict_proba(X_bal.iloc[ev_idx])[:, 1])))
    print(f"origin {k}: auc={scores[-1][0]:.4f} ap={scores[-1][1]:.4f} baseline_ap={scores[-1][2]:.4f}")

scores = np.array(scores)
print("mean AUC %.4f | mean AP %.4f | baseline AP %.4f" % tuple(scores.mean(axis=0)))

final = ExtraTreesClassifier(n_estimators=800, min_samples_leaf=10, max_features="sqrt",
                             n_jobs=-1, random_state=0).fit(X_bal, bal_y)
pred = final.predict_proba(featurize(test))[:, 1]
pd.DataFrame({SID: test[SID], "prediction": pred}).to_csv("predictions.csv", index=False)
