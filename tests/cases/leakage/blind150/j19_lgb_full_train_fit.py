"""card-fraud submission.

LightGBM trained on the whole of train.csv (more fraud examples for the trees), predictions for test.csv.
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve

HERE = Path(".")
task = json.loads((HERE / "task.json").read_text())
TARGET = task["target"]
ID = task["id_column"]
DROP = [TARGET, ID, *task["leaky_columns"]]

train = pd.read_csv(HERE / "train.csv")
test = pd.read_csv(HERE / "test.csv")

# ---- quick EDA -------------------------------------------------------------
print(train[TARGET].value_counts())
print(train.groupby("merchant_category")[TARGET].mean().sort_values(ascending=False).head(8))
print(train[["amount", "distance_from_home_km", "txn_count_24h", "card_age_days"]].describe().T)


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out["merchant_category"] = out["merchant_category"].astype("category")
    out["log_amount"] = np.log1p(out["amount"])
    out["cnp_far"] = ((out["card_present"] == 0) & (out["distance_from_home_km"] > 50)).astype(int)
    out["weekend_night"] = out["hour"].isin([22, 23, 0, 1, 2, 3]).astype(int)
    return out


train = add_features(train)
test = add_features(test)
features = [c for c in train.columns if c not in DROP]

params = {
    "objective": "binary",
    "metric": ["average_precision", "auc"],
    "learning_rate": 0.05,
    "num_leaves": 31,
    "min_data_in_leaf": 50,
    "feature_fraction": 0.9,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "scale_pos_weight": 10.0,
    "verbose": -1,
}

dtrain = lgb.Dataset(train[features], train[TARGET])
history = {}
model = lgb.train(
    params,
    dtrain,
    num_boost_round=600,
    valid_sets=[dtrain],
    valid_names=["train"],
    callbacks=[lgb.log_evaluation(100), lgb.record_evaluation(history)],
)

# ---- evaluation ------------------------------------------------------------
p = model.predict(train[features])
base_rate = np.full(len(train), train[TARGET].mean())
print(f"baseline (base rate) AP : {average_precision_score(train[TARGET], base_rate):.4f}")
print(f"model AP                : {average_precision_score(train[TARGET], p):.4f}")
print(f"model ROC AUC           : {roc_auc_score(train[TARGET], p):.4f}")
prec, rec, _ = precision_recall_curve(train[TARGET], p)
print(f"recall at precision>=0.8: {rec[prec >= 0.8].max():.3f}")

imp = pd.Series(model.feature_importance(importance_type="gain"), index=features)
print(imp.sort_values(ascending=False).round(1))

# ---- submission ------------------------------------------------------------
pd.DataFrame({ID: test[ID], "prediction": model.predict(test[features])}).to_csv("predictions.csv", index=False)
json.dump({"average_precision": round(float(average_precision_score(train[TARGET], p)), 4)}, open("metrics.json", "w"))
