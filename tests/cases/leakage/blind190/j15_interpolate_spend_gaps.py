# Churn snapshots - gradient boosting with smoothed spend history
# author's note: billing export has holes (monthly_spend NaN for ~4% of rows),
# I interpolate inside each customer's series so the deltas are not NaN everywhere.

import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TGT = "churned_next_month"

def read(path):
    d = pd.read_csv(path)
    d["snapshot_month"] = pd.to_datetime(d["snapshot_month"])
    return d

train, test = read("train.csv"), read("test.csv")
data = pd.concat([train, test], ignore_index=True)
data = data.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)

print("missing spend:", data["monthly_spend"].isna().mean().round(4))
data["spend_missing"] = data["monthly_spend"].isna().astype(int)
data["monthly_spend"] = (data.groupby("customer_id")["monthly_spend"]
                             .transform(lambda s: s.interpolate(limit_direction="both")))

grp = data.groupby("customer_id")
data["spend_l1"] = grp["monthly_spend"].shift(1)
data["spend_l2"] = grp["monthly_spend"].shift(2)
data["spend_d1"] = data["monthly_spend"] - data["spend_l1"]
data["spend_d2"] = data["spend_l1"] - data["spend_l2"]
data["logins_l1"] = grp["logins_30d"].shift(1)
data["logins_d1"] = data["logins_30d"] - data["logins_l1"]
data["tickets_l1"] = grp["support_tickets_30d"].shift(1)
data["tickets_cum_prev"] = grp["support_tickets_30d"].transform(lambda s: s.shift(1).cumsum())
data["months_seen"] = grp.cumcount()

CAT = ["plan", "region"]
DROP = ["snapshot_id", "customer_id", "snapshot_month", TGT,
        "retention_offer_accepted", "account_closed_date_known"]
FEATS = [c for c in data.columns if c not in DROP]

lab = data[data[TGT].notna()].copy()
sub = data[data[TGT].isna()].copy()
lab[TGT] = lab[TGT].astype(int)

# time cut + customer split: model never sees a validation customer and never sees Jul-Sep
cust = pd.Series(lab["customer_id"].unique())
val_cust = set(cust.sample(frac=0.2, random_state=5))
train_mask = (~lab["customer_id"].isin(val_cust)) & (lab["snapshot_month"] < "2024-07-01")
valid_mask = lab["customer_id"].isin(val_cust) & (lab["snapshot_month"] >= "2024-07-01")

cb = CatBoostClassifier(iterations=800, depth=6, learning_rate=0.04, loss_function="Logloss",
                        auto_class_weights="Balanced", random_seed=0, verbose=200)
cb.fit(lab.loc[train_mask, FEATS], lab.loc[train_mask, TGT], cat_features=CAT)
pv = cb.predict_proba(lab.loc[valid_mask, FEATS])[:, 1]
yv = lab.loc[valid_mask, TGT]

print(f"valid rows={valid_mask.sum()}  auc={roc_auc_score(yv, pv):.4f}  "
      f"pr_auc={average_precision_score(yv, pv):.4f}  logloss={log_loss(yv, pv):.4f}")

fi = pd.Series(cb.get_feature_importance(), index=FEATS).sort_values(ascending=False)
print(fi.head(10).round(2))

cb.fit(lab[FEATS], lab[TGT], cat_features=CAT)
sub["prediction"] = cb.predict_proba(sub[FEATS])[:, 1]
sub[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
