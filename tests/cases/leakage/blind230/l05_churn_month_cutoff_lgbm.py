# churn take-home - lightgbm attempt
# train on Jan-Jun, validate on Jul-Sep (test is Oct-Dec so this keeps the time order)

import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve, log_loss

pd.options.display.width = 160

raw = pd.read_csv("train.csv")
raw_test = pd.read_csv("test.csv")

print(raw.head())
print(raw.dtypes)
print("target rate:", raw.churned_next_month.mean())
print(raw.snapshot_month.value_counts().sort_index())
print(raw.plan.value_counts(dropna=False))
print(raw.payment_failures.value_counts().sort_index())
print(raw.support_tickets.describe())

# a few quick checks I wanted to see
print(raw.groupby("plan").monthly_charges.describe())
print(raw[["monthly_charges", "tenure_months", "usage_hours", "support_tickets",
           "payment_failures", "churned_next_month"]].corr().round(2))


def month_index(s):
    d = pd.to_datetime(s)
    return (d.dt.year - 2024) * 12 + d.dt.month


def build(d):
    out = pd.DataFrame(index=d.index)
    out["monthly_charges"] = d.monthly_charges
    out["tenure_months"] = d.tenure_months
    out["usage_hours"] = d.usage_hours
    out["support_tickets"] = d.support_tickets
    out["payment_failures"] = d.payment_failures
    out["new_customer"] = (d.tenure_months <= 3).astype(int)
    out["usage_per_charge"] = d.usage_hours / (d.monthly_charges + 1)
    out["plan"] = d.plan.astype("category")
    return out


raw["m"] = month_index(raw.snapshot_month)
raw_test["m"] = month_index(raw_test.snapshot_month)

X_all = build(raw)
y_all = raw.churned_next_month

tr = raw.m <= 6
va = raw.m >= 7
X_tr, y_tr = X_all[tr], y_all[tr]
X_va, y_va = X_all[va], y_all[va]
print("train", X_tr.shape, y_tr.mean(), "valid", X_va.shape, y_va.mean())

# baseline first
dummy = DummyClassifier(strategy="prior").fit(X_tr[["tenure_months"]], y_tr)
p_dummy = dummy.predict_proba(X_va[["tenure_months"]])[:, 1]
print("baseline  auc %.4f  ap %.4f  logloss %.4f" % (
    roc_auc_score(y_va, p_dummy), average_precision_score(y_va, p_dummy), log_loss(y_va, p_dummy)))

params = dict(
    n_estimators=400,
    learning_rate=0.03,
    num_leaves=15,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    reg_lambda=1.0,
    verbose=-1,
)

scores = {}
for spw in [1, 5, 19]:
    clf = lgb.LGBMClassifier(scale_pos_weight=spw, random_state=0, **params)
    clf.fit(X_tr, y_tr)
    p = clf.predict_proba(X_va)[:, 1]
    scores[spw] = (roc_auc_score(y_va, p), average_precision_score(y_va, p), log_loss(y_va, p))
    print("spw=%-3d auc %.4f  ap %.4f  logloss %.4f" % ((spw,) + scores[spw]))

best_spw = max(scores, key=lambda k: scores[k][1])
print("using scale_pos_weight =", best_spw)

clf = lgb.LGBMClassifier(scale_pos_weight=best_spw, random_state=0, **params)
clf.fit(X_tr, y_tr)
p_va = clf.predict_proba(X_va)[:, 1]

prec, rec, thr = precision_recall_curve(y_va, p_va)
f1 = 2 * prec * rec / (prec + rec + 1e-9)
print("best F1 on validation %.3f at threshold %.3f" % (f1[:-1].max(), thr[f1[:-1].argmax()]))

imp = pd.Series(clf.booster_.feature_importance("gain"), index=X_tr.columns).sort_values(ascending=False)
print(imp)

# per-month breakdown of the validation score
for m in sorted(raw.loc[va, "m"].unique()):
    sel = (raw.loc[va, "m"] == m).values
    if y_va[sel].nunique() > 1:
        print("month", m, "auc %.4f" % roc_auc_score(y_va[sel], p_va[sel]))

# final model on all months
final = lgb.LGBMClassifier(scale_pos_weight=best_spw, random_state=0, **params)
final.fit(X_all, y_all)
X_test = build(raw_test)
X_test["plan"] = pd.Categorical(X_test["plan"], categories=X_all["plan"].cat.categories)
sub = pd.DataFrame({"snapshot_id": raw_test.snapshot_id, "prediction": final.predict_proba(X_test)[:, 1]})
sub.to_csv("predictions.csv", index=False)
print(sub.describe())
