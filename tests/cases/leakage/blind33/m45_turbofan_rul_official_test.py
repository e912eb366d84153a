"""RUL regression on C-MAPSS FD001, scored on the official test engines.

train_FD001.txt: 100 engines run to failure -> training data
test_FD001.txt : 100 *other* engines, cut off at some point before failure
RUL_FD001.txt  : true remaining cycles at the last recorded cycle of each test engine

Features use only cycles up to the current one (trailing windows), the
scaler is fitted on the training engines, and a constant prediction
(training mean RUL) is reported next to the model.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.metrics import mean_squared_error
from sklearn.preprocessing import MinMaxScaler

COLS = ["unit", "cycle", "op1", "op2", "op3"] + [f"s{i}" for i in range(1, 22)]
SENSORS = ["s2", "s3", "s4", "s7", "s8", "s9", "s11", "s12", "s13", "s14", "s15", "s17", "s20", "s21"]
RUL_CAP = 125
WINDOW = 15


def load(path):
    return pd.read_csv(path, sep=r"\s+", header=None, names=COLS).sort_values(["unit", "cycle"])


def add_trailing_features(df):
    df = df.copy()
    g = df.groupby("unit")
    for s in SENSORS:
        df[f"{s}_mean"] = g[s].transform(lambda x: x.rolling(WINDOW, min_periods=1).mean())
        df[f"{s}_slope"] = g[s].transform(lambda x: x.diff().rolling(WINDOW, min_periods=2).mean())
    return df.fillna(0.0)


train = load("CMaps/train_FD001.txt")
test = load("CMaps/test_FD001.txt")
rul_truth = pd.read_csv("CMaps/RUL_FD001.txt", header=None, names=["RUL"])
rul_truth["unit"] = np.arange(1, len(rul_truth) + 1)

# target for training engines (they all run to failure)
train["RUL"] = train.groupby("unit")["cycle"].transform("max") - train["cycle"]
train["RUL"] = train["RUL"].clip(upper=RUL_CAP)

train = add_trailing_features(train)
test = add_trailing_features(test)

FEATURES = ["cycle"] + SENSORS + [f"{s}_mean" for s in SENSORS] + [f"{s}_slope" for s in SENSORS]

scaler = MinMaxScaler().fit(train[FEATURES])
X_train = scaler.transform(train[FEATURES])
y_train = train["RUL"].values

# one evaluation row per test engine: its last observed cycle
last = test.groupby("unit").tail(1).merge(rul_truth, on="unit")
X_test = scaler.transform(last[FEATURES])
y_test = last["RUL"].clip(upper=RUL_CAP).values

model = HistGradientBoostingRegressor(max_iter=400, learning_rate=0.05, max_leaf_nodes=31,
                                      l2_regularization=1.0, random_state=0)
model.fit(X_train, y_train)
dummy = DummyRegressor(strategy="mean").fit(X_train, y_train)


def rmse(a, b):
    return float(np.sqrt(mean_squared_error(a, b)))


def nasa_score(y_true, y_pred):
    d = y_pred - y_true
    return float(np.sum(np.where(d < 0, np.exp(-d / 13) - 1, np.exp(d / 10) - 1)))


pred = model.predict(X_test)
print("test engines:", len(y_test))
print("RMSE  model %.2f | mean-RUL dummy %.2f" % (rmse(y_test, pred), rmse(y_test, dummy.predict(X_test))))
print("NASA score model %.1f" % nasa_score(y_test, pred))
