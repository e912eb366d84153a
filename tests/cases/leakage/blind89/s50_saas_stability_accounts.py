"""SaaS next-month churn – stability selection with account-level subsampling.

Each run draws half of the *accounts* of the training months (all their snapshots),
fits an L1 logistic regression and records which features get a non-zero coefficient.
Features selected in >= 70% of runs are kept. Test = later months of accounts that do
not appear in the training months.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.preprocessing import StandardScaler

RNG = np.random.default_rng(2024)
N_RUNS, THRESHOLD = 80, 0.7

df = pd.read_csv("train.csv", parse_dates=["month"])
usage = [c for c in df.columns if c.startswith(("feat_", "usage_"))]
numeric = usage + ["seats", "mrr", "logins_total", "active_users", "support_tickets",
                   "nps_last", "days_since_last_login", "invoices_overdue"]
X = np.log1p(df[numeric].fillna(0).clip(lower=0))
X["active_ratio"] = df["active_users"] / df["seats"].clip(lower=1)
X = X.join(pd.get_dummies(df["plan"], prefix="plan", dtype=float))
y = df["churn_next_month"].astype(int).values
cols = list(X.columns)

cut = pd.Timestamp("2023-07-01")
is_tr = (df["month"] < cut).values
seen = set(df.loc[is_tr, "account_id"])
is_te = (~is_tr) & (~df["account_id"].isin(seen)).values

scaler = StandardScaler().fit(X[is_tr])
Z_tr, Z_te = scaler.transform(X[is_tr]), scaler.transform(X[is_te])
y_tr, y_te = y[is_tr], y[is_te]
acc_tr = df.loc[is_tr, "account_id"].values
accounts = np.unique(acc_tr)
print(f"train: {len(y_tr)} rows / {len(accounts)} accounts; test: {len(y_te)} rows")

hits = np.zeros(len(cols))
for r in range(N_RUNS):
    chosen = RNG.choice(accounts, size=len(accounts) // 2, replace=False)
    rows = np.isin(acc_tr, chosen)
    lr = LogisticRegression(penalty="l1", solver="saga", C=0.05, max_iter=3000, class_weight="balanced")
    lr.fit(Z_tr[rows], y_tr[rows])
    hits += np.abs(lr.coef_[0]) > 1e-8

freq = pd.Series(hits / N_RUNS, index=cols).sort_values(ascending=False)
stable = list(freq[freq >= THRESHOLD].index)
print(f"{len(stable)} stable features:")
print(freq.head(25).round(2).to_string())

idx = [cols.index(c) for c in stable]
final = LogisticRegression(C=0.5, max_iter=3000).fit(Z_tr[:, idx], y_tr)
p = final.predict_proba(Z_te[:, idx])[:, 1]
p0 = DummyClassifier(strategy="prior").fit(Z_tr, y_tr).predict_proba(Z_te)[:, 1]

print(f"{'':16s}{'ROC AUC':>9s}{'PR AUC':>9s}{'Brier':>9s}")
for name, pred in [("prior baseline", p0), ("stable-set LR", p)]:
    print(f"{name:16s}{roc_auc_score(y_te, pred):9.4f}{average_precision_score(y_te, pred):9.4f}"
          f"{brier_score_loss(y_te, pred):9.4f}")
