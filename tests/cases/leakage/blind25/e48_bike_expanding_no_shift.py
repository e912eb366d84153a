# Capital Bikeshare daily rentals (UCI day.csv) - gradient boosting with history features
import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score, mean_squared_error

day = pd.read_csv("day.csv", parse_dates=["dteday"])
day = day.sort_values("dteday").set_index("dteday")
day = day.drop(columns=["instant", "casual", "registered"])

hist = (
    day["cnt"]
    .to_frame()
    .assign(
        cnt_lag1=lambda d: d["cnt"].shift(1),
        cnt_lag7=lambda d: d["cnt"].shift(7),
        cnt_roll7=lambda d: d["cnt"].shift(1).rolling(7).mean(),
        cnt_running_mean=lambda d: d["cnt"].expanding().mean(),
        cnt_running_max=lambda d: d["cnt"].expanding().max(),
    )
    .drop(columns="cnt")
)
day = day.join(hist).dropna()

weather_cols = ["temp", "atemp", "hum", "windspeed", "weathersit"]
calendar_cols = ["season", "yr", "mnth", "holiday", "weekday", "workingday"]
history_cols = list(hist.columns)
X = day[weather_cols + calendar_cols + history_cols]
y = day["cnt"]

train_mask = day.index < "2012-09-01"
X_train, y_train = X[train_mask], y[train_mask]
X_test, y_test = X[~train_mask], y[~train_mask]

gbr = GradientBoostingRegressor(n_estimators=600, learning_rate=0.03, max_depth=3, subsample=0.8, random_state=42)
gbr.fit(X_train, y_train)
pred = gbr.predict(X_test)

print("test days:", len(y_test))
print("MAE :", round(mean_absolute_error(y_test, pred), 1))
print("RMSE:", round(np.sqrt(mean_squared_error(y_test, pred)), 1))
print("R2  :", round(r2_score(y_test, pred), 3))
print(pd.Series(gbr.feature_importances_, index=X.columns).sort_values(ascending=False).head(6).round(3))
