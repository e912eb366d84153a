"""Lapse: penalised logistic regression.

Simple, explainable model.  Numeric inputs are imputed and standardised so the
coefficients are comparable -- medians, means and stds come from the training
years only.  Benchmark: the classic actuarial lapse table by policy duration.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

NUM_COLS = ["policy_duration", "issue_age", "annual_premium", "sum_assured", "premium_change_pct",
            "loan_balance", "interest_rate", "unemployment_rate", "missed_payments",
            "log_premium", "log_sum_assured", "missed_prev"]
CAT_COLS = ["product_type", "premium_mode", "payment_method", "agent_channel", "smoker"]

df = pd.read_csv("train.csv")
df = df.sort_values(["policy_id", "calendar_year"]).reset_index(drop=True)
df["log_premium"] = np.log(df["annual_premium"].clip(lower=1))
df["log_sum_assured"] = np.log(df["sum_assured"].clip(lower=1))
df["missed_prev"] = df.groupby("policy_id")["missed_payments"].shift(1)
df["duration_raw"] = df["policy_duration"]
print(df[NUM_COLS].isna().sum())

# ---- split by calendar year, test = policies first seen from 2019 on ----
train = df[df["calendar_year"] <= 2018].copy()
test = df[(df["calendar_year"] >= 2019) & (~df["policy_id"].isin(set(train["policy_id"])))].copy()
print("train rows:", len(train), " test rows:", len(test))


class TrainStats:
    """median-impute + z-score with parameters from the frame passed to fit()."""

    def fit(self, frame):
        self.med = frame[NUM_COLS].median()
        filled = frame[NUM_COLS].fillna(self.med)
        self.mu, self.sd = filled.mean(), filled.std().replace(0, 1)
        return self

    def transform(self, frame):
        out = frame[NUM_COLS].fillna(self.med)
        return (out - self.mu) / self.sd


def design(frame, stats, columns=None):
    X = pd.concat([stats.transform(frame),
                   pd.get_dummies(frame[CAT_COLS], drop_first=True, dtype=float)], axis=1)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


stats = TrainStats().fit(train)
X_tr = design(train, stats)
X_te = design(test, stats, columns=X_tr.columns)
y_tr, y_te = train["lapsed"], test["lapsed"]
print(X_tr.describe().T[["mean", "std"]].round(3).head(12))

# ---- benchmark: lapse table by duration (from training years) ----
table = train.groupby("duration_raw")["lapsed"].mean()
p_table = test["duration_raw"].map(table).fillna(y_tr.mean()).values
print("baseline (lapse table)  AUC %.4f  AP %.4f  logloss %.4f" % (
    roc_auc_score(y_te, p_table), average_precision_score(y_te, p_table), log_loss(y_te, p_table)))

# ---- model ----
lr = LogisticRegression(penalty="l2", C=0.3, max_iter=5000)
lr.fit(X_tr, y_tr)
p_lr = lr.predict_proba(X_te)[:, 1]
print("logistic regression     AUC %.4f  AP %.4f  logloss %.4f" % (
    roc_auc_score(y_te, p_lr), average_precision_score(y_te, p_lr), log_loss(y_te, p_lr)))

coefs = pd.Series(lr.coef_[0], index=X_tr.columns).sort_values()
print(coefs.round(3).to_string())

# by-duration comparison on the test years
cmp = pd.DataFrame({"duration": test["duration_raw"].values, "actual": y_te.values,
                    "table": p_table, "logreg": p_lr})
print(cmp.groupby("duration")[["actual", "table", "logreg"]].mean().round(3).head(12))
