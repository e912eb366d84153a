"""
Multi-regime turbofan RUL.

Six flight conditions are mixed in the data; sensor levels depend on the regime much more than
on degradation. Operating settings are clustered with KMeans and every sensor is z-scored within
its regime, then a random forest is trained with an engine-level holdout.
"""
import numpy as np
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error

SETTINGS = ["op_setting_1", "op_setting_2", "op_setting_3"]
SENSORS = [f"s_{i}" for i in range(1, 22)]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df["rul_c"] = df["rul"].clip(upper=125)

# --- operating regimes -------------------------------------------------------
km = KMeans(n_clusters=6, n_init=10, random_state=8)
df["regime"] = km.fit_predict(df[SETTINGS])
test["regime"] = km.predict(test[SETTINGS])
print(df["regime"].value_counts().sort_index())

# --- per-regime standardisation ---------------------------------------------
mu = df.groupby("regime")[SENSORS].mean()
sd = df.groupby("regime")[SENSORS].std().replace(0, 1).fillna(1)
for frame in (df, test):
    r = frame["regime"].values
    frame[SENSORS] = (frame[SENSORS].values - mu.loc[r].values) / sd.loc[r].values

# --- engine-level holdout ----------------------------------------------------
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=8)
tr, va = next(gss.split(df, groups=df["unit_id"]))
train, valid = df.iloc[tr], df.iloc[va]
feats = ["cycle", "regime"] + SENSORS

dummy = DummyRegressor(strategy="median").fit(train[feats], train["rul_c"])
rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=5, max_features=0.4, n_jobs=-1, random_state=8)
rf.fit(train[feats], train["rul_c"])

for name, m in [("baseline (median RUL)", dummy), ("rf + regime norm", rf)]:
    rmse = mean_squared_error(valid["rul_c"], m.predict(valid[feats])) ** 0.5
    print(f"{name:24s} RMSE {rmse:.2f}")

rf.fit(df[feats], df["rul_c"])
pd.DataFrame({"row_id": test["row_id"], "prediction": rf.predict(test[feats])}).to_csv("predictions.csv", index=False)
print("done")
