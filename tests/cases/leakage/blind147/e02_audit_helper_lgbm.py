"""LightGBM for churned_next_month with a small audit helper.

Split: Jan-Jun snapshots to fit, Jul-Sep snapshots of unseen customers to validate.
"""
import json

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

with open("task.json") as fh:
    task = json.load(fh)
TARGET, TIME = task["target"], task["time_column"]
GROUP, ID = task["group_column"], task["id_column"]
LEAKY = list(task.get("leaky_columns", []))

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(train.shape, test.shape, train[TARGET].mean())

for c in ["plan", "region"]:
    print(train.groupby(c)[TARGET].agg(["mean", "size"]).round(3))


def audit(frame, name):
    """Remove post-outcome columns and check nothing suspicious is left."""
    present = [c for c in LEAKY if c in frame.columns]
    if present:
        print(f"[audit:{name}] dropping leaky columns {present}")
    frame = frame.drop(columns=present)
    for bad in (TARGET, ID, GROUP):
        assert bad not in frame.columns, f"{bad} in {name}"
    assert not set(LEAKY) & set(frame.columns)
    return frame


CUT = pd.Timestamp("2024-07-01")
fit_df = train.loc[train[TIME] < CUT]
val_df = train.loc[train[TIME] >= CUT]
val_df = val_df.loc[~val_df[GROUP].isin(fit_df[GROUP].unique())]
assert fit_df[TIME].max() < val_df[TIME].min()
assert set(fit_df[GROUP]).isdisjoint(val_df[GROUP])

non_features = [TARGET, TIME, GROUP, ID]
X_fit = fit_df.drop(columns=non_features)
X_val = val_df.drop(columns=non_features)
y_fit, y_val = fit_df[TARGET], val_df[TARGET]

audit(X_fit, "fit")
audit(X_val, "val")

for c in ["plan", "region"]:
    cats = sorted(X_fit[c].dropna().unique())
    X_fit[c] = pd.Categorical(X_fit[c], categories=cats)
    X_val[c] = pd.Categorical(X_val[c], categories=cats)

params = dict(n_estimators=400, learning_rate=0.03, num_leaves=31,
              min_child_samples=50, subsample=0.8, subsample_freq=1,
              colsample_bytree=0.8, random_state=7, verbose=-1)
model = lgb.LGBMClassifier(**params).fit(X_fit, y_fit)
p_val = model.predict_proba(X_val)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
p_dummy = dummy.predict_proba(X_val)[:, 1]
print("baseline  AUC %.4f AP %.4f" % (roc_auc_score(y_val, p_dummy),
                                       average_precision_score(y_val, p_dummy)))
print("lightgbm  AUC %.4f AP %.4f" % (roc_auc_score(y_val, p_val),
                                       average_precision_score(y_val, p_val)))
print(pd.Series(model.feature_importances_, index=X_fit.columns)
      .sort_values(ascending=False).head(8))

# final model on all labelled rows
X_all = train.drop(columns=non_features)
X_test = test.drop(columns=[c for c in non_features if c in test.columns])
X_test = X_test[X_all.columns]
for c in ["plan", "region"]:
    cats = sorted(X_all[c].dropna().unique())
    X_all[c] = pd.Categorical(X_all[c], categories=cats)
    X_test[c] = pd.Categorical(X_test[c], categories=cats)
final = lgb.LGBMClassifier(**params).fit(X_all, train[TARGET])
pred = final.predict_proba(X_test)[:, 1]
pd.DataFrame({ID: test[ID], "prediction": np.clip(pred, 0, 1)}).to_csv(
    "predictions.csv", index=False)
