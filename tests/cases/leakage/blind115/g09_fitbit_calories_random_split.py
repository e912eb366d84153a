# Bellabeat case study - predicting daily calories burned from Fitbit activity data
# data: Fitabase export, dailyActivity_merged.csv (30 users, ~940 user-days)

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score

activity = pd.read_csv("data/fitabase/dailyActivity_merged.csv")
print(activity.shape)
print(activity.head())
print(activity.dtypes)

print("users:", activity["Id"].nunique())
print("duplicated rows:", activity.duplicated().sum())

# quick look at the users
user_summary = activity.groupby("Id")[["TotalSteps", "Calories", "SedentaryMinutes"]].mean()
print(user_summary.sort_values("TotalSteps").round(0))

plt.figure(figsize=(7, 5))
sns.scatterplot(data=activity, x="TotalSteps", y="Calories", alpha=0.5)
plt.title("Steps vs calories")
plt.savefig("steps_vs_calories.png")

# days where the tracker was not worn
activity = activity[activity["TotalSteps"] > 0].copy()
activity["ActiveMinutes"] = (activity["VeryActiveMinutes"]
                             + activity["FairlyActiveMinutes"]
                             + activity["LightlyActiveMinutes"])

features = [
    "TotalSteps", "TotalDistance", "VeryActiveDistance", "ModeratelyActiveDistance",
    "LightActiveDistance", "VeryActiveMinutes", "FairlyActiveMinutes",
    "LightlyActiveMinutes", "SedentaryMinutes", "ActiveMinutes",
]

corr = activity[features + ["Calories"]].corr()["Calories"].sort_values()
print(corr)

X = activity[features]
y = activity["Calories"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

gbr = GradientBoostingRegressor(n_estimators=400, learning_rate=0.05, max_depth=3, random_state=42)
gbr.fit(X_train, y_train)
pred = gbr.predict(X_test)

print("MAE :", round(mean_absolute_error(y_test, pred), 1))
print("R2  :", round(r2_score(y_test, pred), 3))

plt.figure(figsize=(6, 6))
plt.scatter(y_test, pred, alpha=0.6)
plt.plot([0, 5000], [0, 5000], "k--")
plt.xlabel("actual calories")
plt.ylabel("predicted calories")
plt.savefig("calories_pred.png")

imp = pd.Series(gbr.feature_importances_, index=features).sort_values()
imp.plot(kind="barh", figsize=(7, 5))
plt.tight_layout()
plt.savefig("calories_importance.png")
