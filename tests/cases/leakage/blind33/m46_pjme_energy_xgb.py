# Time series forecasting with XGBoost - PJM East hourly energy consumption (MW)
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
import xgboost as xgb
from sklearn.metrics import mean_squared_error, mean_absolute_percentage_error

color_pal = sns.color_palette()
plt.style.use("fivethirtyeight")

df = pd.read_csv("PJME_hourly.csv")
df = df.set_index("Datetime")
df.index = pd.to_datetime(df.index)
df = df.sort_index()

df.plot(style=".", figsize=(15, 5), color=color_pal[0], title="PJME Energy Use in MW")
plt.savefig("pjme_raw.png")
plt.close()

# Train / test split
train = df.loc[df.index < "01-01-2015"]
test = df.loc[df.index >= "01-01-2015"]

fig, ax = plt.subplots(figsize=(15, 5))
train.plot(ax=ax, label="Training Set", title="Data Train/Test Split")
test.plot(ax=ax, label="Test Set")
ax.axvline("01-01-2015", color="black", ls="--")
ax.legend(["Training Set", "Test Set"])
plt.savefig("pjme_split.png")
plt.close()


def create_features(df):
    """Create time series features based on time series index."""
    df = df.copy()
    df["hour"] = df.index.hour
    df["dayofweek"] = df.index.dayofweek
    df["quarter"] = df.index.quarter
    df["month"] = df.index.month
    df["year"] = df.index.year
    df["dayofyear"] = df.index.dayofyear
    df["dayofmonth"] = df.index.day
    df["weekofyear"] = df.index.isocalendar().week.astype(int)
    return df


df = create_features(df)
train = create_features(train)
test = create_features(test)

FEATURES = ["dayofyear", "hour", "dayofweek", "quarter", "month", "year"]
TARGET = "PJME_MW"

X_train = train[FEATURES]
y_train = train[TARGET]
X_test = test[FEATURES]
y_test = test[TARGET]

reg = xgb.XGBRegressor(base_score=0.5, booster="gbtree",
                       n_estimators=1000,
                       early_stopping_rounds=50,
                       objective="reg:squarederror",
                       max_depth=3,
                       learning_rate=0.01)
reg.fit(X_train, y_train,
        eval_set=[(X_train, y_train), (X_test, y_test)],
        verbose=100)

fi = pd.DataFrame(data=reg.feature_importances_, index=reg.feature_names_in_, columns=["importance"])
fi.sort_values("importance").plot(kind="barh", title="Feature Importance")
plt.savefig("pjme_importance.png")
plt.close()

test["prediction"] = reg.predict(X_test)
df = df.merge(test[["prediction"]], how="left", left_index=True, right_index=True)

score = np.sqrt(mean_squared_error(test["PJME_MW"], test["prediction"]))
print(f"RMSE Score on Test set: {score:0.2f}")
print(f"MAPE on Test set: {100 * mean_absolute_percentage_error(test['PJME_MW'], test['prediction']):0.2f}%")

test["error"] = np.abs(test[TARGET] - test["prediction"])
test["date"] = test.index.date
print(test.groupby(["date"])["error"].mean().sort_values(ascending=False).head(10))
