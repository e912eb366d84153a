"""Bike sharing demand - hourly counts.

Quick comparison of a few regressors with 5-fold cross validation.
"""
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
from sklearn.model_selection import KFold, cross_val_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import Ridge
from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor
from sklearn.dummy import DummyRegressor

DATA = "train.csv"

df = pd.read_csv(DATA, parse_dates=["dteday"])
print(df.shape)
print(df.head())
print(df.describe().T)

# demand by hour of day
df.groupby("hr")["cnt"].mean().plot(kind="bar", figsize=(10, 4), title="mean rentals per hour")
plt.tight_layout()
plt.savefig("rentals_by_hour.png")

# weather effect
print(df.groupby("weathersit")["cnt"].agg(["mean", "count"]))

# features
feature_cols = ["season", "yr", "mnth", "hr", "holiday", "weekday", "workingday",
                "weathersit", "temp", "atemp", "hum", "windspeed"]
X = pd.get_dummies(df[feature_cols], columns=["season", "weathersit"], drop_first=True)
y = np.log1p(df["cnt"])

cv = KFold(n_splits=5, shuffle=True, random_state=0)

models = {
    "mean baseline": DummyRegressor(strategy="mean"),
    "ridge": make_pipeline(StandardScaler(), Ridge(alpha=1.0)),
    "random forest": RandomForestRegressor(n_estimators=200, min_samples_leaf=3, n_jobs=-1, random_state=0),
    "gbr": GradientBoostingRegressor(n_estimators=400, max_depth=4, learning_rate=0.05, random_state=0),
}

results = {}
for name, model in models.items():
    scores = cross_val_score(model, X, y, cv=cv, scoring="neg_root_mean_squared_error")
    results[name] = -scores
    print(f"{name:15s} RMSLE = {-scores.mean():.4f} (+/- {scores.std():.4f})")

pd.DataFrame(results).boxplot(figsize=(8, 4))
plt.ylabel("RMSLE")
plt.title("5-fold CV")
plt.savefig("cv_scores.png")

best = min(results, key=lambda k: results[k].mean())
print("best model:", best)
