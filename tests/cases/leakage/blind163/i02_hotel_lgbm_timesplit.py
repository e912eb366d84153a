"""Hotel cancellation model: LightGBM with a chronological holdout.

Bookings arrive over time and the model is used on future bookings, so the
holdout is the last part of the booking timeline rather than a random sample.
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
LEAKY = task.get("leaky_columns", [])
CATS = ["hotel_type", "market_segment", "distribution_channel", "deposit_type", "customer_type", "country"]

train = pd.read_csv("train.csv", parse_dates=["booking_date", "arrival_date"])
test = pd.read_csv("test.csv", parse_dates=["booking_date", "arrival_date"])
print(train.shape, test.shape, "cancel rate", round(train[TARGET].mean(), 3))


def make_features(df):
    out = df.copy()
    out["arrival_month"] = out["arrival_date"].dt.month
    out["arrival_dow"] = out["arrival_date"].dt.dayofweek
    out["booking_month"] = out["booking_date"].dt.month
    out["party_size"] = out["adults"] + out["children"].fillna(0)
    out["has_agent"] = out["agent"].notna().astype(int)
    out["changes_per_lead_day"] = out["booking_changes"] / (out["lead_time"] + 1)
    out = out.drop(columns=["booking_date", "arrival_date", "agent"])
    return pd.get_dummies(out, columns=CATS, dummy_na=True)


train = train.sort_values("booking_date").reset_index(drop=True)
cutoff = train["booking_date"].quantile(0.8)
is_valid = train["booking_date"] > cutoff
print("train until", cutoff.date(), "| valid rows", int(is_valid.sum()))

X_all = make_features(train.drop(columns=[TARGET, ID] + LEAKY))
y_all = train[TARGET]
X_tr, y_tr = X_all[~is_valid], y_all[~is_valid]
X_va, y_va = X_all[is_valid], y_all[is_valid]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_va)[:, 1]
print(f"baseline  AUC={roc_auc_score(y_va, p_dummy):.3f}  AP={average_precision_score(y_va, p_dummy):.3f}")

params = dict(n_estimators=600, learning_rate=0.03, num_leaves=48, subsample=0.8,
              subsample_freq=1, colsample_bytree=0.8, random_state=7)
model = lgb.LGBMClassifier(**params)
model.fit(X_tr, y_tr)
p = model.predict_proba(X_va)[:, 1]
print(f"lightgbm  AUC={roc_auc_score(y_va, p):.3f}  AP={average_precision_score(y_va, p):.3f}  "
      f"F1@0.5={f1_score(y_va, p > 0.5):.3f}")

top = pd.Series(model.feature_importances_, index=X_tr.columns).sort_values(ascending=False).head(10)
print(top)

# refit on the whole history for the submission
final = lgb.LGBMClassifier(**params).fit(X_all, y_all)
X_sub = make_features(test.drop(columns=[ID] + [c for c in LEAKY if c in test.columns]))
X_sub = X_sub.reindex(columns=X_all.columns, fill_value=0)
sub = pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(X_sub)[:, 1]})
sub.to_csv("predictions.csv", index=False)
print("wrote", len(sub), "predictions")
