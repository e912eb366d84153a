# Bike Sharing Demand - random forest on log1p(count)
# casual + registered == count, so they can't be used as inputs (not in test.csv anyway)

import warnings
warnings.filterwarnings("ignore")

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_log_error, r2_score, mean_absolute_error

DATA_DIR = "../input/bike-sharing-demand/"

train = pd.read_csv(DATA_DIR + "train.csv")
test = pd.read_csv(DATA_DIR + "test.csv")
print(train.shape, test.shape)
print(train.describe().T)


def add_datetime_parts(df):
    df = df.copy()
    dt = pd.to_datetime(df["datetime"])
    df["year"] = dt.dt.year
    df["month"] = dt.dt.month
    df["hour"] = dt.dt.hour
    df["weekday"] = dt.dt.dayofweek
    # rush hour flag, purely row-wise
    df["rush"] = (df["workingday"] == 1) & (df["hour"].isin([7, 8, 17, 18, 19]))
    df["rush"] = df["rush"].astype(int)
    return df


train = add_datetime_parts(train)
test = add_datetime_parts(test)

sns.histplot(train["count"], bins=60)
plt.title("count is right-skewed -> model log1p(count)")
plt.show()

features = ["season", "holiday", "workingday", "weather", "temp", "atemp",
            "humidity", "windspeed", "year", "month", "hour", "weekday", "rush"]

X = train[features]
y_log = np.log1p(train["count"])

X_train, X_valid, y_train, y_valid = train_test_split(
    X, y_log, test_size=0.25, random_state=0
)


def rmsle_from_log(y_log_true, y_log_pred):
    true = np.expm1(y_log_true)
    pred = np.clip(np.expm1(y_log_pred), 0, None)
    return np.sqrt(mean_squared_log_error(true, pred))


models = {
    "dummy_mean": DummyRegressor(strategy="mean"),
    "rf": RandomForestRegressor(n_estimators=300, min_samples_leaf=2, n_jobs=-1, random_state=0),
    "gbr": GradientBoostingRegressor(n_estimators=500, max_depth=5, learning_rate=0.05, random_state=0),
}

rows = []
for name, model in models.items():
    model.fit(X_train, y_train)
    p = model.predict(X_valid)
    rows.append((name,
                 rmsle_from_log(y_valid, p),
                 mean_absolute_error(np.expm1(y_valid), np.expm1(p)),
                 r2_score(y_valid, p)))

res = pd.DataFrame(rows, columns=["model", "rmsle", "mae", "r2_log"]).sort_values("rmsle")
print(res.to_string(index=False))

best_name = res.iloc[0]["model"]
print("best on validation:", best_name)

gbr = models["gbr"]
imp = pd.Series(gbr.feature_importances_, index=features).sort_values()
imp.plot(kind="barh", figsize=(7, 5), title="GBR importances")
plt.show()

# final model on all of train for the Kaggle submission (validation score above is what we report)
final = GradientBoostingRegressor(n_estimators=500, max_depth=5, learning_rate=0.05, random_state=0)
final.fit(X, y_log)
sub = pd.DataFrame({
    "datetime": test["datetime"],
    "count": np.clip(np.expm1(final.predict(test[features])), 0, None),
})
sub.to_csv("submission.csv", index=False)
print(sub.head())
