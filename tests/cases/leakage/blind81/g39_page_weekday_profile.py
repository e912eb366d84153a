"""Page traffic with weekly profile features + LightGBM.

Each page has a characteristic weekday pattern; the page x weekday average and the page's
overall level are added as features. Holdout: last 14 days; baseline: last week's value.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error

H = 14
df = pd.read_csv("train.csv", parse_dates=["day"])
test = pd.read_csv("test.csv", parse_dates=["day"])
df = df.sort_values(["page", "day"]).reset_index(drop=True)
df["dow"] = df["day"].dt.dayofweek
test["dow"] = test["day"].dt.dayofweek

# weekly profile of each page
profile = df.groupby(["page", "dow"])["visits"].mean().rename("page_dow_mean")
level = df.groupby("page")["visits"].median().rename("page_level")
df = df.join(profile, on=["page", "dow"]).join(level, on="page")
df["dow_index"] = df["page_dow_mean"] / df["page_level"].clip(lower=1)

g = df.groupby("page")["visits"]
df["lag_14"] = g.shift(14)
df["lag_21"] = g.shift(21)
df["mean_14_lag14"] = g.transform(lambda s: s.shift(14).rolling(14).mean())
df["naive_7"] = g.shift(7)
df = df.dropna(subset=["mean_14_lag14"]).reset_index(drop=True)

features = ["page_dow_mean", "page_level", "dow_index", "lag_14", "lag_21", "mean_14_lag14",
            "dow", "campaign_active", "is_holiday"]
cutoff = df["day"].max() - pd.Timedelta(days=H)
tr, te = df[df["day"] <= cutoff], df[df["day"] > cutoff]

params = dict(n_estimators=700, learning_rate=0.03, num_leaves=31, min_child_samples=20,
              objective="poisson", verbose=-1)
model = lgb.LGBMRegressor(**params).fit(tr[features], tr["visits"])
pred = model.predict(te[features])

print(f"LightGBM      MAE {mean_absolute_error(te['visits'], pred):.1f}")
print(f"naive t-7     MAE {mean_absolute_error(te['visits'], te['naive_7']):.1f}")
print(f"weekly profile MAE {mean_absolute_error(te['visits'], te['page_dow_mean']):.1f}")

top = te.assign(pred=pred).groupby("page").apply(
    lambda x: pd.Series({"mae": mean_absolute_error(x["visits"], x["pred"]), "visits": x["visits"].mean()}))
print(top.sort_values("visits", ascending=False).head(10).round(1))

# submission
final = lgb.LGBMRegressor(**params).fit(df[features], df["visits"])
hist = pd.concat([df[["row_id", "page", "day", "visits"]], test[["row_id", "page", "day"]]]).sort_values(["page", "day"])
hg = hist.groupby("page")["visits"]
hist["lag_14"] = hg.shift(14)
hist["lag_21"] = hg.shift(21)
hist["mean_14_lag14"] = hg.transform(lambda s: s.shift(14).rolling(14, min_periods=1).mean())
test = test.merge(hist[["row_id", "lag_14", "lag_21", "mean_14_lag14"]], on="row_id", how="left")
test = test.join(profile, on=["page", "dow"]).join(level, on="page")
test["dow_index"] = test["page_dow_mean"] / test["page_level"].clip(lower=1)
test["prediction"] = np.clip(final.predict(test[features]), 0, None)
test[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
