import os
import json
import joblib
import numpy as np
import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor

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

CFG = {"path": "features/pricing/daily_fare_index.csv", "target": "avg_fare", "lags": [1, 2, 7, 28]}
fares = pd.read_csv(CFG["path"])
fares["day"] = pd.to_datetime(fares["day"])
fares = fares.sort_values("day").reset_index(drop=True)
print(fares.shape)
print(fares[["day", "avg_fare"]].head())

for l in CFG["lags"]:
    fares[f"fare_lag{l}"] = fares["avg_fare"].shift(l)
fares["fare_roll14_prev"] = fares["avg_fare"].shift(1).rolling(14).mean()
fares["dow"] = fares["day"].dt.dayofweek
fares["fuel_index_chg"] = fares["fuel_index"].pct_change()
fares = fares.dropna().reset_index(drop=True)
FEATS = [c for c in fares.columns if c.startswith("fare_")] + ["dow", "fuel_index_chg", "seats_offered"]
X, y = fares[FEATS], fares[CFG["target"]]

cv = KFold(n_splits=5, shuffle=True, random_state=0)

rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=4, n_jobs=-1, random_state=0)
mae = -cross_val_score(rf, X, y, cv=cv, scoring="neg_mean_absolute_error")
mae_dummy = -cross_val_score(DummyRegressor(), X, y, cv=cv, scoring="neg_mean_absolute_error")
summary = {"cv_mae": float(mae.mean()), "cv_mae_std": float(mae.std()), "cv_mae_mean_baseline": float(mae_dummy.mean())}
print(summary)
rf.fit(X, y)
with open("reports/fare_cv.json", "w") as fh:
    json.dump(summary, fh, indent=2)
joblib.dump(rf, "artifacts/fare_rf.joblib")
