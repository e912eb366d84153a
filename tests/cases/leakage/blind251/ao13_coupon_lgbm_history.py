"""Coupon redemption - will this customer redeem this campaign's coupon?

Validation design: later campaigns only, and only customers the model never saw
(the business wants to score the next campaigns, including new loyalty-card holders).
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv", parse_dates=["campaign_start"])
tx = pd.read_csv("customer_transactions.csv", parse_dates=["date"])
print(df.shape, tx.shape)
print(df["redeemed"].mean())
print(df.groupby("campaign_type")["redeemed"].agg(["mean", "size"]))

# ---- purchase history strictly before the campaign starts ----
tx["spend"] = tx["quantity"] * tx["selling_price"]
tx["coupon_used"] = (tx["coupon_discount"] < 0).astype(int)
tx["other_disc"] = (tx["other_discount"] < 0).astype(int)

keys = df[["id", "customer_id", "campaign_start"]]
hist = keys.merge(tx, on="customer_id", how="left")
hist = hist[hist["date"] < hist["campaign_start"]]
agg = hist.groupby("id").agg(
    n_lines=("item_id", "size"),
    n_items=("item_id", "nunique"),
    n_visits=("date", "nunique"),
    spend=("spend", "sum"),
    coupon_rate=("coupon_used", "mean"),
    disc_rate=("other_disc", "mean"),
    last_visit=("date", "max"),
)
df = df.merge(agg, left_on="id", right_index=True, how="left")
df["days_since_visit"] = (df["campaign_start"] - df["last_visit"]).dt.days
df = df.drop(columns=["last_visit"])
df[["n_lines", "n_items", "n_visits", "spend"]] = df[["n_lines", "n_items", "n_visits", "spend"]].fillna(0)

cats = ["campaign_type", "coupon_category", "brand_type", "age_range", "marital_status", "income_bracket"]
for c in cats:
    df[c] = df[c].astype("category")

feats = cats + ["coupon_discount_pct", "n_items_in_coupon", "family_size", "rented",
                "n_lines", "n_items", "n_visits", "spend", "coupon_rate", "disc_rate", "days_since_visit"]

# ---- out-of-time + unseen customers ----
camp_order = df.groupby("campaign_id")["campaign_start"].min().sort_values()
late = camp_order.index[-6:]
trn = df[~df["campaign_id"].isin(late)]
val = df[df["campaign_id"].isin(late)]
val = val[~val["customer_id"].isin(trn["customer_id"].unique())]
print("train", trn.shape, trn.redeemed.mean(), "| valid", val.shape, val.redeemed.mean())

clf = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31, min_child_samples=40,
                         subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=1)
clf.fit(trn[feats], trn["redeemed"])
p = clf.predict_proba(val[feats])[:, 1]

print("valid ROC AUC %.4f" % roc_auc_score(val["redeemed"], p))
print("valid PR AUC  %.4f" % average_precision_score(val["redeemed"], p))

imp = pd.Series(clf.booster_.feature_importance("gain"), index=feats).sort_values(ascending=False)
print(imp.head(10))
