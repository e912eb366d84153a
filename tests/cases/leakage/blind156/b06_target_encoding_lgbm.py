"""LightGBM + smoothed target encoding for churn-snapshots.

Encodings are estimated on the fitting window only and then mapped onto the
validation rows, so the validation score is not helped by its own labels.
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

cfg = json.load(open("task.json"))
y_col, id_col = cfg["target"], cfg["id_column"]
leaky = cfg["leaky_columns"]

data = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
scoring = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(data.shape, scoring.shape, round(data[y_col].mean(), 4))
for c in ["plan", "region"]:
    print(data.groupby(c)[y_col].agg(["mean", "size"]).round(3))

for d in (data, scoring):
    d["plan_region"] = d["plan"] + "_" + d["region"]
    d["tickets_per_login"] = d["support_tickets_30d"] / (d["logins_30d"] + 1)
    d["recent_failure"] = (d["payment_failures_90d"] > 0).astype(int)
    d["log_charges"] = np.log1p(d["monthly_charges"])

M = 50
CATS = ["plan", "region", "plan_region"]


def fit_encoding(frame):
    prior = frame[y_col].mean()
    maps = {}
    for col in CATS:
        stats = frame.groupby(col)[y_col].agg(["sum", "count"])
        maps[col] = (stats["sum"] + M * prior) / (stats["count"] + M)
    return maps, prior


def apply_encoding(frame, maps, prior):
    frame = frame.copy()
    for col, enc in maps.items():
        frame[f"{col}_te"] = frame[col].map(enc).fillna(prior)
    return frame


features = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
            "tickets_per_login", "recent_failure", "log_charges",
            "plan_te", "region_te", "plan_region_te"]
assert not set(features) & set(leaky)

# split: fit on Jan-Jun, validate on Jul-Sep rows of customers first seen in Jul-Sep
first_seen = data.groupby("customer_id")["snapshot_month"].transform("min")
cut = pd.Timestamp("2024-07-01")
fit_df = data[data["snapshot_month"] < cut]
val_df = data[(data["snapshot_month"] >= cut) & (first_seen >= cut)]

maps, prior = fit_encoding(fit_df)
fit_df = apply_encoding(fit_df, maps, prior)
val_df = apply_encoding(val_df, maps, prior)
X_tr, y_tr = fit_df[features], fit_df[y_col]
X_va, y_va = val_df[features], val_df[y_col]
print(X_tr.shape, X_va.shape, int(y_va.sum()))

params = dict(n_estimators=400, learning_rate=0.03, num_leaves=15, min_child_samples=40,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=1, verbose=-1)
base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
clf = lgb.LGBMClassifier(**params).fit(X_tr, y_tr)

p_base = base.predict_proba(X_va)[:, 1]
p_clf = clf.predict_proba(X_va)[:, 1]
print("baseline  AUC %.4f  AP %.4f" % (roc_auc_score(y_va, p_base), average_precision_score(y_va, p_base)))
print("lightgbm  AUC %.4f  AP %.4f" % (roc_auc_score(y_va, p_clf), average_precision_score(y_va, p_clf)))
print(pd.Series(clf.feature_importances_, index=features).sort_values(ascending=False))

# final: re-estimate encodings on all labelled rows, refit, score the bundle
maps_all, prior_all = fit_encoding(data)
data_enc = apply_encoding(data, maps_all, prior_all)
scoring_enc = apply_encoding(scoring, maps_all, prior_all)
final = lgb.LGBMClassifier(**params).fit(data_enc[features], data_enc[y_col])
pd.DataFrame({id_col: scoring_enc[id_col],
              "prediction": final.predict_proba(scoring_enc[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({"roc_auc": float(roc_auc_score(y_va, p_clf))}, open("metrics.json", "w"))
