# churn-snapshots submission script
# trains LightGBM on train.csv and writes predictions.csv for test.csv

import json
import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score

task = json.load(open("task.json"))
target = task["target"]
id_col = task["id_column"]
print("task:", task["slug"], "| metric:", task["metric"])

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def engineer(df):
    df = df.copy()
    df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
    df = df.sort_values(["customer_id", "snapshot_month"])
    by_cust = df.groupby("customer_id")
    df["logins_delta"] = by_cust["logins_30d"].diff()
    df["tickets_prev2"] = by_cust["support_tickets_30d"].transform(lambda s: s.shift(1).rolling(2, min_periods=1).sum())
    df["charge_bucket"] = pd.cut(df["monthly_charges"], [0, 20, 40, 60, 80, 1e9], labels=False)
    df["no_login_30d"] = np.where(df["days_since_last_login"].isna() | (df["days_since_last_login"] > 30), 1, 0)
    df["has_discount"] = df["has_discount"].astype(int)
    df["plan"] = df["plan"].astype("category")
    df["region"] = df["region"].astype("category")
    return df


train = engineer(train)
test = engineer(test)

exclude = {target, id_col, "customer_id", "snapshot_month", *task["leaky_columns"]}
features = [c for c in train.columns if c not in exclude]
print(features)

params = dict(n_estimators=600, learning_rate=0.03, num_leaves=31, min_child_samples=30,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=42, verbose=-1)
model = lgb.LGBMClassifier(**params)
model.fit(train[features], train[target])

train_pred = model.predict_proba(train[features])[:, 1]
print(f"ROC AUC: {roc_auc_score(train[target], train_pred):.4f}")
print(f"AP     : {average_precision_score(train[target], train_pred):.4f}")

imp = pd.DataFrame({"feature": features, "gain": model.booster_.feature_importance("gain")})
print(imp.sort_values("gain", ascending=False).to_string(index=False))

test_pred = model.predict_proba(test[features])[:, 1]
out = pd.DataFrame({id_col: test[id_col], "prediction": test_pred})
assert out[id_col].is_unique and out["prediction"].between(0, 1).all()
out.to_csv("predictions.csv", index=False)
print("saved", len(out), "predictions")
