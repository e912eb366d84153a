"""Remaining useful life on CMAPSS FD001: rolling sensor features + random forest.

Train on the run-to-failure trajectories, evaluate on the last cycle of every
test engine against RUL_FD001.txt.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.preprocessing import MinMaxScaler
from sklearn.ensemble import RandomForestRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score

DATA_DIR = "data/CMAPSSData"
INDEX_COLS = ["unit", "cycle"]
SETTING_COLS = ["setting1", "setting2", "setting3"]
SENSOR_COLS = [f"s{i}" for i in range(1, 22)]
COLS = INDEX_COLS + SETTING_COLS + SENSOR_COLS

# sensors that are flat in FD001 (single operating condition)
FLAT = ["s1", "s5", "s6", "s10", "s16", "s18", "s19"]
USE_SENSORS = [c for c in SENSOR_COLS if c not in FLAT]
MAX_RUL = 125
WINDOW = 10


def load(name):
    return pd.read_csv(f"{DATA_DIR}/{name}", sep=r"\s+", header=None, names=COLS)


def nasa_score(y_true, y_pred):
    d = np.asarray(y_pred) - np.asarray(y_true)
    return float(np.sum(np.where(d < 0, np.exp(-d / 13) - 1, np.exp(d / 10) - 1)))


def add_rolling(df, cols, window=WINDOW):
    df = df.sort_values(INDEX_COLS).copy()
    g = df.groupby("unit")
    for c in cols:
        df[f"{c}_rmean"] = g[c].transform(lambda s: s.rolling(window, min_periods=1).mean())
        df[f"{c}_rstd"] = g[c].transform(lambda s: s.rolling(window, min_periods=2).std()).fillna(0.0)
    return df


train = load("train_FD001.txt")
test = load("test_FD001.txt")
rul_true = pd.read_csv(f"{DATA_DIR}/RUL_FD001.txt", header=None, names=["RUL"])
rul_true["unit"] = np.arange(1, len(rul_true) + 1)

print("train", train.shape, "engines", train["unit"].nunique())
print("test ", test.shape, "engines", test["unit"].nunique())
print(train[USE_SENSORS].describe().T[["mean", "std", "min", "max"]].round(3))

# label: cycles left before failure, piecewise-linear cap
train = train.sort_values(INDEX_COLS)
train["RUL"] = train.groupby("unit")["cycle"].transform("max") - train["cycle"]
train["RUL"] = train["RUL"].clip(upper=MAX_RUL)

life = train.groupby("unit")["cycle"].max()
print(f"engine life: mean {life.mean():.1f}, min {life.min()}, max {life.max()}")

# per-sensor scaling
scaler = MinMaxScaler()
scaler.fit(train[USE_SENSORS])
train[USE_SENSORS] = scaler.transform(train[USE_SENSORS])
test[USE_SENSORS] = scaler.transform(test[USE_SENSORS])

train = add_rolling(train, USE_SENSORS)
test = add_rolling(test, USE_SENSORS)

FEATURES = USE_SENSORS + [f"{c}_rmean" for c in USE_SENSORS] + [f"{c}_rstd" for c in USE_SENSORS]

X_train = train[FEATURES]
y_train = train["RUL"]

test_last = test.groupby("unit").tail(1).merge(rul_true, on="unit", how="left")
X_test = test_last[FEATURES]
y_test = test_last["RUL"].clip(upper=MAX_RUL)

model = RandomForestRegressor(
    n_estimators=300, max_depth=12, min_samples_leaf=5, n_jobs=-1, random_state=42
)
model.fit(X_train, y_train)
pred = model.predict(X_test)

dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)
pred_dummy = dummy.predict(X_test)

for name, p in [("mean RUL", pred_dummy), ("random forest", pred)]:
    rmse = mean_squared_error(y_test, p) ** 0.5
    print(
        f"{name:>14s}  RMSE {rmse:6.2f}  MAE {mean_absolute_error(y_test, p):6.2f}  "
        f"R2 {r2_score(y_test, p):5.3f}  NASA {nasa_score(y_test, p):9.1f}"
    )

imp = pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(imp.head(15))

fig, ax = plt.subplots(1, 2, figsize=(12, 4))
ax[0].scatter(y_test, pred, s=12)
ax[0].plot([0, MAX_RUL], [0, MAX_RUL], "r--")
ax[0].set_xlabel("true RUL")
ax[0].set_ylabel("predicted RUL")
order = np.argsort(y_test.values)
ax[1].plot(y_test.values[order], label="true")
ax[1].plot(pred[order], label="pred")
ax[1].legend()
plt.tight_layout()
plt.savefig("fd001_rf_rul.png", dpi=120)

out = pd.DataFrame({"unit": test_last["unit"], "RUL_pred": np.round(pred, 1)})
out.to_csv("fd001_rf_predictions.csv", index=False)
