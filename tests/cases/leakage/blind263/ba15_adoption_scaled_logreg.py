"""
Dashboards feature adoption -- will a user create a dashboard next week?
One row per user-week (user_week_id). Target: adopted_dashboards.

Approach: lagged usage features per user, logistic regression, evaluated
on the last 8 weeks (train strictly before).
"""
import numpy as np
import pandas as pd
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, precision_score, recall_score

weeks = pd.read_csv("train.csv", parse_dates=["week_start"])
weeks = weeks.sort_values(["user_id", "week_start"]).reset_index(drop=True)
print(weeks.shape, weeks["adopted_dashboards"].mean())

usage = ["sessions", "events", "reports_viewed", "reports_exported", "shared_links", "dashboards_viewed"]
by_user = weeks.groupby("user_id")
for col in usage:
    weeks[f"{col}_lag1"] = by_user[col].shift(1)
    weeks[f"{col}_avg4"] = by_user[col].transform(lambda s: s.shift(1).rolling(4, min_periods=1).mean())
weeks["weeks_active_before"] = by_user["sessions"].transform(lambda s: (s.shift(1) > 0).cumsum())
weeks["export_ratio"] = weeks["reports_exported"] / (weeks["reports_viewed"] + 1)
weeks["is_admin"] = (weeks["role"] == "admin").astype(int)
weeks["plan_business"] = (weeks["plan"] == "business").astype(int)

feats = usage + [f"{c}_lag1" for c in usage] + [f"{c}_avg4" for c in usage] + [
    "weeks_active_before", "export_ratio", "is_admin", "plan_business",
    "seats_in_workspace", "tenure_weeks", "invited_by_teammate"]

X = weeks[feats].to_numpy(dtype=float)
y = weeks["adopted_dashboards"].to_numpy()

# lags are NaN for first weeks -> median; then standardise
X = SimpleImputer(strategy="median").fit_transform(X)
X = StandardScaler().fit_transform(X)

split_week = weeks["week_start"].max() - pd.Timedelta(weeks=8)
is_train = (weeks["week_start"] <= split_week).to_numpy()
X_train, y_train = X[is_train], y[is_train]
X_test, y_test = X[~is_train], y[~is_train]
print("train weeks up to", split_week.date(), "|", is_train.sum(), "train rows", (~is_train).sum(), "test rows")

lr = LogisticRegression(C=1.0, max_iter=1000)
lr.fit(X_train, y_train)
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)

p_lr = lr.predict_proba(X_test)[:, 1]
p_dm = dummy.predict_proba(X_test)[:, 1]
print(f"dummy   auc {roc_auc_score(y_test, p_dm):.3f}")
print(f"logreg  auc {roc_auc_score(y_test, p_lr):.3f}  f1 {f1_score(y_test, p_lr > 0.4):.3f}  "
      f"precision {precision_score(y_test, p_lr > 0.4):.3f}  recall {recall_score(y_test, p_lr > 0.4):.3f}")

coef = pd.Series(lr.coef_[0], index=feats)
print(coef.reindex(coef.abs().sort_values(ascending=False).index).head(10).round(3))
