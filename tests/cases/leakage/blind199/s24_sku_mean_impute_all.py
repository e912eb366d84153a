"""Weekly SKU demand per warehouse -- LightGBM regressor.

Evaluation mimics new-product launches: fit on weeks up to a cutoff, score the
following 12 weeks on SKUs that were not sold at all before the cutoff.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error

TARGET = "units"
KEYS = ["sku_id", "warehouse_id"]
NUMERIC = ["price", "stock", "price_lag1", "price_change", "promo_lag1"]


def build(df):
    df = df.sort_values(KEYS + ["week"]).copy()
    g = df.groupby(KEYS)
    df["price_lag1"] = g["price"].shift(1)
    df["price_change"] = df["price"] / df["price_lag1"] - 1
    df["promo_lag1"] = g["promo"].shift(1)
    df["weekofyear"] = df["week"].dt.isocalendar().week.astype(int)
    df["month"] = df["week"].dt.month
    return df


def wape(y, yhat):
    return np.abs(y - yhat).sum() / np.abs(y).sum()


sales = pd.read_csv("train.csv", parse_dates=["week"])
sales = build(sales)
sales = pd.get_dummies(sales, columns=["warehouse_id", "category"], prefix=["wh", "cat"], dtype=int)
dummies = [c for c in sales.columns if c.startswith(("wh_", "cat_"))]
FEATURES = NUMERIC + ["promo", "weekofyear", "month"] + dummies

# fill gaps in the numeric columns
sales[NUMERIC] = sales[NUMERIC].fillna(sales[NUMERIC].mean())

cutoff = sales["week"].max() - pd.Timedelta(weeks=12)
train = sales[sales["week"] <= cutoff].copy()
test = sales[sales["week"] > cutoff].copy()
test = test[~test["sku_id"].isin(train["sku_id"].unique())]
print(f"cutoff {cutoff.date()}  train {len(train)} rows  test {len(test)} rows / {test.sku_id.nunique()} new SKUs")
if test.empty:
    raise SystemExit("no SKU launched after the cutoff -- move the cutoff earlier")

model = LGBMRegressor(objective="poisson", n_estimators=800, learning_rate=0.03,
                      num_leaves=63, min_child_samples=30, subsample=0.8, subsample_freq=1,
                      colsample_bytree=0.8, random_state=1, verbose=-1)
model.fit(train[FEATURES], train[TARGET])
pred = np.clip(model.predict(test[FEATURES]), 0, None)

baseline = DummyRegressor(strategy="median").fit(train[FEATURES], train[TARGET])
pred0 = baseline.predict(test[FEATURES])

for name, p in [("median baseline", pred0), ("lightgbm", pred)]:
    print(f"{name:16s} MAE {mean_absolute_error(test[TARGET], p):8.3f}   WAPE {wape(test[TARGET], p):.3f}")

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(12))

# ---- final model on all history, predictions for test.csv
hist = pd.read_csv("train.csv", parse_dates=["week"])
future = pd.read_csv("test.csv", parse_dates=["week"])
both = build(pd.concat([hist, future], ignore_index=True))
both = pd.get_dummies(both, columns=["warehouse_id", "category"], prefix=["wh", "cat"], dtype=int)
both = both.reindex(columns=list(dict.fromkeys(list(both.columns) + FEATURES)), fill_value=0)
lab = both[both[TARGET].notna()].copy()
unl = both[both[TARGET].isna()].copy()
med_all = lab[NUMERIC].median()
lab[NUMERIC] = lab[NUMERIC].fillna(med_all)
unl[NUMERIC] = unl[NUMERIC].fillna(med_all)
final = LGBMRegressor(objective="poisson", n_estimators=800, learning_rate=0.03,
                      num_leaves=63, min_child_samples=30, subsample=0.8, subsample_freq=1,
                      colsample_bytree=0.8, random_state=1, verbose=-1).fit(lab[FEATURES], lab[TARGET])
pd.DataFrame({"id": unl["id"], "prediction": np.clip(final.predict(unl[FEATURES]), 0, None)}).to_csv(
    "predictions.csv", index=False)
