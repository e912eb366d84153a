"""House prices – correlation screening on the training period + LightGBM.

Same recipe as the exploratory notebook, but the screen (correlation with log price) and
the de-duplication are computed on sales before the cut-off only.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from feature_engine.selection import DropCorrelatedFeatures
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

CUT = pd.Timestamp("2023-07-01")
CAT_COLS = ["neighborhood", "zoning", "kitchen_qual"]

df = pd.read_csv("train.csv", parse_dates=["sale_date"])
df = df.drop(columns=["price_per_sqft", "assessed_value_post_sale"])
df["log_price"] = np.log(df["sale_price"])
df["house_age"] = df["sale_date"].dt.year - df["year_built"]
df["total_sf"] = df[["total_bsmt_sf", "first_flr_sf", "second_flr_sf"]].fillna(0).sum(axis=1)
df["baths"] = df["full_bath"] + 0.5 * df["half_bath"]

train = df[df["sale_date"] < CUT].copy()
test = df[df["sale_date"] >= CUT].copy()
print(f"train: {len(train)} sales, test: {len(test)} sales")

num_cols = [c for c in train.select_dtypes("number").columns
            if c not in ("property_id", "sale_price", "log_price")]

# 1) screen on |Spearman rho| with log price, training period only
rho = train[num_cols].corrwith(train["log_price"], method="spearman")
screened = list(rho[rho.abs() >= 0.15].sort_values(key=np.abs, ascending=False).index)
print(f"{len(screened)} of {len(num_cols)} numeric variables pass the screen")
print(rho[screened].round(3).to_string())

# 2) drop near-duplicates among the screened variables
dcf = DropCorrelatedFeatures(variables=screened, method="pearson", threshold=0.85, missing_values="ignore")
dcf.fit(train[screened])
final_num = [c for c in screened if c not in dcf.features_to_drop_]
print("dropped as correlated:", dcf.features_to_drop_)

for c in CAT_COLS:
    dtype = pd.CategoricalDtype(sorted(train[c].dropna().unique()))
    train[c] = train[c].astype(dtype)
    test[c] = test[c].astype(dtype)
features = final_num + CAT_COLS

model = lgb.LGBMRegressor(n_estimators=1500, learning_rate=0.02, num_leaves=31, min_child_samples=20,
                          subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=5, verbose=-1)
model.fit(train[features], train["log_price"])
pred = model.predict(test[features])
base = DummyRegressor(strategy="median").fit(train[features], train["log_price"]).predict(test[features])

for name, p in [("median baseline", base), ("LightGBM", pred)]:
    rmse = np.sqrt(mean_squared_error(test["log_price"], p))
    mae = mean_absolute_error(test["sale_price"], np.exp(p))
    print(f"{name:16s} RMSE(log) {rmse:.4f}   MAE ${mae:,.0f}")

imp = pd.Series(model.booster_.feature_importance("gain"), index=features).sort_values(ascending=False)
print(imp.head(15).round(0).to_string())
