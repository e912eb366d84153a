"""Churn take-home: XGBoost on monthly snapshots.

Validation mimics the test period: fit on Jan-Jul 2024, validate on Aug-Sep 2024.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "churned_next_month"
ID = "snapshot_id"
CATS = ["plan", "region", "contract_type", "payment_method"]
NUMS = [
    "monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d",
    "payment_failures_90d", "discount_pct", "autopay",
]


def load():
    tr = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    te = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
    for c in CATS:
        cats = pd.CategoricalDtype(sorted(tr[c].dropna().unique()))
        tr[c] = tr[c].astype(cats)
        te[c] = te[c].astype(cats)
    return tr, te


def report(name, y, p):
    print(f"{name:<10} auc={roc_auc_score(y, p):.4f}  ap={average_precision_score(y, p):.4f}  logloss={log_loss(y, p):.4f}")


train, test = load()
print(train.shape, test.shape)
print(train["snapshot_month"].value_counts().sort_index())
print("positive rate:", round(train[TARGET].mean(), 4))
print(train[NUMS].describe().T)

FEATURES = CATS + NUMS
cutoff = pd.Timestamp("2024-08-01")
fit_df = train[train["snapshot_month"] < cutoff]
val_df = train[train["snapshot_month"] >= cutoff]
print("fit rows", len(fit_df), "val rows", len(val_df))

X_fit, y_fit = fit_df[FEATURES], fit_df[TARGET]
X_val, y_val = val_df[FEATURES], val_df[TARGET]

# reference points
prior = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
report("prior", y_val, np.clip(prior.predict_proba(X_val)[:, 1], 1e-6, 1 - 1e-6))

lr_cols = NUMS
lr = LogisticRegression(max_iter=2000, class_weight="balanced")
lr.fit(X_fit[lr_cols].fillna(0), y_fit)
report("logreg", y_val, lr.predict_proba(X_val[lr_cols].fillna(0))[:, 1])

spw = float((y_fit == 0).sum() / max((y_fit == 1).sum(), 1))
params = dict(
    n_estimators=500,
    learning_rate=0.04,
    max_depth=5,
    min_child_weight=5,
    subsample=0.85,
    colsample_bytree=0.8,
    scale_pos_weight=spw,
    tree_method="hist",
    enable_categorical=True,
    eval_metric="auc",
    random_state=11,
)
clf = xgb.XGBClassifier(**params)
clf.fit(X_fit, y_fit, verbose=False)
p_val = clf.predict_proba(X_val)[:, 1]
report("xgb", y_val, p_val)

gain = clf.get_booster().get_score(importance_type="gain")
print(pd.Series(gain).sort_values(ascending=False).head(10))

# final model on all labelled months
final = xgb.XGBClassifier(**params)
final.fit(train[FEATURES], train[TARGET], verbose=False)
out = pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[FEATURES])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.shape, out["prediction"].mean())
