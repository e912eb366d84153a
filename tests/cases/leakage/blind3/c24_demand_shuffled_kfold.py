import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor

df = pd.read_csv("train.csv", parse_dates=["week"])
df = df.sort_values(["store_id", "week"])
df["lag_1"] = df.groupby("store_id")["units_sold"].shift(1)
df["lag_2"] = df.groupby("store_id")["units_sold"].shift(2)
df = df.dropna(subset=["lag_1", "lag_2"])
feats = ["store_id", "lag_1", "lag_2", "promo", "price"]

cv = KFold(n_splits=5, shuffle=True, random_state=0)
mae = -cross_val_score(GradientBoostingRegressor(), df[feats], df.units_sold, cv=cv, scoring="neg_mean_absolute_error")
base = -cross_val_score(DummyRegressor(), df[feats], df.units_sold, cv=cv, scoring="neg_mean_absolute_error")
print("CV MAE", mae.mean(), "baseline", base.mean())
