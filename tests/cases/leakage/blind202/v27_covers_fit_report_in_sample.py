import pandas as pd
import numpy as np
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.metrics import mean_absolute_error, r2_score

train = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])

def calendar(frame):
    frame = frame.copy()
    frame["dow"] = frame["date"].dt.dayofweek
    frame["month"] = frame["date"].dt.month
    frame["day"] = frame["date"].dt.day
    frame["year"] = frame["date"].dt.year
    frame["friday_or_saturday"] = frame["dow"].isin([4, 5]).astype(int)
    frame["heavy_rain"] = (frame["rain_mm"] > 10).astype(int)
    frame["warm"] = (frame["temp_c"] > 22).astype(int)
    return frame

train = calendar(train)
test = calendar(test)

features = [c for c in train.columns if c not in ("covers", "date")]
print("features:", features)

model = ExtraTreesRegressor(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=42)
model.fit(train[features], train["covers"])

fitted = model.predict(train[features])
print("MAE:", round(mean_absolute_error(train["covers"], fitted), 2))
print("R^2:", round(r2_score(train["covers"], fitted), 3))

by_rest = (train.assign(abs_err=(train["covers"] - fitted).abs())
                .groupby("restaurant_id")["abs_err"].mean())
print(by_rest.describe())

importances = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(importances)

test["prediction"] = model.predict(test[features]).round(1)
test[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
print("done")
