"""LightGBM on minimal tsfresh features.

Chronological three-way split: train (first 70%), validation (next 15%, early stopping),
test (last 15%, scored once).
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from tsfresh import extract_features
from tsfresh.feature_extraction import MinimalFCParameters
from tsfresh.utilities.dataframe_functions import roll_time_series, impute_dataframe_zero
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

SIGNALS = ["temperature", "vibration", "pressure", "rpm", "current"]


def tsfresh_window_features(readings, windows):
    rolled = roll_time_series(readings[["machine_id", "timestamp"] + SIGNALS],
                              column_id="machine_id", column_sort="timestamp",
                              max_timeshift=71, min_timeshift=5)
    rolled = rolled[rolled["id"].isin(set(zip(windows.machine_id, windows.window_end)))]
    feats = extract_features(rolled.drop(columns=["machine_id"]), column_id="id",
                             column_sort="timestamp", default_fc_parameters=MinimalFCParameters())
    feats = impute_dataframe_zero(feats)
    feats.index = feats.index.to_flat_index()
    return feats


windows = pd.read_csv("train.csv", parse_dates=["window_end"])
readings = pd.read_csv("sensor_readings.csv", parse_dates=["timestamp"])
readings = readings.sort_values(["machine_id", "timestamp"])

F = tsfresh_window_features(readings, windows)
windows["key"] = list(zip(windows.machine_id, windows.window_end))
data = windows.join(F, on="key").sort_values("window_end").reset_index(drop=True)
data["machine_type"] = data["machine_type"].astype("category")
data["site"] = data["site"].astype("category")

feature_cols = list(F.columns) + ["machine_type", "site", "age_years", "last_service_days"]
t1 = data.window_end.iloc[int(0.70 * len(data))]
t2 = data.window_end.iloc[int(0.85 * len(data))]
train = data[data.window_end < t1]
valid = data[(data.window_end >= t1) & (data.window_end < t2)]
test = data[data.window_end >= t2]
print(f"train {len(train)} | valid {len(valid)} | test {len(test)}")

X_train, y_train = train[feature_cols], train["failure_24h"]
X_valid, y_valid = valid[feature_cols], valid["failure_24h"]
X_test, y_test = test[feature_cols], test["failure_24h"]

params = dict(n_estimators=3000, learning_rate=0.02, num_leaves=31, min_child_samples=40,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.7,
              scale_pos_weight=(1 - y_train.mean()) / y_train.mean(), random_state=0)
model = lgb.LGBMClassifier(**params)
model.fit(X_train, y_train,
          eval_set=[(X_valid, y_valid)], eval_metric="auc",
          callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])
print("best iteration:", model.best_iteration_)

p = model.predict_proba(X_test)[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(X_train, y_train).predict_proba(X_test)[:, 1]
print(f"LightGBM test ROC AUC {roc_auc_score(y_test, p):.4f}, AP {average_precision_score(y_test, p):.4f}")
print(f"Dummy    test ROC AUC {roc_auc_score(y_test, p_dummy):.4f}, AP {average_precision_score(y_test, p_dummy):.4f}")

imp = pd.Series(model.booster_.feature_importance("gain"), index=feature_cols).sort_values(ascending=False)
print(imp.head(15))
