"""Stability selection for the churn model.

Randomised L1-logistic fits on half-samples of the training window; a feature is kept if
it is selected in at least 60% of the runs. Evaluated on the most recent quarter.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

rng = np.random.default_rng(11)
TARGET = "churned"
CUTOFF = pd.Timestamp("2023-10-01")
N_RUNS = 100
C_VALUES = [0.01, 0.02, 0.05]

df = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
usage_cols = [c for c in df.columns if c.startswith(("voice_", "data_", "sms_", "app_", "roam_"))]
num_cols = usage_cols + ["tenure_months", "monthly_charge", "n_lines",
                         "support_tickets_90d", "payment_delays_12m"]

X = df[num_cols].fillna(0)
X = np.log1p(X.clip(lower=0))
X = X.join(pd.get_dummies(df[["plan_type", "contract_type"]], dtype=float))
y = df[TARGET].astype(int).values
cols = list(X.columns)

is_tr = (df["snapshot_date"] < CUTOFF).values
scaler = StandardScaler().fit(X[is_tr])
Z_tr = scaler.transform(X[is_tr])
Z_te = scaler.transform(X[~is_tr])
y_tr, y_te = y[is_tr], y[~is_tr]
print("train", Z_tr.shape, "holdout", Z_te.shape)

# --- stability selection on the training window
counts = np.zeros(len(cols))
n = len(y_tr)
for run in range(N_RUNS):
    idx = rng.choice(n, size=n // 2, replace=False)
    C = C_VALUES[run % len(C_VALUES)]
    # randomised lasso flavour: random feature rescaling in [0.5, 1]
    w = rng.uniform(0.5, 1.0, size=Z_tr.shape[1])
    lr = LogisticRegression(penalty="l1", solver="liblinear", C=C, class_weight="balanced")
    lr.fit(Z_tr[idx] * w, y_tr[idx])
    counts += (np.abs(lr.coef_[0]) > 1e-6)

freq = pd.Series(counts / N_RUNS, index=cols).sort_values(ascending=False)
stable = list(freq[freq >= 0.6].index)
print(f"{len(stable)} stable features (freq >= 0.6)")
print(freq.head(30).round(2).to_string())

# --- final model on stable features
pos = [cols.index(c) for c in stable]
final = LogisticRegression(C=0.5, max_iter=2000, class_weight="balanced")
final.fit(Z_tr[:, pos], y_tr)
p = final.predict_proba(Z_te[:, pos])[:, 1]

# --- baselines: prior and a tenure-only logistic model
prior = DummyClassifier(strategy="prior").fit(Z_tr, y_tr).predict_proba(Z_te)[:, 1]
t = cols.index("tenure_months")
tenure_only = LogisticRegression().fit(Z_tr[:, [t]], y_tr).predict_proba(Z_te[:, [t]])[:, 1]

rows = []
for name, pred in [("prior baseline", prior), ("tenure-only baseline", tenure_only),
                   ("stability-selected LR", p)]:
    rows.append((name, roc_auc_score(y_te, pred), average_precision_score(y_te, pred)))
print(pd.DataFrame(rows, columns=["model", "roc_auc", "avg_precision"]).round(4).to_string(index=False))
