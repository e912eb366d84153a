"""
Take-home: churn next month (churn-snapshots)
Model: sklearn HistGradientBoosting (handles NaNs natively, no imputation needed)
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

LABEL = "churned_next_month"
AFTER_THE_FACT = ["retention_offer_accepted", "account_closed_date_known"]
NOT_FEATURES = [LABEL, "customer_id", "snapshot_month"] + AFTER_THE_FACT

train_df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")
print(train_df.info())
print(train_df[LABEL].value_counts())
print(train_df.snapshot_month.value_counts().sort_index())

for frame in (train_df, test_df):
    frame["snapshot_month"] = pd.to_datetime(frame["snapshot_month"])
    frame.sort_values(["customer_id", "snapshot_month"], inplace=True)
    frame["has_discount"] = frame["has_discount"].astype(int)
    # month-over-month changes per customer
    for col in ["logins_30d", "support_tickets_30d", "monthly_charges"]:
        frame[col + "_mom"] = frame.groupby("customer_id")[col].diff()
    frame["charges_x_tenure"] = frame["monthly_charges"] * frame["tenure_months"]
    frame["plan"] = frame["plan"].map({"basic": 0, "standard": 1, "premium": 2})
    frame["region"] = frame["region"].map({"north": 0, "south": 1, "east": 2, "west": 3})

FEATURES = [c for c in train_df.columns if c not in NOT_FEATURES]
print("using", len(FEATURES), "features:", FEATURES)

# validation: customers whose id falls in the last fifth of the (shuffled) id list, Jul-Sep only
ids = train_df["customer_id"].drop_duplicates().sample(frac=1, random_state=99).tolist()
valid_ids = set(ids[int(len(ids) * 0.8):])
late = train_df["snapshot_month"] >= "2024-07-01"
tr = train_df[~train_df["customer_id"].isin(valid_ids) & ~late]
va = train_df[train_df["customer_id"].isin(valid_ids) & late]

hgb = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31,
                                     l2_regularization=1.0, random_state=99)
hgb.fit(tr[FEATURES], tr[LABEL])
pv = hgb.predict_proba(va[FEATURES])[:, 1]

print("validation ROC AUC :", round(roc_auc_score(va[LABEL], pv), 4))
print("validation AP      :", round(average_precision_score(va[LABEL], pv), 4))
print("validation log loss:", round(log_loss(va[LABEL], pv), 4))

# calibration-ish check by decile
va = va.assign(p=pv, decile=pd.qcut(pv, 10, labels=False, duplicates="drop"))
print(va.groupby("decile").agg(mean_p=("p", "mean"), churn=(LABEL, "mean"), n=(LABEL, "size")))

hgb.fit(train_df[FEATURES], train_df[LABEL])
pd.DataFrame({
    "snapshot_id": test_df["snapshot_id"],
    "prediction": hgb.predict_proba(test_df[FEATURES])[:, 1],
}).to_csv("predictions.csv", index=False)
print("done")
