# Airline passengers (Box & Jenkins, 1949-1960): autoregressive ridge model on log counts
import numpy as np
import pandas as pd
from sklearn.linear_model import Ridge
from sklearn.model_selection import GridSearchCV
from sklearn.metrics import mean_absolute_percentage_error

ts = pd.read_csv("AirPassengers.csv", parse_dates=["Month"], index_col="Month")
ts = ts.rename(columns={"#Passengers": "passengers"}).sort_index()
print(ts.head(), len(ts))

df = pd.DataFrame(index=ts.index)
df["y"] = np.log(ts["passengers"])
for lag in range(1, 13):
    df[f"lag{lag}"] = df["y"].shift(lag)
df["month"] = df.index.month
df = pd.get_dummies(df, columns=["month"], prefix="m", dtype=float)
df["t"] = np.arange(len(df))
df = df.dropna()

features = [c for c in df.columns if c != "y"]
X, y = df[features], df["y"]

# tune the ridge penalty
grid = GridSearchCV(Ridge(), {"alpha": [0.001, 0.01, 0.1, 1.0, 10.0]}, cv=5,
                    scoring="neg_mean_absolute_error")
grid.fit(X.iloc[:-24], y.iloc[:-24])
print("alpha:", grid.best_params_["alpha"], " CV MAE (log):", round(-grid.best_score_, 4))

# last two years as hold-out
X_train, X_test = X.iloc[:-24], X.iloc[-24:]
y_train, y_test = y.iloc[:-24], y.iloc[-24:]
model = Ridge(alpha=grid.best_params_["alpha"]).fit(X_train, y_train)

pred = np.exp(model.predict(X_test))
actual = np.exp(y_test)
seasonal_naive = np.exp(X_test["lag12"])
print("seasonal naive baseline MAPE: %.2f%%" % (100 * mean_absolute_percentage_error(actual, seasonal_naive)))
print("ridge MAPE:                   %.2f%%" % (100 * mean_absolute_percentage_error(actual, pred)))

try:
    import matplotlib.pyplot as plt

    ax = np.exp(y).plot(figsize=(10, 4), label="actual")
    pd.Series(pred, index=X_test.index).plot(ax=ax, label="ridge forecast")
    ax.legend()
    plt.savefig("airline_forecast.png")
except ImportError:
    pass
