# Bike Sharing Demand - random forest with datetime features
# https://www.kaggle.com/c/bike-sharing-demand

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
print(train.head())
print(train.dtypes)
print(train.isnull().sum().sum(), "missing values")


def add_datetime_parts(df):
    df = df.copy()
    dt = pd.to_datetime(df["datetime"])
    df["year"] = dt.dt.year
    df["month"] = dt.dt.month
    df["day"] = dt.dt.day
    df["hour"] = dt.dt.hour
    df["weekday"] = dt.dt.dayofweek
    return df


train = add_datetime_parts(train)
test = add_datetime_parts(test)

# quick look at demand by hour / season
fig, axes = plt.subplots(1, 2, figsize=(14, 4))
sns.pointplot(data=train, x="hour", y="count", hue="workingday", ax=axes[0])
sns.boxplot(data=train, x="season", y="count", ax=axes[1])
plt.tight_layout()
plt.show()

corr = train.drop(columns=["datetime"]).corr()
plt.figure(figsize=(10, 8))
sns.heatmap(corr, annot=True, fmt=".2f", cmap="coolwarm")
plt.show()

# windspeed has a lot of zeros, leave it for now
print((train["windspeed"] == 0).mean())

drop_cols = ["datetime", "count"]
X = train.drop(drop_cols, axis=1)
y = train["count"]

print("features:", list(X.columns))

X_train, X_valid, y_train, y_valid = train_test_split(
    X, y, test_size=0.25, random_state=0
)


def rmsle(y_true, y_pred):
    y_pred = np.clip(y_pred, 0, None)
    return np.sqrt(mean_squared_log_error(y_true, y_pred))


models = {
    "dummy_mean": DummyRegressor(strategy="mean"),
    "rf": RandomForestRegressor(n_estimators=300, n_jobs=-1, random_state=0),
    "gbr": GradientBoostingRegressor(n_estimators=400, max_depth=5, learning_rate=0.05, random_state=0),
}

results = []
for name, model in models.items():
    model.fit(X_train, y_train)
    pred = model.predict(X_valid)
    results.append({
        "model": name,
        "rmsle": rmsle(y_valid, pred),
        "mae": mean_absolute_error(y_valid, pred),
        "r2": r2_score(y_valid, pred),
    })
    print(name, "done")

results = pd.DataFrame(results).sort_values("rmsle")
print(results)

rf = models["rf"]
imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
imp.plot(kind="barh", figsize=(8, 6), title="RF feature importance")
plt.gca().invert_yaxis()
plt.show()

# residuals on the validation part
pred_rf = np.clip(rf.predict(X_valid), 0, None)
plt.scatter(y_valid, pred_rf, s=4, alpha=0.4)
plt.xlabel("actual count")
plt.ylabel("predicted count")
plt.title("RF: actual vs predicted")
plt.show()

print("RF validation RMSLE: {:.4f}".format(rmsle(y_valid, pred_rf)))
