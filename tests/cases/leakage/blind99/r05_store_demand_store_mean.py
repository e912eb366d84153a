# weekly_units model with store-level demand profile
# author: take-home submission
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

train = pd.read_csv("train.csv", parse_dates=["week_start", "store_open_date"])
test = pd.read_csv("test.csv", parse_dates=["week_start", "store_open_date"])

# ---------------------------------------------------------------
# store profile: how big is a store's typical week, how volatile
# ---------------------------------------------------------------
store_profile = (train.groupby("store_id")["weekly_units"]
                 .agg(store_mean_units="mean", store_std_units="std", store_max_units="max")
                 .reset_index())
train = train.merge(store_profile, on="store_id", how="left")
test = test.merge(store_profile, on="store_id", how="left")


def calendar(d):
    d = d.copy()
    d["woy"] = d["week_start"].dt.isocalendar().week.astype(int)
    d["month"] = d["week_start"].dt.month
    d["weeks_open"] = (d["week_start"] - d["store_open_date"]).dt.days // 7
    return d


train = calendar(train)
test = calendar(test)
train = pd.get_dummies(train, columns=["region"])
test = pd.get_dummies(test, columns=["region"])

FEATURES = ["price", "promo_flag", "holiday_week", "store_size_sqm", "competitor_distance_km",
            "woy", "month", "weeks_open", "store_mean_units", "store_std_units", "store_max_units"]
FEATURES += [c for c in train.columns if c.startswith("region_")]
for c in FEATURES:
    if c not in test.columns:
        test[c] = 0

# ---------------------------------------------------------------
# evaluation: stores held out AND later weeks
# ---------------------------------------------------------------
CUTOFF = pd.Timestamp("2023-07-01")
gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=3)
tr_idx, te_idx = next(gss.split(train, groups=train["store_id"]))
tr_stores = set(train.iloc[tr_idx]["store_id"])
te_stores = set(train.iloc[te_idx]["store_id"])

fit_part = train[train["store_id"].isin(tr_stores) & (train["week_start"] < CUTOFF)]
eval_part = train[train["store_id"].isin(te_stores) & (train["week_start"] >= CUTOFF)]
print("fit rows:", len(fit_part), "eval rows:", len(eval_part))

baseline = DummyRegressor(strategy="median").fit(fit_part[FEATURES], fit_part["weekly_units"])
model = HistGradientBoostingRegressor(max_iter=600, learning_rate=0.04, l2_regularization=1.0, random_state=0)
model.fit(fit_part[FEATURES], fit_part["weekly_units"])

y_true = eval_part["weekly_units"]
for name, m in [("baseline", baseline), ("hgb", model)]:
    p = m.predict(eval_part[FEATURES])
    print(f"{name:9s} MAE={mean_absolute_error(y_true, p):.2f} RMSE={np.sqrt(mean_squared_error(y_true, p)):.2f}")

# final fit
model.fit(train[FEATURES], train["weekly_units"])
out = pd.DataFrame({"row_id": test["row_id"], "prediction": np.maximum(model.predict(test[FEATURES]), 0)})
out.to_csv("predictions.csv", index=False)
print(out.head())
