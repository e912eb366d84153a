"""Used-car price regression: hand-made price level per make/model + CatBoost."""
import numpy as np
import pandas as pd
from catboost import CatBoostRegressor, Pool
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

TARGET = "price"
CAT_COLS = ["make", "model", "fuel_type", "transmission", "body_type", "seller_type", "region"]
LEAKY = ["sold_price_usd", "days_on_market"]

df = pd.read_csv("train.csv", parse_dates=["listing_date"]).drop(columns=LEAKY)
test = pd.read_csv("test.csv", parse_dates=["listing_date"]).drop(columns=LEAKY, errors="ignore")

for d in (df, test):
    for c in CAT_COLS:
        d[c] = d[c].fillna("NA").astype(str)
    d["age_years"] = (d["listing_date"].dt.year - d["year"]).clip(lower=0)
    d["log_km"] = np.log1p(d["mileage_km"])

df["log_price"] = np.log1p(df[TARGET])

# price level of the make and of the exact model, shrunk towards the make level
make_stats = df.groupby("make")["log_price"].agg(["mean", "count"])
model_stats = df.groupby(["make", "model"])["log_price"].agg(["mean", "count"]).reset_index()
k = 10
model_stats = model_stats.merge(make_stats["mean"].rename("make_mean"), left_on="make", right_index=True)
model_stats["model_level"] = (
    model_stats["mean"] * model_stats["count"] + model_stats["make_mean"] * k
) / (model_stats["count"] + k)

for d in (df, test):
    d["make_level"] = d["make"].map(make_stats["mean"])
    merged = d.merge(model_stats[["make", "model", "model_level"]], on=["make", "model"], how="left")
    d["model_level"] = merged["model_level"].fillna(d["make_level"]).values

features = [
    "make", "model", "fuel_type", "transmission", "body_type", "seller_type", "region",
    "age_years", "log_km", "engine_power_kw", "n_owners", "make_level", "model_level",
]

X_tr, X_va, y_tr, y_va = train_test_split(df[features], df["log_price"], test_size=0.2, random_state=3)

model = CatBoostRegressor(iterations=2500, learning_rate=0.04, depth=8, loss_function="RMSE", random_seed=3, verbose=500)
model.fit(Pool(X_tr, y_tr, cat_features=CAT_COLS))

pred = np.expm1(model.predict(Pool(X_va, cat_features=CAT_COLS)))
truth = np.expm1(y_va)
print(f"MAE {mean_absolute_error(truth, pred):.0f}")
print(f"R2  {r2_score(truth, pred):.4f}")
print(model.eval_metrics(Pool(X_va, y_va, cat_features=CAT_COLS), ["RMSE", "MAE"])["RMSE"][-1])

out = np.expm1(model.predict(Pool(test[features], cat_features=CAT_COLS)))
pd.DataFrame({"listing_id": test["listing_id"], "prediction": out}).to_csv("predictions.csv", index=False)
