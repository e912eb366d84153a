"""card-fraud submission.

LightGBM, number of rounds and the estimate from 5-fold lgb.cv on train.csv, then one fit on all rows for test.csv.
"""
import json
from pathlib import Path

import numpy as np
import pandas as pd
import lightgbm as lgb

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
cv = lgb.cv(
    params,
    dtrain,
    num_boost_round=2000,
    nfold=5,
    stratified=True,
    seed=0,
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(100)],
)
n_rounds = len(cv["valid average_precision-mean"])
cv_ap = cv["valid average_precision-mean"][-1]
cv_auc = cv["valid auc-mean"][-1]

# ---- evaluation (out-of-fold) ----------------------------------------------
base_rate = train[TARGET].mean()
print(f"baseline (base rate) AP : {base_rate:.4f}")
print(f"cv AP                   : {cv_ap:.4f} +- {cv['valid average_precision-stdv'][-1]:.4f}")
print(f"cv ROC AUC              : {cv_auc:.4f}")
print(f"rounds                  : {n_rounds}")

model = lgb.train(params, dtrain, num_boost_round=n_rounds)
imp = pd.Series(model.feature_importance(importance_type="gain"), index=features)
print(imp.sort_values(ascending=False).round(1))

# ---- submission ------------------------------------------------------------
pd.DataFrame({ID: test[ID], "prediction": model.predict(test[features])}).to_csv("predictions.csv", index=False)
json.dump({"average_precision": round(float(cv_ap), 4)}, open("metrics.json", "w"))
