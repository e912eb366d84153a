"""Weekly store x item demand forecast - LightGBM on lag features.

Horizon in the brief is 8 weeks, so every lag / rolling feature starts at lag 8.
Validation = the last 8 weeks of train.csv (same shape as the real test period).
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, mean_squared_error

HORIZON = 8

df = pd.read_csv("train.csv", parse_dates=["week_start"])
df_test = pd.read_csv("test.csv", parse_dates=["week_start"])  # unlabelled, only for the submission
print(df.shape, df_test.shape)
print(df.isna().mean().sort_values(ascending=False).head(8))
print("weeks:", df["week_start"].min(), "->", df["week_start"].max())

# stack train + test so lags for the submission weeks can reach back into train
full = pd.concat([df.assign(_part="train"), df_test.assign(_part="test")], ignore_index=True)
full = full.sort_values(["store_id", "item_id", "week_start"]).reset_index(drop=True)
g = full.groupby(["store_id", "item_id"])["units_sold"]

for lag in [HORIZON, HORIZON + 1, HORIZON + 4, 52]:
    full[f"lag_{lag}"] = g.shift(lag)
full["rmean_4"] = g.transform(lambda s: s.shift(HORIZON).rolling(4).mean())
full["rmean_13"] = g.transform(lambda s: s.shift(HORIZON).rolling(13).mean())
full["rstd_13"] = g.transform(lambda s: s.shift(HORIZON).rolling(13).std())

full["week_of_year"] = full["week_start"].dt.isocalendar().week.astype(int)
full["month"] = full["week_start"].dt.month
full["discount"] = 1 - full["price"] / full["base_price"]

for c in ["store_id", "item_id", "category", "store_type"]:
    full[c] = full[c].astype("category")

features = [
    "store_id", "item_id", "category", "store_type", "store_size_sqft",
    "price", "discount", "promo_flag", "display_flag", "holiday_week",
    "temp_avg_c", "week_of_year", "month",
    "lag_8", "lag_9", "lag_12", "lag_52", "rmean_4", "rmean_13", "rstd_13",
]

lab = full[full["_part"] == "train"].dropna(subset=["lag_52"])
weeks = np.sort(lab["week_start"].unique())
cutoff = weeks[-HORIZON]
tr = lab[lab["week_start"] < cutoff]
va = lab[lab["week_start"] >= cutoff]
print("fit weeks < %s: %d rows | valid weeks: %d rows" % (str(cutoff)[:10], len(tr), len(va)))

params = dict(
    n_estimators=800,
    learning_rate=0.05,
    num_leaves=63,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    objective="tweedie",
    random_state=42,
)
model = lgb.LGBMRegressor(**params)
model.fit(tr[features], tr["units_sold"])
pred = np.clip(model.predict(va[features]), 0, None)


def wape(y_true, y_pred):
    return np.abs(y_true - y_pred).sum() / np.abs(y_true).sum()


y_va = va["units_sold"].values
naive = va["lag_52"].values  # seasonal naive: same week last year

print("LightGBM   MAE %.3f  RMSE %.3f  WAPE %.3f" % (
    mean_absolute_error(y_va, pred), mean_squared_error(y_va, pred) ** 0.5, wape(y_va, pred)))
print("naive(52)  MAE %.3f  RMSE %.3f  WAPE %.3f" % (
    mean_absolute_error(y_va, naive), mean_squared_error(y_va, naive) ** 0.5, wape(y_va, naive)))

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(15))

# ---- submission: refit on every labelled week, predict the 8 test weeks ----
final = lgb.LGBMRegressor(**params)
final.fit(lab[features], lab["units_sold"])
sub = full[full["_part"] == "test"].copy()
sub["prediction"] = np.clip(final.predict(sub[features]), 0, None)
sub[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote", len(sub), "predictions")
