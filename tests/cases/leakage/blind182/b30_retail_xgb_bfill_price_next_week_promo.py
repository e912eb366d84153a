# Retail weekly demand -- XGBoost regressor
#
# Data notes
#  * `price` has gaps (weeks where the POS feed dropped the shelf price); they
#    are filled within each store-item series.
#  * shoppers stock up ahead of a promotion week, so the adjacent promo flag is a feature.
#
# Holdout: the last 12 weeks of train.csv.

import numpy as np
import pandas as pd
from xgboost import XGBRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

SERIES = ["store_id", "item_id"]

train = pd.read_csv("train.csv", parse_dates=["week"])
test = pd.read_csv("test.csv", parse_dates=["week"])
train["_set"] = "train"
test["_set"] = "test"
df = pd.concat([train, test], ignore_index=True).sort_values(SERIES + ["week"]).reset_index(drop=True)
print(df.groupby("_set").size())
print("missing price share: %.3f" % df["price"].isna().mean())

# -- price gaps -------------------------------------------------------------
df["price_missing"] = df["price"].isna().astype(int)
df["price"] = df.groupby(SERIES)["price"].bfill()

# -- promo pull-forward ------------------------------------------------------
df["promo_adjacent"] = df.groupby(SERIES)["promo"].shift(-1).fillna(0)

# -- calendar ---------------------------------------------------------------
iso = df["week"].dt.isocalendar()
df["week_of_year"] = iso.week.astype(int)
df["quarter"] = df["week"].dt.quarter
df["is_december"] = (df["week"].dt.month == 12).astype(int)
df["year"] = df["week"].dt.year

features = ["store_id", "item_id", "price", "price_missing", "promo", "promo_adjacent",
            "week_of_year", "quarter", "is_december", "year"]

lab = df[df["_set"] == "train"]
unl = df[df["_set"] == "test"]

last_weeks = np.sort(lab["week"].unique())[-12:]
fit = lab[~lab["week"].isin(last_weeks)]
val = lab[lab["week"].isin(last_weeks)]
assert fit["week"].max() < val["week"].min()

xgb_params = dict(n_estimators=800, max_depth=7, learning_rate=0.04, subsample=0.8,
                  colsample_bytree=0.8, min_child_weight=3, objective="reg:squarederror",
                  tree_method="hist", random_state=2)
model = XGBRegressor(**xgb_params)
model.fit(fit[features], fit["units_sold"])
p_val = np.clip(model.predict(val[features]), 0, None)

dummy = DummyRegressor(strategy="median").fit(fit[features], fit["units_sold"])
p_dummy = dummy.predict(val[features])


def report(name, y, p):
    rmse = mean_squared_error(y, p) ** 0.5
    print(f"{name:>8}: MAE={mean_absolute_error(y, p):.3f} RMSE={rmse:.3f} R2={r2_score(y, p):.3f}")


report("dummy", val["units_sold"], p_dummy)
report("xgboost", val["units_sold"], p_val)

err = val.assign(abs_err=np.abs(val["units_sold"] - p_val)).groupby("promo")["abs_err"].mean()
print("MAE by promo flag:\n", err)

model = XGBRegressor(**xgb_params)
model.fit(lab[features], lab["units_sold"])
unl = unl.assign(prediction=np.clip(model.predict(unl[features]), 0, None))
unl[["store_id", "item_id", "week", "prediction"]].to_csv("predictions.csv", index=False)
print("forecast written for", unl["week"].nunique(), "weeks")
