import numpy as np
import pandas as pd
import yaml
from imblearn.under_sampling import RandomUnderSampler
from sklearn.calibration import CalibratedClassifierCV
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import (average_precision_score, brier_score_loss, f1_score,
                             precision_recall_curve, roc_auc_score)

CFG = yaml.safe_load("""
data: data/churn_snapshots.csv
target: churned_next_month
periods:
  train_end: 2023-05-01
  calib_end: 2023-08-01
customer_shares: [0.6, 0.2, 0.2]
model:
  max_depth: 5
  learning_rate: 0.05
  max_iter: 500
  l2_regularization: 0.5
calibration: isotonic
undersample_ratio: 0.25
bootstrap: 1000
seed: 3
""")

FEATURES = ["tenure_months", "monthly_charges", "total_charges", "data_usage_gb",
            "support_tickets", "late_payments", "num_products", "autopay",
            "plan_code", "contract_code"]


def assign_customers(ids, shares, seed):
    rng = np.random.default_rng(seed)
    ids = rng.permutation(ids)
    cuts = np.cumsum([int(len(ids) * s) for s in shares[:-1]])
    parts = np.split(ids, cuts)
    return {cid: name for name, part in zip(["train", "calib", "test"], parts) for cid in part}


def bootstrap_ci(y, p, metric, n, seed):
    rng = np.random.default_rng(seed)
    y, p = np.asarray(y), np.asarray(p)
    stats = []
    for _ in range(n):
        idx = rng.integers(0, len(y), len(y))
        if y[idx].min() == y[idx].max():
            continue
        stats.append(metric(y[idx], p[idx]))
    return np.percentile(stats, [2.5, 97.5])


df = pd.read_csv(CFG["data"], parse_dates=["snapshot_month"])
PLAN_ORDER = {"basic": 0, "standard": 1, "plus": 2, "premium": 3}
CONTRACT_ORDER = {"monthly": 0, "annual": 1, "two_year": 2}
df["plan_code"] = df["plan_type"].map(PLAN_ORDER).fillna(-1)
df["contract_code"] = df["contract_type"].map(CONTRACT_ORDER).fillna(-1)

owner = df["customer_id"].map(assign_customers(df["customer_id"].unique(), CFG["customer_shares"], CFG["seed"]))
t1 = pd.Timestamp(CFG["periods"]["train_end"])
t2 = pd.Timestamp(CFG["periods"]["calib_end"])
parts = {
    "train": df[(owner == "train") & (df.snapshot_month < t1)],
    "calib": df[(owner == "calib") & (df.snapshot_month >= t1) & (df.snapshot_month < t2)],
    "test": df[(owner == "test") & (df.snapshot_month >= t2)],
}
for name, part in parts.items():
    print(f"{name:6s} rows={len(part):7d} churn={part[CFG['target']].mean():.4f}")

Xy = {k: (v[FEATURES], v[CFG["target"]]) for k, v in parts.items()}

X_fit, y_fit = RandomUnderSampler(sampling_strategy=CFG["undersample_ratio"],
                                  random_state=CFG["seed"]).fit_resample(*Xy["train"])
base_model = HistGradientBoostingClassifier(random_state=CFG["seed"], **CFG["model"])
base_model.fit(X_fit, y_fit)

calibrated = CalibratedClassifierCV(base_model, cv="prefit", method=CFG["calibration"])
calibrated.fit(*Xy["calib"])

X_cal, y_cal = Xy["calib"]
prec, rec, thr = precision_recall_curve(y_cal, calibrated.predict_proba(X_cal)[:, 1])
f1 = 2 * prec[:-1] * rec[:-1] / np.clip(prec[:-1] + rec[:-1], 1e-9, None)
threshold = float(thr[np.argmax(f1)])
print("threshold chosen on calibration split:", round(threshold, 4))

X_te, y_te = Xy["test"]
p_raw = base_model.predict_proba(X_te)[:, 1]
p_cal = calibrated.predict_proba(X_te)[:, 1]
p_prior = DummyClassifier(strategy="prior").fit(*Xy["train"]).predict_proba(X_te)[:, 1]

report = {
    "roc_auc": roc_auc_score(y_te, p_cal),
    "pr_auc": average_precision_score(y_te, p_cal),
    "brier_raw": brier_score_loss(y_te, p_raw),
    "brier_calibrated": brier_score_loss(y_te, p_cal),
    "brier_prior_baseline": brier_score_loss(y_te, p_prior),
    "f1_at_threshold": f1_score(y_te, (p_cal >= threshold).astype(int)),
}
lo, hi = bootstrap_ci(y_te, p_cal, average_precision_score, CFG["bootstrap"], CFG["seed"])
report["pr_auc_ci"] = (round(lo, 4), round(hi, 4))
for k, v in report.items():
    print(f"{k:22s} {v}")
