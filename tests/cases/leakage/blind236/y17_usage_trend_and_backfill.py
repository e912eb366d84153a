# churn take-home - quick version, ~1h
# usage trend per customer + xgboost

import pandas as pd
import numpy as np
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

df = pd.read_csv("train.csv")
te = pd.read_csv("test.csv")
print(df.shape, te.shape)
print(df.isnull().mean().round(3))

df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
te["snapshot_month"] = pd.to_datetime(te["snapshot_month"])


def prep(d):
    d = d.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)
    # a few customers have gaps in usage_hours, fill them from the same customer's other months
    d["usage_hours"] = d.groupby("customer_id")["usage_hours"].ffill()
    d["usage_hours"] = d.groupby("customer_id")["usage_hours"].bfill()
    d["usage_hours"] = d["usage_hours"].fillna(0)
    # trend: how usage moves month to month
    d["usage_next"] = d.groupby("customer_id")["usage_hours"].shift(-1)
    d["usage_trend"] = (d["usage_next"] - d["usage_hours"]).fillna(0)
    d["usage_drop"] = (d["usage_trend"] < -5).astype(int)
    d["tickets_cum"] = d.groupby("customer_id")["support_tickets"].cumsum()
    d["plan_premium"] = (d["plan"] == "premium").astype(int)
    d["plan_basic"] = (d["plan"] == "basic").astype(int)
    return d


df = prep(df)
te = prep(te)

cols = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures",
        "usage_trend", "usage_drop", "tickets_cum", "plan_premium", "plan_basic"]

# validation: 20% of customers held out, scored on Jul-Sep only; train on the rest, Jan-Jun
np.random.seed(5)
ids = df["customer_id"].unique()
val_ids = np.random.choice(ids, size=int(len(ids) * 0.2), replace=False)
is_val_cust = df["customer_id"].isin(val_ids)
late = df["snapshot_month"] >= "2024-07-01"

tr = df[~is_val_cust & ~late]
va = df[is_val_cust & late]
print("tr", tr.shape, "va", va.shape)

clf = xgb.XGBClassifier(
    n_estimators=500,
    max_depth=4,
    learning_rate=0.03,
    subsample=0.9,
    colsample_bytree=0.8,
    min_child_weight=5,
    scale_pos_weight=(1 - tr["churned_next_month"].mean()) / tr["churned_next_month"].mean(),
    eval_metric="aucpr",
    random_state=5,
)
clf.fit(tr[cols], tr["churned_next_month"])

p = clf.predict_proba(va[cols])[:, 1]
y = va["churned_next_month"]
print("xgb      AUC:", round(roc_auc_score(y, p), 4), " AP:", round(average_precision_score(y, p), 4))

# baseline for comparison: majority class (nobody churns) -> AUC 0.5, AP = churn rate
p0 = np.zeros(len(y))
print("majority AUC:", round(roc_auc_score(y, p0), 4), " AP:", round(average_precision_score(y, p0), 4))

print(classification_report(y, (p > 0.5).astype(int), digits=3))

imp = pd.Series(clf.feature_importances_, index=cols).sort_values(ascending=False)
print(imp)

# fit on all of train for the submission
clf.fit(df[cols], df["churned_next_month"])
te["prediction"] = clf.predict_proba(te[cols])[:, 1]
te[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
print("saved", len(te))
