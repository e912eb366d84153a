"""12-month customer value (revenue_12m) - LightGBM Tweedie.

test.csv holds later signup cohorts, so validation is a cohort cut: train on customers
who signed up before the cutoff month, validate on the most recent cohorts.
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

task = json.load(open("task.json"))
TARGET, ID, TIME = task["target"], task["id_column"], task["time_column"]
LEAKY = task.get("leaky_columns", [])

df = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(df.shape, df[TIME].min().date(), df[TIME].max().date())
print(df.groupby(df[TIME].dt.to_period("Q"))[TARGET].agg(["mean", "median", "count"]))

CATS = ["acquisition_channel", "country", "device", "age_band"]


def prep(d):
    d = d.copy()
    d["signup_month_num"] = d[TIME].dt.month
    d["aov_first_30d"] = d["spend_first_30d"] / d["orders_first_30d"].clip(lower=1)
    d["repeat_in_30d"] = (d["orders_first_30d"] > 1).astype(int)
    for c in CATS:
        d[c] = d[c].astype("category")
    return d


df, test = prep(df), prep(test)
for c in CATS:
    test[c] = pd.Categorical(test[c], categories=df[c].cat.categories)
FEATURES = [c for c in df.columns if c not in [ID, TARGET, TIME] + LEAKY]
print(FEATURES)

months = np.sort(df[TIME].unique())
cutoff = months[int(len(months) * 0.8)]
early = df[df[TIME] < cutoff]
late = df[df[TIME] >= cutoff]
print(f"fit on cohorts < {pd.Timestamp(cutoff).date()} ({len(early)}), validate on {len(late)}")

model = lgb.LGBMRegressor(objective="tweedie", tweedie_variance_power=1.3, n_estimators=900,
                          learning_rate=0.03, num_leaves=48, min_child_samples=50,
                          subsample=0.8, subsample_freq=1, colsample_bytree=0.8, verbose=-1)
model.fit(early[FEATURES], early[TARGET])
pred = model.predict(late[FEATURES])
base = np.full(len(late), early[TARGET].mean())

summary = pd.DataFrame({
    "mean baseline": [mean_absolute_error(late[TARGET], base),
                      mean_squared_error(late[TARGET], base) ** 0.5, r2_score(late[TARGET], base)],
    "lgbm tweedie": [mean_absolute_error(late[TARGET], pred),
                     mean_squared_error(late[TARGET], pred) ** 0.5, r2_score(late[TARGET], pred)],
}, index=["MAE", "RMSE", "R2"])
print(summary.round(2))

# how well does it rank customers? share of revenue captured by the top decile
top = late.assign(p=pred).nlargest(len(late) // 10, "p")
print("top-decile revenue share: %.3f" % (top[TARGET].sum() / late[TARGET].sum()))

model.fit(df[FEATURES], df[TARGET])
pd.DataFrame({ID: test[ID], "prediction": model.predict(test[FEATURES])}).to_csv("predictions.csv", index=False)
