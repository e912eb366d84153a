# Bike sharing (daily) - what drives the number of rentals?
# Linear regression with scikit-learn and statsmodels.
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
import statsmodels.api as sm
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score, mean_absolute_error, mean_squared_error

day = pd.read_csv("day.csv")
print(day.shape)
print(day.head())

# instant is a row number, dteday is already encoded in yr/mnth/weekday
day = day.drop(columns=["instant", "dteday", "casual", "registered"])

sns.pairplot(day[["temp", "atemp", "hum", "windspeed", "cnt"]])
plt.savefig("pairplot.png")

plt.figure(figsize=(8, 6))
sns.heatmap(day.corr(), annot=True, fmt=".2f", cmap="coolwarm")
plt.savefig("corr.png")

# atemp is almost the same as temp
day = day.drop(columns=["atemp"])

day["season"] = day["season"].map({1: "spring", 2: "summer", 3: "fall", 4: "winter"})
day["weathersit"] = day["weathersit"].map({1: "clear", 2: "mist", 3: "light_rain", 4: "heavy_rain"})
day = pd.get_dummies(day, columns=["season", "weathersit", "mnth", "weekday"], drop_first=True, dtype=float)

X = day.drop(columns=["cnt"])
y = day["cnt"]

lr = LinearRegression()
lr.fit(X, y)
pred = lr.predict(X)

print("R2  :", r2_score(y, pred))
print("MAE :", mean_absolute_error(y, pred))
print("RMSE:", np.sqrt(mean_squared_error(y, pred)))

coef = pd.Series(lr.coef_, index=X.columns).sort_values()
coef.plot(kind="barh", figsize=(7, 8))
plt.tight_layout()
plt.savefig("coefficients.png")

ols = sm.OLS(y, sm.add_constant(X)).fit()
print(ols.summary())

residuals = y - pred
sns.histplot(residuals, kde=True)
plt.savefig("residuals.png")
