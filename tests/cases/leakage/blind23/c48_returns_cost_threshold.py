"""Returns: pick the intervention threshold (show size advice / block free
returns) that minimises expected cost, on a validation period, then report
the cost and ranking metrics once on the test period."""
import json

import numpy as np
import pandas as pd
from sklearn.calibration import CalibratedClassifierCV
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, confusion_matrix, roc_auc_score

COST = {"fp": 1.5, "fn": 9.0}
PERIODS = {"train": ("2022-01-01", "2023-06-01"), "valid": ("2023-06-01", "2023-09-01"),
           "test": ("2023-09-01", "2024-01-01")}
SHARES = {"train": 0.6, "valid": 0.2, "test": 0.2}
FEATURES = ["price", "discount_pct", "quantity", "shipping_days", "customer_tenure_days", "is_gift",
            "size_code", "prev_lines", "prev_spend"]
SIZE = {"XS": 0, "S": 1, "M": 2, "L": 3, "XL": 4, "XXL": 5}


def history(df):
    df = df.sort_values(["customer_id", "order_date", "order_line_id"]).copy()
    g = df.groupby("customer_id")
    df["prev_lines"] = g.cumcount()
    df["prev_spend"] = g["price"].transform(lambda s: s.shift(1).cumsum()).fillna(0.0)
    df["size_code"] = df["size"].map(SIZE).fillna(-1)
    return df


def partition(df, seed=48):
    rng = np.random.default_rng(seed)
    ids = rng.permutation(df.customer_id.unique())
    bounds = np.cumsum([0] + [int(len(ids) * SHARES[k]) for k in ("train", "valid")] + [len(ids)])
    parts = {}
    for (name, (lo, hi)), a, b in zip(PERIODS.items(), bounds[:-1], bounds[1:]):
        mask = df.customer_id.isin(ids[a:b]) & (df.order_date >= lo) & (df.order_date < hi)
        parts[name] = df[mask]
    return parts


def expected_cost(y, p, t):
    tn, fp, fn, tp = confusion_matrix(y, (p >= t).astype(int), labels=[0, 1]).ravel()
    return (COST["fp"] * fp + COST["fn"] * fn) / len(y)


lines = history(pd.read_csv("data/order_lines.csv", parse_dates=["order_date"]))
parts = partition(lines)
X = {k: v[FEATURES].fillna(0) for k, v in parts.items()}
y = {k: v["returned"].to_numpy() for k, v in parts.items()}

forest = RandomForestClassifier(n_estimators=500, min_samples_leaf=25, n_jobs=-1, random_state=0)
forest.fit(X["train"], y["train"])
calib = CalibratedClassifierCV(forest, cv="prefit", method="isotonic").fit(X["valid"], y["valid"])

grid = np.linspace(0.02, 0.8, 79)
p_valid = calib.predict_proba(X["valid"])[:, 1]
valid_costs = [expected_cost(y["valid"], p_valid, t) for t in grid]
t_star = float(grid[int(np.argmin(valid_costs))])

p_test = calib.predict_proba(X["test"])[:, 1]
prior = DummyClassifier(strategy="prior").fit(X["train"], y["train"])
p_prior = prior.predict_proba(X["test"])[:, 1]

rng = np.random.default_rng(1)
boot = []
for _ in range(1000):
    i = rng.integers(0, len(p_test), len(p_test))
    boot.append(expected_cost(y["test"][i], p_test[i], t_star))

out = {
    "threshold": t_star,
    "test_cost_per_line": expected_cost(y["test"], p_test, t_star),
    "test_cost_ci95": [float(np.percentile(boot, 2.5)), float(np.percentile(boot, 97.5))],
    "cost_if_never_intervene": expected_cost(y["test"], np.zeros_like(p_test), 0.5),
    "test_auc": roc_auc_score(y["test"], p_test),
    "test_ap": average_precision_score(y["test"], p_test),
    "test_brier": brier_score_loss(y["test"], p_test),
    "baseline_brier": brier_score_loss(y["test"], p_prior),
}
print(json.dumps(out, indent=2))
