"""House prices: gradient boosting, 300-round bootstrap out-of-bag estimate of
MAE / RMSLE with a median-price baseline for comparison."""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_log_error

TARGET, ID = "sale_price", "listing_id"
homes = pd.read_csv("train.csv")
new_listings = pd.read_csv("test.csv")
print(homes.isna().sum())

NUM = ["sqft", "bedrooms", "bathrooms", "lot_size", "year_built", "school_rating"]
CAT = ["neighborhood", "condition", "has_garage"]

# missing values: numeric -> median, categorical -> most frequent
num_fill = homes[NUM].median()
cat_fill = homes[CAT].mode().iloc[0]
homes[NUM] = homes[NUM].fillna(num_fill)
homes[CAT] = homes[CAT].fillna(cat_fill)
new_listings[NUM] = new_listings[NUM].fillna(num_fill)
new_listings[CAT] = new_listings[CAT].fillna(cat_fill)

for d in (homes, new_listings):
    d["house_age"] = 2024 - d["year_built"]
NUM.append("house_age")

X = pd.get_dummies(homes[NUM + CAT], columns=CAT, dtype=int)
X_new = pd.get_dummies(new_listings[NUM + CAT], columns=CAT, dtype=int).reindex(columns=X.columns, fill_value=0)
y = homes[TARGET].to_numpy()

gbr_kw = dict(n_estimators=400, max_depth=3, learning_rate=0.05, subsample=0.8, loss="huber", random_state=0)
rng = np.random.default_rng(0)
mae, rmsle, mae_median = [], [], []
for b in range(300):
    inbag = rng.integers(0, len(y), len(y))
    oob = np.setdiff1d(np.arange(len(y)), inbag)
    m = GradientBoostingRegressor(**gbr_kw).fit(X.iloc[inbag], y[inbag])
    p = np.clip(m.predict(X.iloc[oob]), 1, None)
    mae.append(mean_absolute_error(y[oob], p))
    rmsle.append(np.sqrt(mean_squared_log_error(y[oob], p)))
    mae_median.append(mean_absolute_error(y[oob], np.full(len(oob), np.median(y[inbag]))))

summary = pd.DataFrame({"mae": mae, "rmsle": rmsle, "mae_median_baseline": mae_median})
print(summary.describe(percentiles=[0.025, 0.5, 0.975]).round(3))

final = GradientBoostingRegressor(**gbr_kw).fit(X, y)
pd.DataFrame({ID: new_listings[ID], "prediction": final.predict(X_new)}).to_csv("predictions.csv", index=False)
