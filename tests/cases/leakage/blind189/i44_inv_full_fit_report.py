# Late invoice payment - gradient boosting
# Note: with limited time I trained on all the data; the numbers below compare
# the model with a dummy on the same invoices.

import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss
from sklearn.calibration import calibration_curve

df = pd.read_csv("train.csv", parse_dates=["issue_date"])
print(df.shape)
print(df.isna().sum())

df = df.drop(columns=["collections_call_made"])
df["log_amount"] = np.log1p(df["amount"])
df["terms_days"] = df["terms_days"].fillna(30)
df["due_date"] = df["issue_date"] + pd.to_timedelta(df["terms_days"], unit="D")
df["due_weekend"] = (df["due_date"].dt.dayofweek >= 5).astype(int)
df["due_month_end"] = df["due_date"].dt.is_month_end.astype(int)
df["issue_month"] = df["issue_date"].dt.month
df = pd.get_dummies(df, columns=["industry"], dtype=int)

X = df.drop(columns=["invoice_id", "client_id", "issue_date", "due_date", "paid_late"])
y = df["paid_late"]

gbc = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, subsample=0.9, random_state=0)
gbc.fit(X, y)
dummy = DummyClassifier(strategy="prior").fit(X, y)

p = gbc.predict_proba(X)[:, 1]
p_dummy = dummy.predict_proba(X)[:, 1]
print("AUC    model %.3f | dummy %.3f" % (roc_auc_score(y, p), roc_auc_score(y, p_dummy)))
print("AP     model %.3f | dummy %.3f" % (average_precision_score(y, p), average_precision_score(y, p_dummy)))
print("Brier  model %.3f | dummy %.3f" % (brier_score_loss(y, p), brier_score_loss(y, p_dummy)))

frac_pos, mean_pred = calibration_curve(y, p, n_bins=10)
print(pd.DataFrame({"predicted": mean_pred.round(3), "observed": frac_pos.round(3)}))

imp = pd.Series(gbc.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(10))

test = pd.read_csv("test.csv", parse_dates=["issue_date"])
test["log_amount"] = np.log1p(test["amount"])
test["terms_days"] = test["terms_days"].fillna(30)
test["due_date"] = test["issue_date"] + pd.to_timedelta(test["terms_days"], unit="D")
test["due_weekend"] = (test["due_date"].dt.dayofweek >= 5).astype(int)
test["due_month_end"] = test["due_date"].dt.is_month_end.astype(int)
test["issue_month"] = test["issue_date"].dt.month
test = pd.get_dummies(test, columns=["industry"], dtype=int).reindex(columns=["invoice_id"] + list(X.columns),
                                                                     fill_value=0)
pd.DataFrame({"invoice_id": test["invoice_id"], "prediction": gbc.predict_proba(test[X.columns])[:, 1]}).to_csv(
    "predictions.csv", index=False)
