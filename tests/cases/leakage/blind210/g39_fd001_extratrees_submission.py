"""PHM-style submission for CMAPSS FD001: one RUL prediction per test engine.

Fit on all run-to-failure trajectories, report fit quality, predict the last
cycle of each test engine and write submission.csv.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import ExtraTreesRegressor
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score

COLS = ["unit", "cycle", "setting_1", "setting_2", "setting_3"] + [f"sensor_{i}" for i in range(1, 22)]
SENSORS = ["sensor_2", "sensor_3", "sensor_4", "sensor_7", "sensor_8", "sensor_9", "sensor_11",
           "sensor_12", "sensor_13", "sensor_14", "sensor_15", "sensor_17", "sensor_20", "sensor_21"]
SPAN = 8
CAP = 125


def load(path):
    df = pd.read_csv(path, sep=r"\s+", header=None, names=COLS)
    return df.sort_values(["unit", "cycle"]).reset_index(drop=True)


def featurize(df):
    out = df[["unit", "cycle"]].copy()
    g = df.groupby("unit")
    for s in SENSORS:
        out[s] = df[s]
        out[s + "_ewm"] = g[s].transform(lambda x: x.ewm(span=SPAN, adjust=False).mean())
        out[s + "_roll_std"] = g[s].transform(lambda x: x.rolling(SPAN, min_periods=2).std()).fillna(0)
        out[s + "_delta"] = g[s].diff(SPAN).fillna(0)
    return out


train = load("train_FD001.txt")
test = load("test_FD001.txt")
print(f"train: {train.shape}, test: {test.shape}")

train["RUL"] = (train.groupby("unit")["cycle"].transform("max") - train["cycle"]).clip(upper=CAP)

F_train = featurize(train)
F_test = featurize(test)
feature_cols = [c for c in F_train.columns if c not in ("unit", "cycle")]

scaler = StandardScaler().fit(F_train[feature_cols])
X_train = scaler.transform(F_train[feature_cols])
y_train = train["RUL"].to_numpy()

model = ExtraTreesRegressor(
    n_estimators=500,
    max_features=0.5,
    min_samples_leaf=3,
    n_jobs=-1,
    random_state=7,
)
model.fit(X_train, y_train)

fit_pred = model.predict(X_train)
print("RMSE : %.2f" % np.sqrt(mean_squared_error(y_train, fit_pred)))
print("MAE  : %.2f" % mean_absolute_error(y_train, fit_pred))
print("R^2  : %.4f" % r2_score(y_train, fit_pred))

# error profile over the life of an engine
prof = pd.DataFrame({"RUL": y_train, "err": fit_pred - y_train})
prof["bucket"] = pd.cut(prof["RUL"], [-1, 20, 40, 60, 80, 100, CAP])
print(prof.groupby("bucket", observed=True)["err"].agg(["mean", "std", "count"]).round(2))

imp = pd.Series(model.feature_importances_, index=feature_cols).sort_values(ascending=False)
print(imp.head(12).round(4).to_string())

last = F_test.groupby("unit").tail(1)
test_pred = np.clip(model.predict(scaler.transform(last[feature_cols])), 0, CAP)

submission = pd.DataFrame({"unit": last["unit"].to_numpy(), "RUL": np.round(test_pred).astype(int)})
submission.to_csv("submission.csv", index=False)
print(submission.head(10).to_string(index=False))
print(f"wrote {len(submission)} predictions")
