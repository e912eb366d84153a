# -*- coding: utf-8 -*-
"""
Take-home: probability that a loan defaults within 3 months (default_next_3m).

Validation: expanding-window backtest. TimeSeriesSplit is run on the list of
calendar months (not on rows, so a month is never cut in two); each fold trains
on the past months and validates on the next block of months, scoring only
loans with no history in the training window (like the hidden test file).
"""
import numpy as np
import pandas as pd
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from sklearn.model_selection import TimeSeriesSplit
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "default_next_3m"
SEED = 11

raw = pd.read_csv("train.csv", parse_dates=["as_of_month"])
raw = raw.sort_values(["loan_id", "as_of_month"])

# ---- features known at the as_of_month ---------------------------------------
gb = raw.groupby("loan_id")
raw["dpd_m1"] = gb["dpd"].shift(1)
raw["dpd_m2"] = gb["dpd"].shift(2)
raw["dpd_m3"] = gb["dpd"].shift(3)
raw["ever_30dpd"] = gb["dpd"].transform(lambda s: (s >= 30).cummax()).astype(int)
raw["paid_frac"] = raw["payment_amount"] / raw["installment"].clip(lower=1)
raw["paid_frac_m1"] = raw.groupby("loan_id")["paid_frac"].shift(1)
raw["bal_to_orig"] = raw["balance"] / raw["loan_amount"]
raw["remaining_term"] = raw["term_months"] - raw["months_on_book"]
raw["grade_ord"] = raw["grade"].map({"A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7})

FEATURES = ["interest_rate", "fico", "dti", "annual_income", "loan_amount", "grade_ord",
            "months_on_book", "remaining_term", "bal_to_orig", "utilization",
            "dpd", "dpd_m1", "dpd_m2", "dpd_m3", "ever_30dpd", "paid_frac", "paid_frac_m1", "n_late_30"]

# ---- backtest --------------------------------------------------------------
data = raw.sort_values("as_of_month").reset_index(drop=True)
X, y = data[FEATURES], data[TARGET]

months = np.sort(data["as_of_month"].unique())
tscv = TimeSeriesSplit(n_splits=5)
fold_rows = []
for k, (m_tr, m_va) in enumerate(tscv.split(months)):
    in_tr = data["as_of_month"].isin(months[m_tr])
    in_va = data["as_of_month"].isin(months[m_va]) & ~data["loan_id"].isin(data.loc[in_tr, "loan_id"])
    tr_idx, va_idx = np.flatnonzero(in_tr), np.flatnonzero(in_va)
    X_tr, y_tr = X.iloc[tr_idx], y.iloc[tr_idx]
    X_va, y_va = X.iloc[va_idx], y.iloc[va_idx]

    clf = HistGradientBoostingClassifier(max_iter=350, learning_rate=0.05, max_depth=6,
                                         min_samples_leaf=200, class_weight="balanced",
                                         random_state=SEED)
    clf.fit(X_tr, y_tr)
    dm = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

    p = clf.predict_proba(X_va)[:, 1]
    p0 = dm.predict_proba(X_va)[:, 1]
    fold_rows.append(dict(
        fold=k,
        train_until=data.loc[tr_idx, "as_of_month"].max().date(),
        valid_from=data.loc[va_idx, "as_of_month"].min().date(),
        n_valid=len(va_idx),
        auc=roc_auc_score(y_va, p),
        ap=average_precision_score(y_va, p),
        dummy_auc=roc_auc_score(y_va, p0),
        dummy_ap=average_precision_score(y_va, p0),
    ))
    print(fold_rows[-1])

folds = pd.DataFrame(fold_rows)
print(folds.to_string(index=False))
print("\nmean AUC %.4f | mean AP %.4f | dummy AP %.4f" % (folds.auc.mean(), folds.ap.mean(), folds.dummy_ap.mean()))

fig, ax = plt.subplots(figsize=(7, 3))
ax.plot(folds.fold, folds.auc, marker="o", label="HGB")
ax.plot(folds.fold, folds.dummy_auc, marker="x", label="dummy")
ax.set_xlabel("fold"); ax.set_ylabel("AUC"); ax.legend()
fig.tight_layout()
fig.savefig("backtest_auc.png", dpi=120)
