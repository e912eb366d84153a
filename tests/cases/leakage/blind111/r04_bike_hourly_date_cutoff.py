"""Bike sharing demand - hourly counts.

Train on everything before July 2012, evaluate on the last six months.
"""
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge
from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error, mean_absolute_error

DATA = "train.csv"
CUTOFF = "2012-07-01"

df = pd.read_csv(DATA, parse_dates=["dteday"])
df = df.sort_values(["dteday", "hr"]).reset_index(drop=True)
print(df.shape)
print(df.head())

# daily totals over time
df.groupby("dteday")["cnt"].sum().plot(figsize=(12, 4), title="daily rentals")
plt.tight_layout()
plt.savefig("daily_rentals.png")

print(df.groupby("weathersit")["cnt"].agg(["mean", "count"]))

feature_cols = ["season", "yr", "mnth", "hr", "holiday", "weekday", "workingday",
                "weathersit", "temp", "atemp", "hum", "windspeed"]
X = pd.get_dummies(df[feature_cols], columns=["season", "weathersit"], drop_first=True)
y = np.log1p(df["cnt"])

train_mask = df["dteday"] < CUTOFF
X_train, X_test = X[train_mask], X[~train_mask]
y_train, y_test = y[train_mask], y[~train_mask]
print("train rows:", len(X_train), "test rows:", len(X_test))


def rmsle(y_true, y_pred):
    return np.sqrt(mean_squared_error(y_true, y_pred))


models = {
    "mean baseline": DummyRegressor(strategy="mean"),
    "ridge": make_pipeline(StandardScaler(), Ridge(alpha=1.0)),
    "random forest": RandomForestRegressor(n_estimators=200, min_samples_leaf=3, n_jobs=-1, random_state=0),
    "gbr": GradientBoostingRegressor(n_estimators=400, max_depth=4, learning_rate=0.05, random_state=0),
}

rows = []
for name, model in models.items():
    model.fit(X_train, y_train)
    pred = model.predict(X_test)
    rows.append({"model": name,
                 "rmsle": rmsle(y_test, pred),
                 "mae_counts": mean_absolute_error(np.expm1(y_test), np.expm1(pred))})

report = pd.DataFrame(rows).set_index("model")
print(report.round(4))

gbr = models["gbr"]
plt.figure(figsize=(12, 4))
plt.plot(df.loc[~train_mask, "dteday"].values[:24 * 14], np.expm1(y_test.values[:24 * 14]), label="actual")
plt.plot(df.loc[~train_mask, "dteday"].values[:24 * 14], np.expm1(gbr.predict(X_test)[:24 * 14]), label="gbr")
plt.legend()
plt.savefig("test_first_two_weeks.png")
