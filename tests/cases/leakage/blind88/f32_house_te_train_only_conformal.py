"""Sale price intervals: neighborhood level learned on the training part only, split conformal."""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

ALPHA = 0.1
FEATURES = ["lot_area", "living_area", "bedrooms", "bathrooms", "house_age", "garage_cars",
            "overall_quality", "cond_code", "has_pool", "distance_to_center_km", "nb_price_level"]
COND = {"poor": 0, "fair": 1, "average": 2, "good": 3, "excellent": 4}


def neighborhood_levels(frame, k=15):
    city = frame["log_price"].median()
    nb = frame.groupby("neighborhood")["log_price"].agg(["median", "size"])
    level = (nb["median"] * nb["size"] + city * k) / (nb["size"] + k)
    return level, city


def add_features(frame, level, city):
    out = frame.copy()
    out["nb_price_level"] = out["neighborhood"].map(level).fillna(city)
    out["house_age"] = 2024 - out["year_built"]
    out["cond_code"] = out["condition"].map(COND)
    return out


df = pd.read_csv("train.csv").drop(columns=["price_per_sqft", "closing_cost"])
df["log_price"] = np.log(df["sale_price"])

train, rest = train_test_split(df, test_size=0.4, random_state=2)
calib, holdout = train_test_split(rest, test_size=0.5, random_state=2)

level, city = neighborhood_levels(train)
train, calib, holdout = (add_features(f, level, city) for f in (train, calib, holdout))

model = HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, random_state=2)
model.fit(train[FEATURES], train["log_price"])

res = np.abs(calib["log_price"] - model.predict(calib[FEATURES]))
n = len(res)
q = np.quantile(res, min(1.0, np.ceil((n + 1) * (1 - ALPHA)) / n), method="higher")

pred = model.predict(holdout[FEATURES])
lo, hi = np.exp(pred - q), np.exp(pred + q)
price = holdout["sale_price"].to_numpy()
print(f"coverage (holdout): {np.mean((price >= lo) & (price <= hi)):.3f}  target {1 - ALPHA:.2f}")
print(f"median width      : {np.median(hi - lo):,.0f}")

dummy = DummyRegressor(strategy="median").fit(train[FEATURES], train["log_price"])
print(f"MAE model  : {mean_absolute_error(price, np.exp(pred)):,.0f}")
print(f"MAE dummy  : {mean_absolute_error(price, np.exp(dummy.predict(holdout[FEATURES]))):,.0f}")

# coverage conditional on size bucket: split conformal only guarantees marginal coverage
holdout = holdout.assign(covered=(price >= lo) & (price <= hi))
print(holdout.groupby(pd.qcut(holdout["living_area"], 4))["covered"].mean())

test = add_features(pd.read_csv("test.csv"), level, city)
pt = model.predict(test[FEATURES])
pd.DataFrame({"house_id": test["house_id"], "prediction": np.exp(pt),
              "lower": np.exp(pt - q), "upper": np.exp(pt + q)}).to_csv("predictions.csv", index=False)
