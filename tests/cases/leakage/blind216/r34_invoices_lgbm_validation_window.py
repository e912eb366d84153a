"""Invoice late payment -- LightGBM with early stopping on a validation window.

windows (by invoice_date):
    fit    : < 2023-01-01
    valid  : 2023-01-01 .. 2023-06-30, customers without invoices in the fit window
    test   : >= 2023-07-01, customers without any invoice before 2023-07-01
Early stopping and the number of trees come from `valid`; `test` is scored once.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

VALID_START = pd.Timestamp("2023-01-01")
TEST_START = pd.Timestamp("2023-07-01")


def featurize(d):
    out = pd.DataFrame(index=d.index)
    out["log_amount"] = np.log1p(d.amount.clip(lower=0))
    out["terms"] = (d.due_date - d.invoice_date).dt.days
    out["tenure_m"] = (d.invoice_date - d.customer_since).dt.days / 30.4
    out["n_lines"] = d.n_lines
    out["discount_pct"] = d.discount_pct
    out["is_recurring"] = d.is_recurring
    out["amount_to_limit"] = d.amount / d.credit_limit.replace(0, np.nan)
    out["due_dow"] = d.due_date.dt.dayofweek
    out["issue_dom"] = d.invoice_date.dt.day
    for c in ["customer_segment", "industry", "country"]:
        out = out.join(pd.get_dummies(d[c], prefix=c, dtype=np.int8))
    return out


def windows(d):
    fit = d.invoice_date < VALID_START
    val = (d.invoice_date >= VALID_START) & (d.invoice_date < TEST_START) \
        & ~d.customer_id.isin(d.loc[fit, "customer_id"])
    before_test = d.invoice_date < TEST_START
    test = ~before_test & ~d.customer_id.isin(d.loc[before_test, "customer_id"])
    return fit, val, test


df = pd.read_csv("train.csv", parse_dates=["invoice_date", "due_date", "customer_since"])
df = df.sort_values("invoice_date").reset_index(drop=True)
X, y = featurize(df), df.late_payment
m_fit, m_val, m_test = windows(df)
for name, m in [("fit", m_fit), ("valid", m_val), ("test", m_test)]:
    print(f"{name:6s} n={m.sum():6d}  customers={df.loc[m, 'customer_id'].nunique():5d}  late={y[m].mean():.3f}")

clf = lgb.LGBMClassifier(n_estimators=5000, learning_rate=0.02, num_leaves=31, min_child_samples=40,
                         subsample=0.8, subsample_freq=1, colsample_bytree=0.7, reg_lambda=1.0,
                         random_state=10, verbose=-1)
clf.fit(X[m_fit], y[m_fit],
        eval_set=[(X[m_val], y[m_val])], eval_metric="auc",
        callbacks=[lgb.early_stopping(200), lgb.log_evaluation(250)])
n_trees = clf.best_iteration_
print("best iteration on valid:", n_trees)
p_val = clf.predict_proba(X[m_val])[:, 1]
print("valid AUC %.4f  AP %.4f" % (roc_auc_score(y[m_val], p_val), average_precision_score(y[m_val], p_val)))

# refit on fit+valid with the tree count found above, then the single test evaluation
m_dev = m_fit | m_val
final = lgb.LGBMClassifier(**{**clf.get_params(), "n_estimators": n_trees})
final.fit(X[m_dev], y[m_dev])

p = final.predict_proba(X[m_test])[:, 1]
p_base = np.full(m_test.sum(), y[m_dev].mean())
y_test = y[m_test]
print(f"prior baseline : AP={average_precision_score(y_test, p_base):.4f}  logloss={log_loss(y_test, p_base):.4f}")
print(f"lightgbm       : AUC={roc_auc_score(y_test, p):.4f}  AP={average_precision_score(y_test, p):.4f}  "
      f"logloss={log_loss(y_test, p):.4f}")

dec = pd.qcut(pd.Series(p).rank(method="first"), 10, labels=False)
print(pd.DataFrame({"decile": dec.values, "p": p, "y": y_test.values}).groupby("decile").mean().round(3))

# scoring file: all labelled invoices, same tree count
prod = lgb.LGBMClassifier(**{**clf.get_params(), "n_estimators": n_trees}).fit(X, y)
sc = pd.read_csv("test.csv", parse_dates=["invoice_date", "due_date", "customer_since"])
Xs = featurize(sc).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"invoice_id": sc.invoice_id, "prediction": prod.predict_proba(Xs)[:, 1]}).to_csv("predictions.csv", index=False)
