"""Hourly load: TimeSeriesSplit cross-validation of a gradient-boosting model.

All numeric columns of train.csv except the target and the timestamp are used as features,
plus calendar parts.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import TimeSeriesSplit

df = pd.read_csv("train.csv", parse_dates=["timestamp"])
df = df.sort_values("timestamp").reset_index(drop=True)
print(df.dtypes)

df["hour"] = df["timestamp"].dt.hour
df["dow"] = df["timestamp"].dt.dayofweek
df["month"] = df["timestamp"].dt.month
df["week_of_year"] = df["timestamp"].dt.isocalendar().week.astype(int)

X = df.drop(columns=["load_mw", "timestamp"])
y = df["load_mw"]
print("features:", list(X.columns))

tscv = TimeSeriesSplit(n_splits=5, test_size=24 * 30)
model_mae, naive_mae = [], []
for fold, (tr, va) in enumerate(tscv.split(X)):
    model = HistGradientBoostingRegressor(learning_rate=0.05, max_iter=500, max_leaf_nodes=31,
                                          random_state=fold)
    model.fit(X.iloc[tr], y.iloc[tr])
    pred = model.predict(X.iloc[va])

    # persistence baseline: the load of the same hour on the last training day
    last_day = y.iloc[tr].iloc[-24:].to_numpy()
    naive = np.resize(last_day, len(va))

    model_mae.append(mean_absolute_error(y.iloc[va], pred))
    naive_mae.append(mean_absolute_error(y.iloc[va], naive))
    print(f"fold {fold}: model MAE {model_mae[-1]:.2f} | persistence MAE {naive_mae[-1]:.2f}")

print(f"mean MAE model {np.mean(model_mae):.2f} vs persistence {np.mean(naive_mae):.2f}")

final = HistGradientBoostingRegressor(learning_rate=0.05, max_iter=500, max_leaf_nodes=31, random_state=0)
final.fit(X, y)
test = pd.read_csv("test.csv", parse_dates=["timestamp"])
test["hour"] = test["timestamp"].dt.hour
test["dow"] = test["timestamp"].dt.dayofweek
test["month"] = test["timestamp"].dt.month
test["week_of_year"] = test["timestamp"].dt.isocalendar().week.astype(int)
X_test = test.reindex(columns=X.columns)
pd.DataFrame({"row_id": test["row_id"], "prediction": final.predict(X_test)}).to_csv("predictions.csv", index=False)
