"""
Loan default take-home -- predict default_next_3m for each loan-month.

Design: train / validation / test on calendar blocks.
  * train      : as_of_month before VAL_START
  * validation : VAL_START <= as_of_month < TEST_START, loans not seen in train
  * test       : as_of_month >= TEST_START, loans not seen in train or validation
The brief says the hidden file contains loans originated after the training
window, so validation/test are restricted to "new" loans as well.
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

DATA = "train.csv"
TARGET = "default_next_3m"
VAL_START = "2022-01-01"
TEST_START = "2022-07-01"

NUM_COLS = ["loan_amount", "interest_rate", "term_months", "annual_income", "dti",
            "fico", "months_on_book", "balance", "dpd", "n_late_30", "utilization"]
CAT_COLS = ["grade", "purpose", "home_ownership"]
NOT_FEATURES = ["loan_month_id", "loan_id", "as_of_month", TARGET,
                "charge_off_amount", "collections_stage"]


def load(path):
    df = pd.read_csv(path, parse_dates=["as_of_month"])
    return df.sort_values(["loan_id", "as_of_month"]).reset_index(drop=True)


def add_features(df):
    df = df.copy()
    g = df.groupby("loan_id")
    df["dpd_lag1"] = g["dpd"].shift(1).fillna(0)
    df["dpd_lag2"] = g["dpd"].shift(2).fillna(0)
    df["balance_chg"] = g["balance"].pct_change().replace([np.inf, -np.inf], np.nan).fillna(0)
    df["pay_ratio"] = (df["payment_amount"] / df["installment"].replace(0, np.nan)).fillna(1.0).clip(0, 3)
    df["income_missing"] = df["annual_income"].isna().astype(int)
    df["annual_income"] = np.log1p(df["annual_income"].fillna(0))
    return df


def block_split(df, val_start, test_start):
    tr = df[df["as_of_month"] < val_start]
    va = df[(df["as_of_month"] >= val_start) & (df["as_of_month"] < test_start)]
    te = df[df["as_of_month"] >= test_start]
    seen = set(tr["loan_id"])
    va = va[~va["loan_id"].isin(seen)]
    seen |= set(va["loan_id"])
    te = te[~te["loan_id"].isin(seen)]
    return tr, va, te


def report(name, y, p):
    print(f"{name:<28s} auc={roc_auc_score(y, p):.4f}  "
          f"ap={average_precision_score(y, p):.4f}  brier={brier_score_loss(y, p):.4f}")


df = add_features(load(DATA))
df = pd.get_dummies(df, columns=CAT_COLS, dummy_na=True)
feature_cols = [c for c in df.columns if c not in NOT_FEATURES and df[c].dtype != object]
print(len(feature_cols), "features")

# put everything on the same scale so the LR coefficients can be read off
scaler = StandardScaler()
df[feature_cols] = scaler.fit_transform(df[feature_cols].astype(float))

train, val, test = block_split(df, VAL_START, TEST_START)
for name, part in [("train", train), ("val", val), ("test", test)]:
    print(f"{name:5s} rows={len(part):7d} loans={part['loan_id'].nunique():6d} "
          f"default rate={part[TARGET].mean():.4f}")

X_tr, y_tr = train[feature_cols], train[TARGET]
X_va, y_va = val[feature_cols], val[TARGET]
X_te, y_te = test[feature_cols], test[TARGET]

# --- baseline -------------------------------------------------------------
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
report("baseline (prior)", y_va, dummy.predict_proba(X_va)[:, 1])

# --- pick C on validation ---------------------------------------------------
results = {}
for C in [0.001, 0.01, 0.1, 1.0, 10.0]:
    lr = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
    lr.fit(X_tr, y_tr)
    p_va = lr.predict_proba(X_va)[:, 1]
    results[C] = roc_auc_score(y_va, p_va)
    report(f"logreg C={C}", y_va, p_va)

best_C = max(results, key=results.get)
print("best C on validation:", best_C)

# --- refit on train + validation, score the test block once ------------------
trval = pd.concat([train, val])
final = LogisticRegression(C=best_C, max_iter=2000, class_weight="balanced")
final.fit(trval[feature_cols], trval[TARGET])
p_te = final.predict_proba(X_te)[:, 1]
report("TEST logreg", y_te, p_te)
report("TEST baseline", y_te, DummyClassifier(strategy="prior").fit(
    trval[feature_cols], trval[TARGET]).predict_proba(X_te)[:, 1])

coefs = pd.Series(final.coef_[0], index=feature_cols).sort_values()
print("most negative:\n", coefs.head(8))
print("most positive:\n", coefs.tail(8))
