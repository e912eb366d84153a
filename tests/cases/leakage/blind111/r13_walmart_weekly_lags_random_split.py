# Walmart weekly sales - gradient boosting with lag features
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error


def wmae(y_true, y_pred, holiday):
    w = np.where(holiday, 5, 1)
    return np.sum(w * np.abs(y_true - y_pred)) / np.sum(w)


df = pd.read_csv("train.csv", parse_dates=["Date"])
df = df.sort_values(["Store", "Dept", "Date"]).reset_index(drop=True)
print(df.shape)
print(df.head())
print(df.describe())

# total sales over time
df.groupby("Date")["Weekly_Sales"].sum().plot(figsize=(14, 4), title="Total weekly sales")
plt.savefig("total_sales.png")

sns.boxplot(x="IsHoliday", y="Weekly_Sales", data=df[df.Weekly_Sales < 100000])
plt.savefig("holiday_box.png")

# calendar features
df["week"] = df["Date"].dt.isocalendar().week.astype(int)
df["month"] = df["Date"].dt.month
df["year"] = df["Date"].dt.year

# lags of past weeks per store/dept
g = df.groupby(["Store", "Dept"])["Weekly_Sales"]
df["lag_1"] = g.shift(1)
df["lag_2"] = g.shift(2)
df["lag_52"] = g.shift(52)
df["roll_mean_4"] = g.transform(lambda s: s.shift(1).rolling(4).mean())

df = df.dropna(subset=["lag_1", "lag_2", "lag_52", "roll_mean_4"]).reset_index(drop=True)
df[["Temperature", "Fuel_Price", "CPI", "Unemployment"]] = (
    df[["Temperature", "Fuel_Price", "CPI", "Unemployment"]].astype(float)
)

features = ["Store", "Dept", "IsHoliday", "week", "month", "year", "Temperature", "Fuel_Price",
            "CPI", "Unemployment", "lag_1", "lag_2", "lag_52", "roll_mean_4"]
X = df[features]
y = df["Weekly_Sales"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

# naive forecast: same as last week
naive_pred = X_test["lag_1"].values
print("naive last-week WMAE:", wmae(y_test.values, naive_pred, X_test["IsHoliday"].values))

gbr = GradientBoostingRegressor(n_estimators=300, max_depth=5, learning_rate=0.1, subsample=0.8, random_state=42)
gbr.fit(X_train, y_train)
pred = gbr.predict(X_test)
print("GBR WMAE:", wmae(y_test.values, pred, X_test["IsHoliday"].values))
print("GBR MAE :", mean_absolute_error(y_test, pred))

imp = pd.Series(gbr.feature_importances_, index=features).sort_values()
imp.plot(kind="barh", figsize=(6, 6))
plt.tight_layout()
plt.savefig("gbr_importance.png")
