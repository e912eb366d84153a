"""Weekly category revenue with LightGBM + early stopping on a store hold-out."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

df = pd.read_csv("train.csv")
df["log_sqft"] = np.log(df["sq_ft"])
df["checkout_density"] = df["n_checkouts"] / df["sq_ft"] * 1e4
df["comp_near"] = (df["competitor_distance_km"] < 2).astype(int)
for c in ["region", "store_format", "category"]:
    df[c] = df[c].astype("category")

features = ["region", "store_format", "category", "week_of_year", "log_sqft", "n_checkouts",
            "checkout_density", "avg_price_index", "promo_share", "competitor_distance_km",
            "comp_near", "local_population"]

splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
tr_idx, te_idx = next(splitter.split(df, groups=df["store_id"]))
train, test = df.iloc[tr_idx], df.iloc[te_idx]

model = lgb.LGBMRegressor(
    objective="tweedie",
    tweedie_variance_power=1.6,
    n_estimators=5000,
    learning_rate=0.02,
    num_leaves=63,
    min_child_samples=20,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    verbose=-1,
)
model.fit(
    train[features], train["weekly_revenue"],
    eval_set=[(test[features], test["weekly_revenue"])],
    eval_metric="l1",
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
)
print("best iteration:", model.best_iteration_)

pred = model.predict(test[features], num_iteration=model.best_iteration_)
print(f"hold-out MAE : {mean_absolute_error(test['weekly_revenue'], pred):,.1f}")
print(f"hold-out MAPE: {mean_absolute_percentage_error(test['weekly_revenue'], pred):.3%}")

imp = pd.Series(model.booster_.feature_importance("gain"), index=features)
print((imp / imp.sum()).sort_values(ascending=False).round(3))
