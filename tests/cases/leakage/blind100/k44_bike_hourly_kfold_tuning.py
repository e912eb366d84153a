# Hourly bike demand - XGBoost tuned with 5-fold cross-validation
# casual/registered (components of cnt) and the instant id are not used.

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import KFold, GridSearchCV, cross_val_score
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_squared_error

bikes = pd.read_csv("train.csv", parse_dates=["dteday"]).sort_values(["dteday", "hr"]).reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=["dteday"])

print(bikes.groupby("yr")["cnt"].describe())
print(bikes.groupby("weathersit")["cnt"].mean())

features = ["season", "yr", "mnth", "hr", "holiday", "weekday", "workingday",
            "weathersit", "temp", "atemp", "hum", "windspeed"]

# hold out the last 30 days of train.csv as the final check
last_day = bikes["dteday"].max()
is_holdout = bikes["dteday"] > last_day - pd.Timedelta(days=30)
train, holdout = bikes[~is_holdout], bikes[is_holdout]

X, y = train[features], train["cnt"]

kf = KFold(n_splits=5, shuffle=True, random_state=7)
grid = {
    "max_depth": [4, 6, 8],
    "learning_rate": [0.03, 0.1],
    "n_estimators": [300, 700],
    "subsample": [0.8],
}
search = GridSearchCV(xgb.XGBRegressor(objective="reg:squarederror", tree_method="hist", random_state=7),
                      grid, cv=kf, scoring="neg_mean_absolute_error", n_jobs=-1, verbose=1)
search.fit(X, y)
print("best params:", search.best_params_)
print("5-fold CV MAE:", -search.best_score_)

dummy_cv = -cross_val_score(DummyRegressor(), X, y, cv=kf, scoring="neg_mean_absolute_error").mean()
print("5-fold CV MAE of the mean baseline:", dummy_cv)

best = search.best_estimator_
hold_pred = np.clip(best.predict(holdout[features]), 0, None)
print("last-30-days MAE :", mean_absolute_error(holdout["cnt"], hold_pred))
print("last-30-days RMSE:", np.sqrt(mean_squared_error(holdout["cnt"], hold_pred)))

best.fit(bikes[features], bikes["cnt"])
pd.DataFrame({"instant": test["instant"], "prediction": np.clip(best.predict(test[features]), 0, None)}).to_csv(
    "predictions.csv", index=False)
