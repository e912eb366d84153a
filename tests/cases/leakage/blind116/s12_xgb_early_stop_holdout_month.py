"""Churn snapshots: XGBoost with an out-of-time holdout.

Fit on Jan-Aug 2024 snapshots; the September snapshot of customers who never
appear in Jan-Aug is held out (the test file contains other customers, Oct-Dec).
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, log_loss

TARGET = "churned_next_month"
ID = "snapshot_id"
CUSTOMER = "customer_id"
MONTH = "snapshot_month"
CATEGORICAL = ["plan", "region", "contract_type", "payment_method"]
NUMERIC = ["monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d",
           "payment_failures_90d", "discount_pct", "autopay"]


def load(path):
    frame = pd.read_csv(path)
    frame[MONTH] = pd.to_datetime(frame[MONTH])
    frame["autopay"] = frame["autopay"].astype(int)
    frame["charge_per_login"] = frame["monthly_charges"] / (frame["logins_30d"] + 1)
    frame["early_tenure"] = (frame["tenure_months"] <= 6).astype(int)
    return frame


def encode(frame, columns=None):
    X = pd.get_dummies(frame[NUMERIC + ["charge_per_login", "early_tenure"] + CATEGORICAL],
                       columns=CATEGORICAL, dtype=float)
    return X if columns is None else X.reindex(columns=columns, fill_value=0.0)


df = load("train.csv")
print(df.shape, df[TARGET].mean().round(4))
print(df.groupby(df[MONTH].dt.month)[TARGET].mean().round(4))

cutoff = pd.Timestamp("2024-09-01")
fit = df[df[MONTH] < cutoff]
holdout = df[(df[MONTH] == cutoff) & ~df[CUSTOMER].isin(fit[CUSTOMER])]
print(f"fit rows {len(fit)}, holdout rows {len(holdout)}, holdout positives {holdout[TARGET].sum()}")

X_fit = encode(fit)
cols = X_fit.columns
X_hold = encode(holdout, cols)
y_fit, y_hold = fit[TARGET].to_numpy(), holdout[TARGET].to_numpy()

spw = (1 - y_fit.mean()) / y_fit.mean()
model = xgb.XGBClassifier(
    n_estimators=2000, learning_rate=0.03, max_depth=4, subsample=0.8, colsample_bytree=0.8,
    min_child_weight=3, scale_pos_weight=np.sqrt(spw), eval_metric="aucpr",
    early_stopping_rounds=100, random_state=42,
)
model.fit(X_fit, y_fit, eval_set=[(X_hold, y_hold)], verbose=200)
print("best iteration:", model.best_iteration)

p = model.predict_proba(X_hold)[:, 1]
base = DummyClassifier(strategy="prior").fit(X_fit, y_fit).predict_proba(X_hold)[:, 1]
summary = pd.DataFrame({
    "xgboost": [roc_auc_score(y_hold, p), average_precision_score(y_hold, p), log_loss(y_hold, p)],
    "prior": [roc_auc_score(y_hold, base), average_precision_score(y_hold, base), log_loss(y_hold, base)],
}, index=["roc_auc", "pr_auc", "log_loss"])
print(summary.round(4))

# lift in the top decile of the holdout month
k = max(1, int(0.1 * len(p)))
top = np.argsort(-p)[:k]
print(f"top-10% churn rate {y_hold[top].mean():.3f} vs overall {y_hold.mean():.3f}")

importance = pd.Series(model.feature_importances_, index=cols).sort_values(ascending=False)
print(importance.head(10).round(4))

# final model: all labelled months, same number of trees
final = xgb.XGBClassifier(
    n_estimators=model.best_iteration + 1, learning_rate=0.03, max_depth=4, subsample=0.8,
    colsample_bytree=0.8, min_child_weight=3, scale_pos_weight=np.sqrt(spw), random_state=42,
)
final.fit(encode(df, cols), df[TARGET])
test = load("test.csv")
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(encode(test, cols))[:, 1]}).to_csv(
    "predictions.csv", index=False)
print("predictions written:", len(test))
