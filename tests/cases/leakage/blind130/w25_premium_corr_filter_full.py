import os
import json
import joblib
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import train_test_split
from sklearn.metrics import mean_absolute_percentage_error, mean_absolute_error

RUN_META = {
    "git_sha": os.environ.get("GIT_SHA", "local"),
    "owner": os.environ.get("USER", "ml-platform"),
    "started_at": pd.Timestamp.now(tz="UTC").isoformat(),
}
os.makedirs("reports", exist_ok=True)
os.makedirs("artifacts", exist_ok=True)
pd.set_option("display.max_columns", 50)
pd.set_option("display.width", 160)
np.random.seed(0)
print("run", RUN_META)

CONFIG = {"path": "features/pricing/quotes_enriched.parquet", "target": "accepted_premium", "min_abs_corr": 0.05}
quotes = pd.read_parquet(CONFIG["path"])
print(quotes.shape)
candidates = [c for c in quotes.select_dtypes("number").columns if c not in (CONFIG["target"], "quote_id")]
print(len(candidates), "numeric candidates")

def log_metrics(run_name, metrics):
    """Stand-in for the tracking client used in prod."""
    for k, v in metrics.items():
        print(f"[{run_name}] {k}={v:.4f}")

corr = quotes[candidates + [CONFIG["target"]]].corr()[CONFIG["target"]].drop(CONFIG["target"])
keep = corr[corr.abs() >= CONFIG["min_abs_corr"]].index.tolist()
print(len(keep), "kept")
X_tr, X_te, y_tr, y_te = train_test_split(quotes[keep].fillna(0), quotes[CONFIG["target"]], test_size=0.2, random_state=9)

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
