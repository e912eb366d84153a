"""Nightly price: final script.

* neighbourhood / property type target-encoded with sklearn's TargetEncoder *inside* the pipeline
  (refitted on each training fold, never sees the held-out hosts);
* model choice by GroupKFold on the development hosts, one final number on held-out hosts;
* predictions.csv for test.csv from a refit on all listings.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor, RandomForestRegressor
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import GroupKFold, GroupShuffleSplit, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, TargetEncoder

LEAKY = ["revenue_30d", "price_per_guest"]
NUM = ["accommodates", "bedrooms", "bathrooms", "beds", "minimum_nights", "number_of_reviews", "review_score",
       "latitude", "longitude", "host_listings_count", "availability_365", "n_amenities", "superhost", "instant"]
HIGH_CARD = ["neighbourhood", "property_type"]
LOW_CARD = ["room_type"]


def load(path):
    d = pd.read_csv(path).drop(columns=LEAKY, errors="ignore")
    d["n_amenities"] = d["amenities"].fillna("").str.count(",") + 1
    d["superhost"] = (d["host_is_superhost"] == "t").astype(int)
    d["instant"] = (d["instant_bookable"] == "t").astype(int)
    return d


def pipeline(model):
    pre = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), NUM),
        ("te", TargetEncoder(target_type="continuous", smooth="auto"), HIGH_CARD),
        ("ohe", OneHotEncoder(handle_unknown="ignore"), LOW_CARD),
    ])
    return Pipeline([("pre", pre), ("model", model)])


def rmse(a, b):
    return mean_squared_error(a, b) ** 0.5


df = load("train.csv")
y = np.log1p(df["price_per_night"])
cols = NUM + HIGH_CARD + LOW_CARD

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=21)
dev_idx, hold_idx = next(gss.split(df, y, groups=df["host_id"]))
dev, hold = df.iloc[dev_idx], df.iloc[hold_idx]
y_dev, y_hold = y.iloc[dev_idx], y.iloc[hold_idx]
assert not set(dev["host_id"]) & set(hold["host_id"])

candidates = {
    "baseline_mean": pipeline(DummyRegressor(strategy="mean")),
    "random_forest": pipeline(RandomForestRegressor(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=0)),
    "hgb": pipeline(HistGradientBoostingRegressor(max_iter=800, learning_rate=0.04, max_leaf_nodes=48, random_state=0)),
}
gkf = GroupKFold(n_splits=5)
cv_rmse = {}
for name, pipe in candidates.items():
    scores = cross_val_score(pipe, dev[cols], y_dev, groups=dev["host_id"], cv=gkf,
                             scoring="neg_root_mean_squared_error")
    cv_rmse[name] = -scores.mean()
    print(f"{name:14s} GroupKFold RMSE(log) {cv_rmse[name]:.4f} +- {scores.std():.4f}")

best = min((k for k in cv_rmse if k != "baseline_mean"), key=cv_rmse.get)
print("chosen:", best)

final = candidates[best].fit(dev[cols], y_dev)
base = candidates["baseline_mean"].fit(dev[cols], y_dev)
for name, m in [("baseline", base), (best, final)]:
    p = m.predict(hold[cols])
    print(f"HOLDOUT {name:14s} RMSE(log) {rmse(y_hold, p):.4f}  "
          f"MAE(EUR) {mean_absolute_error(np.expm1(y_hold), np.expm1(p)):.2f}  R2 {r2_score(y_hold, p):.3f}")

final.fit(df[cols], y)
test = load("test.csv")
pd.DataFrame({"listing_id": test["listing_id"], "prediction": np.expm1(final.predict(test[cols]))}).to_csv(
    "predictions.csv", index=False)
print("predictions.csv written:", len(test))
