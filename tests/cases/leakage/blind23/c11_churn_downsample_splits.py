import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, f1_score, precision_score, recall_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils import resample

TARGET = "churned_next_month"
FEATURES = ["tenure_months", "monthly_charges", "total_charges", "data_usage_gb",
            "support_tickets", "late_payments", "num_products", "autopay"]
NEG_PER_POS = 4
SEED = 8


def make_splits(df, boundaries, seed):
    """train / valid / test: consecutive periods, each with its own customers."""
    rng = np.random.default_rng(seed)
    ids = rng.permutation(df.customer_id.unique())
    thirds = np.array_split(ids, [int(len(ids) * 0.6), int(len(ids) * 0.8)])
    out = {}
    for name, cust, (lo, hi) in zip(["train", "valid", "test"], thirds, boundaries):
        mask = df.customer_id.isin(cust) & (df.snapshot_month >= lo) & (df.snapshot_month < hi)
        out[name] = df[mask]
    return out


def downsample(frame, ratio=NEG_PER_POS, seed=SEED):
    pos = frame[frame[TARGET] == 1]
    neg = frame[frame[TARGET] == 0]
    n_neg = min(len(neg), ratio * len(pos))
    neg = resample(neg, replace=False, n_samples=n_neg, random_state=seed)
    return pd.concat([pos, neg]).sample(frac=1.0, random_state=seed)


df = pd.read_csv("data/churn_snapshots.csv", parse_dates=["snapshot_month"])
periods = [
    (pd.Timestamp("2021-01-01"), pd.Timestamp("2023-04-01")),
    (pd.Timestamp("2023-04-01"), pd.Timestamp("2023-07-01")),
    (pd.Timestamp("2023-07-01"), pd.Timestamp("2024-01-01")),
]
splits = make_splits(df, periods, SEED)
print({k: (len(v), round(v[TARGET].mean(), 4)) for k, v in splits.items()})

splits = {name: downsample(frame) for name, frame in splits.items()}
print({k: (len(v), round(v[TARGET].mean(), 4)) for k, v in splits.items()})

X = {k: v[FEATURES] for k, v in splits.items()}
y = {k: v[TARGET].to_numpy() for k, v in splits.items()}

clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000, C=0.5))
clf.fit(X["train"], y["train"])

p_valid = clf.predict_proba(X["valid"])[:, 1]
grid = np.linspace(0.05, 0.95, 91)
f1s = [f1_score(y["valid"], (p_valid >= t).astype(int)) for t in grid]
thr = float(grid[int(np.argmax(f1s))])

p_test = clf.predict_proba(X["test"])[:, 1]
pred = (p_test >= thr).astype(int)
baseline = DummyClassifier(strategy="stratified", random_state=SEED).fit(X["train"], y["train"])
p_base = baseline.predict_proba(X["test"])[:, 1]

print(f"threshold (valid) = {thr:.2f}")
print(f"test ROC AUC   {roc_auc_score(y['test'], p_test):.4f}   baseline {roc_auc_score(y['test'], p_base):.4f}")
print(f"test PR AUC    {average_precision_score(y['test'], p_test):.4f}   baseline {average_precision_score(y['test'], p_base):.4f}")
print(f"precision {precision_score(y['test'], pred):.3f} recall {recall_score(y['test'], pred):.3f} "
      f"f1 {f1_score(y['test'], pred):.3f}")
