# credit line default - quick retrain after collections system migration
# the migration (Feb) brought collections data into the warehouse, use it
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
print(df.shape)
print(df.isna().mean().sort_values(ascending=False).head(10))

# collections stage is text: none / soft / hard / legal
stage_map = {"none": 0, "soft": 1, "hard": 2, "legal": 3}
df["collections_stage"] = df["collections_stage"].map(stage_map).fillna(0)
df["recovery_amount"] = df["recovery_amount"].fillna(0)
df["bureau_score"] = df["bureau_score"].fillna(600)

cols = ["credit_limit", "balance", "utilization", "payment_ratio", "months_on_book",
        "bureau_score", "n_delinq_12m", "income_band", "collections_stage", "recovery_amount"]

# last 3 months as holdout
last3 = sorted(df["snapshot_month"].unique())[-3:]
train = df[~df["snapshot_month"].isin(last3)]
hold = df[df["snapshot_month"].isin(last3)]

rf = RandomForestClassifier(n_estimators=300, max_depth=12, n_jobs=-1, random_state=1)
rf.fit(train[cols], train["default_90d"])

acc = accuracy_score(hold["default_90d"], rf.predict(hold[cols]))
print("holdout accuracy:", round(acc, 4))
for m in last3:
    part = hold[hold["snapshot_month"] == m]
    print(pd.Timestamp(m).strftime("%Y-%m"), round(accuracy_score(part["default_90d"], rf.predict(part[cols])), 4))

test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
test["collections_stage"] = test["collections_stage"].map(stage_map).fillna(0)
test["recovery_amount"] = test["recovery_amount"].fillna(0)
test["bureau_score"] = test["bureau_score"].fillna(600)
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": rf.predict_proba(test[cols])[:, 1]}).to_csv("predictions.csv", index=False)
