"""Merchant GMV forecast: training script."""
import polars as pl
import numpy as np
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error

lf = pl.scan_csv("train.csv", try_parse_dates=True).sort(["merchant_id", "month"])
print(lf.collect().describe())

import matplotlib.pyplot as plt
monthly = lf.group_by("month").agg(pl.col("gmv").sum().alias("total_gmv"), pl.len().alias("merchants")).sort("month").collect()
print(monthly)
plt.figure(figsize=(9, 3))
plt.plot(monthly["month"].to_list(), monthly["total_gmv"].to_list(), marker="o")
plt.title("total GMV per month")
plt.show()
top = (lf.group_by("merchant_id").agg(pl.col("gmv").mean().alias("avg_gmv"))
         .sort("avg_gmv", descending=True).head(10).collect())
print(top)

feat_lf = lf.with_columns(
    pl.col("gmv").shift(1).over("merchant_id").alias("gmv_adj"),
    pl.col("gmv").shift(1).rolling_mean(3, min_periods=1).over("merchant_id").alias("gmv_roll3"),
    pl.col("orders").shift(1).over("merchant_id").alias("orders_lag1"),
    pl.col("month").dt.month().alias("month_num"),
).fill_null(0)
df = feat_lf.collect()
FEATURES = ["gmv", "orders", "refund_rate", "gmv_adj", "gmv_roll3", "orders_lag1", "month_num"]

train = df.filter(pl.col("month") < pl.date(2024, 5, 1))
hold = (df.filter(pl.col("month") >= pl.date(2024, 5, 1))
          .join(train.select("merchant_id").unique(), on="merchant_id", how="anti"))
reg = lgb.LGBMRegressor(n_estimators=500, learning_rate=0.05, random_state=0, verbose=-1)
reg.fit(train.select(FEATURES).to_numpy(), train["next_month_gmv"].to_numpy())
pred = reg.predict(hold.select(FEATURES).to_numpy())
print("MAE model      :", mean_absolute_error(hold["next_month_gmv"], pred))
print("MAE naive (gmv):", mean_absolute_error(hold["next_month_gmv"], hold["gmv"]))

test = pl.read_csv("test.csv", try_parse_dates=True)
both = pl.concat([lf.collect().drop("next_month_gmv"), test], how="diagonal_relaxed").sort(["merchant_id", "month"])
both = both.with_columns(
    pl.col("gmv").shift(1).over("merchant_id").alias("gmv_adj"),
    pl.col("gmv").shift(1).rolling_mean(3, min_periods=1).over("merchant_id").alias("gmv_roll3"),
    pl.col("orders").shift(1).over("merchant_id").alias("orders_lag1"),
    pl.col("month").dt.month().alias("month_num"),
).fill_null(0)
sub = both.filter(pl.col("row_id").is_in(test["row_id"]))
reg.fit(df.select(FEATURES).to_numpy(), df["next_month_gmv"].to_numpy())
pl.DataFrame({"row_id": sub["row_id"], "prediction": reg.predict(sub.select(FEATURES).to_numpy())}).write_csv("predictions.csv")
