import os
import json
import joblib
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

def log_metrics(run_name, metrics):
    """Stand-in for the tracking client used in prod."""
    for k, v in metrics.items():
        print(f"[{run_name}] {k}={v:.4f}")

CONFIG = {"path": "features/pricing/listing_snapshot.parquet", "target": "nightly_price"}


def add_encodings(df, target):
    for col in ("city", "room_type"):
        df[f"{col}_price_mean"] = df.groupby(col)[target].transform("mean")
    return df


def main():
    df = pd.read_parquet(CONFIG["path"])
    print(df.shape)
    df = add_encodings(df, CONFIG["target"])
    feats = ["bedrooms", "bathrooms", "accommodates", "review_score", "city_price_mean", "room_type_price_mean"]
    X_tr, X_te, y_tr, y_te = train_test_split(df[feats], df[CONFIG["target"]], test_size=0.2, random_state=2)
    gbr = GradientBoostingRegressor(n_estimators=300, max_depth=4).fit(X_tr, y_tr)
    metrics = {
        "mae": mean_absolute_error(y_te, gbr.predict(X_te)),
        "mae_mean_baseline": mean_absolute_error(y_te, DummyRegressor().fit(X_tr, y_tr).predict(X_te)),
    }
    log_metrics("nightly_price", metrics)
    with open("reports/nightly_price.json", "w") as fh:
        json.dump(metrics, fh, indent=2)
    joblib.dump(gbr, "artifacts/nightly_price.joblib")


if __name__ == "__main__":
    main()

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
