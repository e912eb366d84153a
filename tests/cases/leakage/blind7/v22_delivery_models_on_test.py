import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

LEAKY = ["actual_dropoff_time", "customer_rating"]
NUM = ["distance_km", "prep_minutes", "hour", "courier_tenure_days"]
CAT = ["weather", "restaurant_type"]


def read(path):
    frame = pd.read_csv(path, parse_dates=["order_time"])
    frame = frame.drop(columns=[c for c in LEAKY if c in frame.columns])
    frame["dow"] = frame["order_time"].dt.dayofweek
    frame["lunch_or_dinner"] = frame["hour"].isin([12, 13, 19, 20]).astype(int)
    return frame


df = read("train.csv").sort_values("order_time").reset_index(drop=True)
print(df["order_time"].min(), "->", df["order_time"].max())

# last 20% of the timeline is the test period
cut = df["order_time"].quantile(0.8)
train = df[df["order_time"] < cut]
test = df[df["order_time"] >= cut]
print("train", train.shape, "test", test.shape)

FEATS = NUM + CAT + ["dow", "lunch_or_dinner"]


def pipe(model, scale):
    pre = ColumnTransformer([
        ("num", StandardScaler() if scale else "passthrough", NUM + ["dow", "lunch_or_dinner"]),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ])
    return Pipeline([("pre", pre), ("m", model)])


candidates = {
    "mean_baseline": pipe(DummyRegressor(), False),
    "ridge": pipe(Ridge(alpha=3.0), True),
    "random_forest": pipe(RandomForestRegressor(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=0), False),
    "gbr": pipe(GradientBoostingRegressor(n_estimators=400, learning_rate=0.05, max_depth=4, subsample=0.8, random_state=0), False),
}

scores = {}
for name, m in candidates.items():
    m.fit(train[FEATS], train["delivery_minutes"])
    scores[name] = mean_absolute_error(test["delivery_minutes"], m.predict(test[FEATS]))
    print(f"{name:15s} test MAE = {scores[name]:.2f}")

best = min(scores, key=scores.get)
print(f"best: {best}  (MAE {scores[best]:.2f}, {scores['mean_baseline'] - scores[best]:.2f} min better than the mean)")

final = candidates[best].fit(df[FEATS], df["delivery_minutes"])
sub = read("test.csv")
pd.DataFrame({"order_id": sub["order_id"], "prediction": final.predict(sub[FEATS])}).to_csv("predictions.csv", index=False)
