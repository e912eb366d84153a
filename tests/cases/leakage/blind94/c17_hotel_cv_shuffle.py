"""Hotel cancellation model: 5-fold catboost.cv, then a final fit for the submission."""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool, cv

TARGET = "is_canceled"
CAT_COLS = [
    "hotel", "meal", "country", "market_segment", "distribution_channel",
    "reserved_room_type", "deposit_type", "agent", "customer_type",
]
LEAKY = ["reservation_status", "reservation_status_date"]


def prep(d: pd.DataFrame) -> pd.DataFrame:
    d = d.drop(columns=[c for c in LEAKY if c in d.columns]).copy()
    d["arrival_month"] = d["arrival_date"].dt.month
    d["arrival_dow"] = d["arrival_date"].dt.dayofweek
    d["total_nights"] = d["stays_in_weekend_nights"] + d["stays_in_week_nights"]
    d["weekend_share"] = d["stays_in_weekend_nights"] / d["total_nights"].clip(lower=1)
    d["prev_cancel_ratio"] = d["previous_cancellations"] / (
        d["previous_cancellations"] + d["previous_bookings_not_canceled"] + 1
    )
    for c in CAT_COLS:
        d[c] = d[c].fillna("NA").astype(str)
    return d


train = prep(pd.read_csv("train.csv", parse_dates=["arrival_date"]))
test = prep(pd.read_csv("test.csv", parse_dates=["arrival_date"]))
features = [c for c in train.columns if c not in ["booking_id", "arrival_date", TARGET]]

pool = Pool(train[features], train[TARGET], cat_features=CAT_COLS)
params = {
    "loss_function": "Logloss",
    "custom_metric": ["AUC", "F1"],
    "iterations": 1200,
    "learning_rate": 0.06,
    "depth": 7,
    "random_seed": 0,
}

scores = cv(pool, params, fold_count=5, shuffle=True, stratified=True, partition_random_seed=0, verbose=False)
best_iter = int(scores["test-Logloss-mean"].idxmin())
row = scores.loc[best_iter]
print(f"best iteration {best_iter}")
print(f"cv logloss {row['test-Logloss-mean']:.4f} +/- {row['test-Logloss-std']:.4f}")
print(f"cv AUC     {row['test-AUC-mean']:.4f} +/- {row['test-AUC-std']:.4f}")
print(f"cv F1      {row['test-F1-mean']:.4f}")

final = CatBoostClassifier(**{**params, "iterations": best_iter + 1}, verbose=False)
final.fit(pool)
proba = final.predict_proba(Pool(test[features], cat_features=CAT_COLS))[:, 1]
pd.DataFrame({"booking_id": test["booking_id"], "prediction": proba}).to_csv("predictions.csv", index=False)
