# Hourly electricity load - gradient boosting with calendar + lag features
# evaluated with 5-fold cross validation

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import KFold, cross_val_score
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.dummy import DummyRegressor

df = pd.read_csv("pjm_hourly_load.csv", index_col="Datetime", parse_dates=True)
df = df.sort_index()
print(df.info())
print(df.describe())

df["load_mw"].resample("W").mean().plot(figsize=(12, 4), title="Weekly mean load")
plt.show()

df["hour"] = df.index.hour
df["dow"] = df.index.dayofweek
df["month"] = df.index.month
df["lag_24"] = df["load_mw"].shift(24)
df["lag_168"] = df["load_mw"].shift(168)
df = df.dropna()

X = df[["hour", "dow", "month", "lag_24", "lag_168"]]
y = df["load_mw"]

kf = KFold(n_splits=5, shuffle=True, random_state=0)
model = HistGradientBoostingRegressor(max_iter=300, learning_rate=0.1)

scores = cross_val_score(model, X, y, cv=kf, scoring="neg_mean_absolute_error")
base = cross_val_score(DummyRegressor(), X, y, cv=kf, scoring="neg_mean_absolute_error")

print("HGB   MAE per fold:", (-scores).round(1))
print("HGB   mean MAE:", -scores.mean())
print("Dummy mean MAE:", -base.mean())

model.fit(X, y)
sample = X.iloc[-24 * 7:]
plt.figure(figsize=(12, 4))
plt.plot(sample.index, y.iloc[-24 * 7:], label="actual")
plt.plot(sample.index, model.predict(sample), label="fitted")
plt.legend()
plt.show()
