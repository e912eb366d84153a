"""Churn next month: purged k-fold over snapshot months.

Each month is a test block once. Training uses every other month except a
purge window before the block and an embargo window after it, so label
overlap at the block edges cannot leak. Customers are split into two pools
so nobody is scored on a customer the model trained on.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TASK = json.load(open("task.json"))
TARGET = TASK["target"]
TIME = TASK["time_column"]
CUST = TASK["group_column"]
SID = TASK["id_column"]

data = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
data = data.sort_values(TIME).reset_index(drop=True)

FEATS = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
         "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
for col in ["plan", "region"]:
    dummies = pd.get_dummies(data[col], prefix=col, dtype=int)
    data = pd.concat([data, dummies], axis=1)
    test = pd.concat([test, pd.get_dummies(test[col], prefix=col, dtype=int)], axis=1)
    FEATS += list(dummies.columns)
test = test.reindex(columns=list(test.columns) + [c for c in FEATS if c not in test.columns], fill_value=0)


def purged_month_kfold(frame, purge=1, embargo=1, holdout_share=0.25, seed=3):
    months = frame[TIME].dt.to_period("M")
    order = np.sort(months.unique())
    pos = months.map({m: i for i, m in enumerate(order)}).to_numpy()

    rng = np.random.RandomState(seed)
    cust = frame[CUST].unique()
    held = set(rng.choice(cust, size=int(holdout_share * len(cust)), replace=False))
    is_held = frame[CUST].isin(held).to_numpy()

    for k in range(1, len(order)):
        test_mask = (pos == k) & is_held
        blocked = (pos >= k - purge) & (pos <= k + embargo)
        train_mask = ~blocked & ~is_held
        yield np.flatnonzero(train_mask), np.flatnonzero(test_mask)


fold_rows = []
for k, (tr, te) in enumerate(purged_month_kfold(data)):
    Xtr, ytr = data.loc[tr, FEATS], data.loc[tr, TARGET]
    Xte, yte = data.loc[te, FEATS], data.loc[te, TARGET]
    if yte.nunique() < 2:
        continue
    rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=20,
                                class_weight="balanced_subsample", n_jobs=-1, random_state=k)
    rf.fit(Xtr, ytr)
    dummy = DummyClassifier(strategy="prior").fit(Xtr, ytr)
    p = rf.predict_proba(Xte)[:, 1]
    fold_rows.append(dict(
        fold=k,
        n_train=len(tr), n_test=len(te),
        auc=roc_auc_score(yte, p),
        ap=average_precision_score(yte, p),
        dummy_auc=roc_auc_score(yte, dummy.predict_proba(Xte)[:, 1]),
        dummy_ap=average_precision_score(yte, dummy.predict_proba(Xte)[:, 1]),
    ))

report = pd.DataFrame(fold_rows)
print(report.round(4).to_string(index=False))
print("mean AUC %.4f (dummy %.4f)" % (report.auc.mean(), report.dummy_auc.mean()))
print("mean AP  %.4f (dummy %.4f)" % (report.ap.mean(), report.dummy_ap.mean()))

final = RandomForestClassifier(n_estimators=400, min_samples_leaf=20,
                               class_weight="balanced_subsample", n_jobs=-1, random_state=0)
final.fit(data[FEATS], data[TARGET])
out = pd.DataFrame({SID: test[SID], "prediction": final.predict_proba(test[FEATS])[:, 1]})
out.to_csv("predictions.csv", index=False)
