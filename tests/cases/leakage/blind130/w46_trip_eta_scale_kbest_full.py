import os
import json
import joblib
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

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

CONFIG = {
    "path": "features/eta/trips_enriched.parquet",
    "target": "eta_minutes",
    "k": 25,
    "mlp": {"hidden_layer_sizes": (128, 64), "alpha": 1e-4, "max_iter": 200, "early_stopping": True},
}

def log_metrics(run_name, metrics):
    """Stand-in for the tracking client used in prod."""
    for k, v in metrics.items():
        print(f"[{run_name}] {k}={v:.4f}")

trips = pd.read_parquet(CONFIG["path"])
print(trips.shape)
X = trips.drop(columns=["trip_id", CONFIG["target"]]).select_dtypes("number").fillna(0)
y = trips[CONFIG["target"]]

X_std = StandardScaler().fit_transform(X)
kbest = SelectKBest(f_regression, k=CONFIG["k"])
X_k = kbest.fit_transform(X_std, y)
print(X.columns[kbest.get_support()].tolist())

X_tr, X_te, y_tr, y_te = train_test_split(X_k, y, test_size=0.2, random_state=23)
mlp = MLPRegressor(**CONFIG["mlp"], random_state=23).fit(X_tr, y_tr)
pred = mlp.predict(X_te)
metrics = {"mae": mean_absolute_error(y_te, pred), "rmse": mean_squared_error(y_te, pred) ** 0.5}
log_metrics("trip_eta_mlp", metrics)
with open("reports/trip_eta.json", "w") as fh:
    json.dump(metrics, fh, indent=2)
joblib.dump((kbest, mlp), "artifacts/trip_eta.joblib")
