"""Churn-snapshots take-home: leakage-audited LightGBM model.

Validation design: fit on Jan-Jun 2024 snapshots, validate on Jul-Sep snapshots
of customers that never appear in the fitting window. This mirrors test.csv,
which holds later snapshots of *other* customers.
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

DATA = Path(".")
task = json.loads((DATA / "task.json").read_text())
TARGET = task["target"]
TIME = task["time_column"]
GROUP = task["group_column"]
ID = task["id_column"]
LEAKY = task.get("leaky_columns", [])
print("declared leaky columns:", LEAKY)

train = pd.read_csv(DATA / "train.csv", parse_dates=[TIME])
test = pd.read_csv(DATA / "test.csv", parse_dates=[TIME])
print(train.shape, test.shape)
print("train churn rate: %.4f" % train[TARGET].mean())
print(train.groupby(TIME)[TARGET].agg(["mean", "size"]))

# ---------------------------------------------------------------- audit
DROP = [TARGET, TIME, GROUP, ID] + LEAKY
FEATURES = [c for c in train.columns if c not in DROP]
CATEGORICAL = ["plan", "region"]
assert not set(FEATURES) & set(LEAKY), "a declared leaky column survived"
assert TARGET not in FEATURES and ID not in FEATURES and GROUP not in FEATURES
print("features:", FEATURES)

CUT = pd.Timestamp("2024-07-01")
fit_df = train[train[TIME] < CUT]
val_df = train[train[TIME] >= CUT]
seen_customers = set(fit_df[GROUP])
val_df = val_df[~val_df[GROUP].isin(seen_customers)]

assert fit_df[TIME].max() < val_df[TIME].min(), "validation must come after fitting"
assert set(fit_df[GROUP]).isdisjoint(val_df[GROUP]), "customer overlap"
print(f"fit rows {len(fit_df)}, val rows {len(val_df)}, "
      f"val churn rate {val_df[TARGET].mean():.3f}")


def to_matrix(frame, levels):
    X = frame[FEATURES].copy()
    for c in CATEGORICAL:
        X[c] = pd.Categorical(X[c], categories=levels[c])
    return X


levels = {c: sorted(fit_df[c].dropna().unique()) for c in CATEGORICAL}
X_fit, y_fit = to_matrix(fit_df, levels), fit_df[TARGET]
X_val, y_val = to_matrix(val_df, levels), val_df[TARGET]

params = dict(n_estimators=400, learning_rate=0.03, num_leaves=31,
              min_child_samples=50, subsample=0.8, subsample_freq=1,
              colsample_bytree=0.8, random_state=7, verbose=-1)
model = lgb.LGBMClassifier(**params)
model.fit(X_fit, y_fit)
p_val = model.predict_proba(X_val)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
p_dummy = dummy.predict_proba(X_val)[:, 1]

print("baseline (prior)  ROC AUC %.4f  AP %.4f" % (
    roc_auc_score(y_val, p_dummy), average_precision_score(y_val, p_dummy)))
print("LightGBM          ROC AUC %.4f  AP %.4f" % (
    roc_auc_score(y_val, p_val), average_precision_score(y_val, p_val)))

importance = pd.Series(model.feature_importances_, index=FEATURES)
print(importance.sort_values(ascending=False).head(10))

# ------------------------------------------------- refit and predict test
full_levels = {c: sorted(train[c].dropna().unique()) for c in CATEGORICAL}
final = lgb.LGBMClassifier(**params)
final.fit(to_matrix(train, full_levels), train[TARGET])
pred = final.predict_proba(to_matrix(test, full_levels))[:, 1]
assert np.all((pred >= 0) & (pred <= 1))
pd.DataFrame({ID: test[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(pred))
