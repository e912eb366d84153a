# churn-snapshots take-home
# approach: random forest; churners are only ~5% so I oversample them x6 in the training rows.

import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve

SEED = 11
TARGET = "churned_next_month"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
df = df.sort_values(["customer_id", "snapshot_month"]).reset_index(drop=True)
print(df.shape, df[TARGET].mean())
print(df.groupby("plan")[TARGET].agg(["mean", "count"]))

# --- features --------------------------------------------------------------
df["days_since_last_login"].fillna(120, inplace=True)
df["prev_logins"] = df.groupby("customer_id")["logins_30d"].shift(1)
df["logins_drop"] = (df["prev_logins"] - df["logins_30d"]).fillna(0)
df["prev_logins"].fillna(df["logins_30d"], inplace=True)
df["tickets_up"] = df.groupby("customer_id")["support_tickets_30d"].diff().fillna(0)
df["plan_code"] = df["plan"].map({"basic": 1, "standard": 2, "premium": 3})
df = pd.concat([df, pd.get_dummies(df["region"], prefix="reg", dtype=int)], axis=1)
df["has_discount"] = df["has_discount"].astype(int)

feats = ["tenure_months", "plan_code", "monthly_charges", "has_discount", "logins_30d",
         "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
         "prev_logins", "logins_drop", "tickets_up"] + [c for c in df.columns if c.startswith("reg_")]

# --- split: 20% of customers held out, their Jul-Sep rows are the validation set
custs = df["customer_id"].unique()
rs = np.random.RandomState(SEED)
val_custs = rs.choice(custs, size=len(custs) // 5, replace=False)
is_val_cust = df["customer_id"].isin(val_custs)
train = df[~is_val_cust & (df["snapshot_month"] < "2024-07-01")]
valid = df[is_val_cust & (df["snapshot_month"] >= "2024-07-01")]
print("train", train.shape, "valid", valid.shape)

# --- balance the classes (training rows only) --------------------------------
pos = train[train[TARGET] == 1]
train_bal = pd.concat([train] + [pos] * 5, ignore_index=True)
print("after oversampling:", train_bal[TARGET].value_counts().to_dict())

clf = RandomForestClassifier(n_estimators=500, max_depth=12, min_samples_leaf=10,
                             n_jobs=-1, random_state=SEED)
clf.fit(train_bal[feats], train_bal[TARGET])
p_val = clf.predict_proba(valid[feats])[:, 1]

base = DummyClassifier(strategy="prior").fit(train[feats], train[TARGET])
p_base = base.predict_proba(valid[feats])[:, 1]

print(f"baseline: AUC={roc_auc_score(valid[TARGET], p_base):.3f} AP={average_precision_score(valid[TARGET], p_base):.3f}")
print(f"forest  : AUC={roc_auc_score(valid[TARGET], p_val):.3f} AP={average_precision_score(valid[TARGET], p_val):.3f}")

prec, rec, thr = precision_recall_curve(valid[TARGET], p_val)
for target_recall in (0.3, 0.5, 0.7):
    i = np.argmin(np.abs(rec - target_recall))
    print(f"recall~{target_recall}: precision={prec[i]:.3f}")

fi = pd.Series(clf.feature_importances_, index=feats).sort_values(ascending=False)
print(fi.round(3))
