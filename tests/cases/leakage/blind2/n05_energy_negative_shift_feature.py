import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error

df = pd.read_csv("energy.csv", parse_dates=["timestamp"]).sort_values("timestamp")
df["temp_next_hour"] = df["temperature"].shift(-1)
df["load_prev"] = df["load"].shift(1)
df = df.dropna()
feats = ["temperature", "temp_next_hour", "load_prev"]

cut = df["timestamp"].quantile(0.8)
train, test = df[df["timestamp"] < cut], df[df["timestamp"] >= cut]
ridge = Ridge().fit(train[feats], train["load"])
print("persistence baseline", mean_absolute_error(test["load"], test["load_prev"]))
print("ridge", mean_absolute_error(test["load"], ridge.predict(test[feats])))
