# -*- coding: utf-8 -*-
"""
Churn snapshots: wide history feature set -> mutual-information selection -> GBM.

I generate lags 1..3, deltas and trailing windows (all shifted) for every
behavioural column, then keep the 15 most informative ones.
"""
import itertools
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
BEHAVIOUR = ["monthly_spend", "logins_30d", "support_tickets_30d", "days_since_last_login"]
MISSING = -999.0

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
frame = (pd.concat([train, test], ignore_index=True)
           .sort_values(["customer_id", "snapshot_month"])
           .reset_index(drop=True))
grp = frame.groupby("customer_id")

new_cols = {}
for col, k in itertools.product(BEHAVIOUR, (1, 2, 3)):
    lagged = grp[col].shift(k)
    new_cols[f"{col}_lag{k}"] = lagged
    new_cols[f"{col}_delta{k}"] = frame[col] - lagged
for col, w in itertools.product(BEHAVIOUR, (2, 3, 6)):
    prev = grp[col].shift(1)
    new_cols[f"{col}_mean{w}_prev"] = prev.groupby(frame["customer_id"]).transform(
        lambda s: s.rolling(w, min_periods=1).mean())
    new_cols[f"{col}_std{w}_prev"] = prev.groupby(frame["customer_id"]).transform(
        lambda s: s.rolling(w, min_periods=2).std())
new_cols["history_len"] = grp.cumcount()
frame = pd.concat([frame, pd.DataFrame(new_cols, index=frame.index)], axis=1)
frame = pd.get_dummies(frame, columns=["plan", "region"], dtype=int)

candidates = [c for c in frame.columns if c not in
              {"snapshot_id", "customer_id", "snapshot_month", TARGET,
               "retention_offer_accepted", "account_closed_date_known"}]
print(len(candidates), "candidate features")

lab = frame[frame[TARGET].notna()].reset_index(drop=True)
unl = frame[frame[TARGET].isna()].reset_index(drop=True)
X_lab = lab[candidates].fillna(MISSING)
y_lab = lab[TARGET].astype(int)

# ---- validation design: later months, unseen customers
ids = lab["customer_id"].unique()
val_ids = pd.Series(ids).sample(frac=0.2, random_state=17)
tr_mask = (~lab["customer_id"].isin(val_ids)) & (lab["snapshot_month"] < "2024-07-01")
va_mask = lab["customer_id"].isin(val_ids) & (lab["snapshot_month"] >= "2024-07-01")

# ---- feature selection (training part only, the validation rows stay unseen)
selector = SelectKBest(score_func=lambda X, y: mutual_info_classif(X, y, random_state=0), k=15)
selector.fit(X_lab[tr_mask], y_lab[tr_mask])
keep = list(X_lab.columns[selector.get_support()])
print("kept:", keep)

gbm = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05,
                                 subsample=0.8, random_state=0)
gbm.fit(X_lab.loc[tr_mask, keep], y_lab[tr_mask])
p = gbm.predict_proba(X_lab.loc[va_mask, keep])[:, 1]
base = DummyClassifier(strategy="prior").fit(X_lab.loc[tr_mask, keep], y_lab[tr_mask])
pb = base.predict_proba(X_lab.loc[va_mask, keep])[:, 1]

print("GBM      : ROC AUC %.4f  PR AUC %.4f" % (roc_auc_score(y_lab[va_mask], p),
                                              average_precision_score(y_lab[va_mask], p)))
print("baseline : ROC AUC %.4f  PR AUC %.4f" % (roc_auc_score(y_lab[va_mask], pb),
                                              average_precision_score(y_lab[va_mask], pb)))

gbm.fit(X_lab[keep], y_lab)
sub = pd.DataFrame({"snapshot_id": unl["snapshot_id"],
                    "prediction": gbm.predict_proba(unl[keep].fillna(MISSING))[:, 1]})
sub.to_csv("predictions.csv", index=False)
