import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

# ---------------------------------------------------------------- config
task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
LEAKY = task["leaky_columns"]
CUTOFF = "2024-07-01"

# ---------------------------------------------------------------- data
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
train["snapshot_month"] = pd.to_datetime(train["snapshot_month"])
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"])

print(train.head())
print(train.isnull().mean().round(3))
print("churners:", int(train[TARGET].sum()), "of", len(train))

# ---------------------------------------------------------------- features
plan_order = {"basic": 0, "standard": 1, "premium": 2}


def prepare(df):
    df = df.copy()
    df["plan_level"] = df["plan"].map(plan_order).fillna(1)
    df = pd.get_dummies(df, columns=["region"], prefix="reg", dtype=int)
    df["days_since_last_login"] = df["days_since_last_login"].fillna(-1)
    df["logins_per_charge"] = df["logins_30d"] / df["monthly_charges"].replace(0, np.nan)
    df["logins_per_charge"] = df["logins_per_charge"].fillna(0)
    df["had_failure"] = df["payment_failures_90d"].gt(0).astype(int)
    return df


train_p = prepare(train)
test_p = prepare(test).reindex(columns=train_p.columns, fill_value=0)
X_cols = [c for c in train_p.columns
          if c not in [TARGET, ID, "customer_id", "snapshot_month", "plan"] + LEAKY]

# ---------------------------------------------------------------- split
early = train_p[train_p["snapshot_month"] < CUTOFF]
late = train_p[train_p["snapshot_month"] >= CUTOFF]
late = late[~late["customer_id"].isin(early["customer_id"])]
print("train:", early.shape, "valid:", late.shape)

# ---------------------------------------------------------------- models
rf = RandomForestClassifier(n_estimators=400, max_depth=12, min_samples_leaf=10,
                            class_weight="balanced", n_jobs=-1, random_state=1)
rf.fit(early[X_cols], early[TARGET])
majority = DummyClassifier(strategy="most_frequent").fit(early[X_cols], early[TARGET])

acc_rf = accuracy_score(late[TARGET], rf.predict(late[X_cols]))
acc_major = accuracy_score(late[TARGET], majority.predict(late[X_cols]))
print(f"majority-class accuracy: {acc_major:.4f}")
print(f"random forest accuracy:  {acc_rf:.4f}")

top = pd.Series(rf.feature_importances_, index=X_cols).nlargest(10)
print(top)

# ---------------------------------------------------------------- submission
rf.fit(train_p[X_cols], train_p[TARGET])
pd.DataFrame({ID: test[ID], "prediction": rf.predict_proba(test_p[X_cols])[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({"accuracy": round(acc_rf, 4)}, open("metrics.json", "w"))
