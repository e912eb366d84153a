"""Weekly store sales - take-home solution.

Predict weekly_sales for every store-week in test.csv. Approach: LightGBM on
calendar, promotion and foot-traffic features plus short lags of the drivers.
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split

task = json.load(open("task.json"))
TARGET = task["target"]        # weekly_sales
ID_COL = task["id_column"]     # row_id

raw = pd.read_csv("train.csv", parse_dates=["week_start"])
test_raw = pd.read_csv("test.csv", parse_dates=["week_start"])
print(raw.shape, test_raw.shape)
print(raw["week_start"].min(), raw["week_start"].max(), raw["store_id"].nunique(), "stores")
print(raw.isna().mean().sort_values(ascending=False).head())


def build_features(d):
    d = d.sort_values(["store_id", "week_start"]).copy()
    d["week_of_year"] = d["week_start"].dt.isocalendar().week.astype(int)
    d["month"] = d["week_start"].dt.month
    d["markdown_total"] = d["markdown_total"].fillna(0.0)
    g = d.groupby("store_id")
    d["traffic_lag1"] = g["foot_traffic"].shift(1)
    d["traffic_lag2"] = g["foot_traffic"].shift(2)
    d["promo_lag1"] = g["promo_flag"].shift(1)
    d["traffic_roll4"] = g["foot_traffic"].transform(
        lambda s: s.shift(1).rolling(4, min_periods=1).mean()
    )
    d["markdown_roll4"] = g["markdown_total"].transform(
        lambda s: s.shift(1).rolling(4, min_periods=1).mean()
    )
    d["traffic_per_sqft"] = d["foot_traffic"] / d["store_size_sqft"]
    d = pd.get_dummies(d, columns=["region", "store_format"], dtype=int)
    return d


df = build_features(raw)
test_df = build_features(test_raw)

DROP = [TARGET, ID_COL, "week_start", "store_id", "returns_processed"]
features = [c for c in df.columns if c not in DROP]
test_df = test_df.reindex(columns=[c for c in df.columns if c != TARGET], fill_value=0)

X = df[features]
y = df[TARGET]

# hold out 20% of store-weeks for validation
X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, random_state=7)
print("train", X_tr.shape, "valid", X_va.shape)

baseline = DummyRegressor(strategy="median").fit(X_tr, y_tr)
base_pred = baseline.predict(X_va)

params = dict(
    n_estimators=800,
    learning_rate=0.03,
    num_leaves=63,
    min_child_samples=40,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    random_state=7,
)
model = lgb.LGBMRegressor(**params)
model.fit(X_tr, y_tr)
pred = model.predict(X_va)


def wape(a, p):
    return np.abs(a - p).sum() / np.abs(a).sum()


for name, p in [("baseline (median)", base_pred), ("lightgbm", pred)]:
    print(
        f"{name:18s} MAE={mean_absolute_error(y_va, p):10.1f} "
        f"RMSE={mean_squared_error(y_va, p) ** 0.5:10.1f} WAPE={wape(y_va, p):.3f}"
    )

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(15))

# refit on all labelled weeks and write the submission
final = lgb.LGBMRegressor(**params).fit(X, y)
test_df["prediction"] = final.predict(test_df[features])
test_df[[ID_COL, "prediction"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(test_df))
