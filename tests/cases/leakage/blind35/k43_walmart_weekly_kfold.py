# Walmart (Kaggle recruiting) - total weekly sales across the 45 stores
# weekly totals + store-averaged economic indicators, gradient boosting with lags
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.model_selection import KFold, cross_val_score, cross_val_predict

sales = pd.read_csv("walmart/train.csv", parse_dates=["Date"])
feats = pd.read_csv("walmart/features.csv", parse_dates=["Date"])

weekly = sales.groupby("Date").agg(sales=("Weekly_Sales", "sum"), holiday=("IsHoliday", "max"))
macro = feats.groupby("Date")[["Temperature", "Fuel_Price", "CPI", "Unemployment",
                               "MarkDown1", "MarkDown2", "MarkDown3", "MarkDown4", "MarkDown5"]].mean()
macro[[f"MarkDown{i}" for i in range(1, 6)]] = macro[[f"MarkDown{i}" for i in range(1, 6)]].fillna(0)

df = weekly.join(macro, how="left").sort_index()
print(df.shape, df.index.min().date(), df.index.max().date())
print(df["sales"].describe())

df["holiday"] = df["holiday"].astype(int)
df["week"] = df.index.isocalendar().week.astype(int)
df["month"] = df.index.month
df["year"] = df.index.year
df["lag_1"] = df["sales"].shift(1)
df["lag_2"] = df["sales"].shift(2)
df["lag_52"] = df["sales"].shift(52)
df["roll_4"] = df["sales"].shift(1).rolling(4).mean()
df["markdown_total"] = df[[f"MarkDown{i}" for i in range(1, 6)]].sum(axis=1)

# Thanksgiving / Christmas weeks
df["pre_christmas"] = ((df["month"] == 12) & (df.index.day <= 24)).astype(int)
df["thanksgiving"] = ((df["month"] == 11) & (df["holiday"] == 1)).astype(int)

model_df = df.dropna(subset=["lag_1", "lag_2", "roll_4"]).copy()
model_df["lag_52"] = model_df["lag_52"].fillna(model_df["roll_4"])
features = [c for c in model_df.columns if c != "sales"]
X, y = model_df[features], model_df["sales"]
print(len(model_df), "weeks")

cv = KFold(n_splits=5, shuffle=True, random_state=1)
gbr = GradientBoostingRegressor(n_estimators=400, learning_rate=0.05, max_depth=3, subsample=0.8, random_state=1)

mae_gbr = -cross_val_score(gbr, X, y, cv=cv, scoring="neg_mean_absolute_error")
mae_dummy = -cross_val_score(DummyRegressor(strategy="median"), X, y, cv=cv, scoring="neg_mean_absolute_error")
print(f"baseline (median week) CV MAE: {mae_dummy.mean() / 1e6:.2f}M")
print(f"gradient boosting      CV MAE: {mae_gbr.mean() / 1e6:.2f}M")

oof = cross_val_predict(gbr, X, y, cv=cv)
res = pd.DataFrame({"actual": y, "pred": oof})
res["ape"] = (res["actual"] - res["pred"]).abs() / res["actual"]
print("MAPE:", round(res["ape"].mean(), 4))
print(res.sort_values("ape", ascending=False).head(8))

gbr.fit(X, y)
print(pd.Series(gbr.feature_importances_, index=features).sort_values(ascending=False).head(10).round(3))
