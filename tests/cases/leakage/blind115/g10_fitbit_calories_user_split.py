# Bellabeat case study - predicting daily calories burned from Fitbit activity data
# gradient boosting on the daily activity totals

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import GroupShuffleSplit
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score

activity = pd.read_csv("data/fitabase/dailyActivity_merged.csv")
print(activity.shape)
print("users:", activity["Id"].nunique())

user_summary = activity.groupby("Id")[["TotalSteps", "Calories", "SedentaryMinutes"]].mean()
print(user_summary.describe().round(0))

sns.histplot(activity["Calories"], bins=40)
plt.savefig("calories_hist.png")

activity = activity[activity["TotalSteps"] > 0].copy()
activity["ActiveMinutes"] = (activity["VeryActiveMinutes"]
                             + activity["FairlyActiveMinutes"]
                             + activity["LightlyActiveMinutes"])

features = [
    "TotalSteps", "TotalDistance", "VeryActiveDistance", "ModeratelyActiveDistance",
    "LightActiveDistance", "VeryActiveMinutes", "FairlyActiveMinutes",
    "LightlyActiveMinutes", "SedentaryMinutes", "ActiveMinutes",
]
X = activity[features]
y = activity["Calories"]
users = activity["Id"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=42)
train_idx, test_idx = next(gss.split(X, y, groups=users))
X_train, X_test = X.iloc[train_idx], X.iloc[test_idx]
y_train, y_test = y.iloc[train_idx], y.iloc[test_idx]
print("train users:", users.iloc[train_idx].nunique(), "test users:", users.iloc[test_idx].nunique())

baseline = DummyRegressor(strategy="mean").fit(X_train, y_train)
base_pred = baseline.predict(X_test)
print("baseline MAE:", round(mean_absolute_error(y_test, base_pred), 1))

gbr = GradientBoostingRegressor(n_estimators=400, learning_rate=0.05, max_depth=3, random_state=42)
gbr.fit(X_train, y_train)
pred = gbr.predict(X_test)
print("GBR MAE :", round(mean_absolute_error(y_test, pred), 1))
print("GBR R2  :", round(r2_score(y_test, pred), 3))

err = pd.DataFrame({"Id": users.iloc[test_idx].values, "abs_err": np.abs(y_test.values - pred)})
print(err.groupby("Id")["abs_err"].mean().round(1))

plt.figure(figsize=(6, 6))
plt.scatter(y_test, pred, alpha=0.6)
plt.plot([0, 5000], [0, 5000], "k--")
plt.xlabel("actual calories")
plt.ylabel("predicted calories")
plt.savefig("calories_pred_test.png")
