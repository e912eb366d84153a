import os
import json
import joblib
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_percentage_error, mean_absolute_error

CONFIG = {"path": "features/pricing/quotes_enriched.parquet", "target": "accepted_premium", "min_abs_corr": 0.05}
quotes = pd.read_parquet(CONFIG["path"])
print(quotes.shape)
candidates = [c for c in quotes.select_dtypes("number").columns if c not in (CONFIG["target"], "quote_id")]
print(len(candidates), "numeric candidates")

def log_metrics(run_name, metrics):
    """Stand-in for the tracking client used in prod."""
    for k, v in metrics.items():
        print(f"[{run_name}] {k}={v:.4f}")

X_tr, X_te, y_tr, y_te = train_test_split(quotes[candidates].fillna(0), quotes[CONFIG["target"]], test_size=0.2, random_state=9)
corr = X_tr.corrwith(y_tr)
keep = corr[corr.abs() >= CONFIG["min_abs_corr"]].index.tolist()
print(len(keep), "kept")
X_tr, X_te = X_tr[keep], X_te[keep]

rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=9)
rf.fit(X_tr, y_tr)
pred = rf.predict(X_te)
mean_pred = DummyRegressor().fit(X_tr, y_tr).predict(X_te)
metrics = {
    "mape": mean_absolute_percentage_error(y_te, pred),
    "mae": mean_absolute_error(y_te, pred),
    "mae_mean_baseline": mean_absolute_error(y_te, mean_pred),
}
log_metrics("premium_rf", metrics)

os.makedirs(os.path.dirname("reports/premium_eval.json"), exist_ok=True)
with open("reports/premium_eval.json", "w") as fh:
    json.dump({k: float(v) for k, v in metrics.items()}, fh, indent=2)
joblib.dump({'features': keep, 'model': rf}, "artifacts/premium_rf.joblib")
print("saved", "artifacts/premium_rf.joblib")

def summarize_reports(folder="reports"):
    for fname in sorted(os.listdir(folder)):
        if not fname.endswith(".json"):
            continue
        with open(os.path.join(folder, fname)) as fh:
            rep = json.load(fh)
        print(fname)
        for k, v in sorted(rep.items()):
            print(f"  {k:>28s}: {v}")


summarize_reports()
