# Churn -- wide feature generation, then a univariate screen, then L1 logit.
#
# I generate ~40 candidate features (lags, deltas, ratios, short windows of
# past snapshots) and screen them by absolute point-biserial correlation with
# the label, keeping anything above 0.03. The L1 penalty then does the fine
# selection. Evaluation: time cut at the last 3 labelled months, scored on
# customers who first appear after the cut (customer-disjoint), against a
# DummyClassifier on the prior.

import itertools

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "churned_next_month"
BASE = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d"]

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.PeriodIndex(df["snapshot_month"], freq="M")
df = df.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)
print(df.shape)

g = df.groupby("customer_id")
cands = []
for col in BASE[1:]:
    for k in (1, 2, 3):
        df[f"{col}_lag{k}"] = g[col].shift(k)
        df[f"{col}_d{k}"] = df[col] - df[f"{col}_lag{k}"]
        cands += [f"{col}_lag{k}", f"{col}_d{k}"]
    df[f"{col}_mean3"] = g[col].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean())
    df[f"{col}_max3"] = g[col].transform(lambda s: s.shift(1).rolling(3, min_periods=1).max())
    cands += [f"{col}_mean3", f"{col}_max3"]
for a, b in itertools.combinations(BASE, 2):
    df[f"{a}_per_{b}"] = df[a] / (df[b] + 1)
    cands.append(f"{a}_per_{b}")
plan_d = pd.get_dummies(df["plan"], prefix="plan", dtype=float)
df = pd.concat([df, plan_d], axis=1)
cands = BASE + cands + list(plan_d.columns)
print(len(cands), "candidate features")

corr = df[cands].corrwith(df[TARGET]).abs().sort_values(ascending=False)
selected = corr[corr > 0.03].index.tolist()
print(len(selected), "pass the screen")
print(corr.head(15).round(3).to_string())

months = sorted(df["snapshot_month"].unique())
cut = months[-3]
train = df[df["snapshot_month"] < cut]
hold = df[(df["snapshot_month"] >= cut) & ~df["customer_id"].isin(train["customer_id"])]
print(f"train {len(train)}, holdout {len(hold)}, holdout churn {hold[TARGET].mean():.3f}")

logit = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                      LogisticRegression(penalty="l1", C=0.1, solver="liblinear"))
logit.fit(train[selected], train[TARGET])
dummy = DummyClassifier(strategy="prior").fit(train[selected], train[TARGET])

y = hold[TARGET].to_numpy()
rng = np.random.default_rng(9)
for name, est in [("dummy", dummy), ("l1-logit", logit)]:
    p = est.predict_proba(hold[selected])[:, 1]
    boots = [average_precision_score(y[ix], p[ix])
             for ix in (rng.integers(0, len(y), len(y)) for _ in range(500))]
    print(f"{name:9s} ROC-AUC {roc_auc_score(y, p):.4f}  PR-AUC {average_precision_score(y, p):.4f} "
          f"(95% {np.percentile(boots, 2.5):.4f}-{np.percentile(boots, 97.5):.4f})")

coef = pd.Series(logit[-1].coef_.ravel(), index=selected)
print("non-zero:", (coef != 0).sum(), "of", len(selected))
print(coef[coef != 0].sort_values().round(3).to_string())
