"""coupon redemption - out-of-time check

rows: (campaign, coupon, customer). redeemed = 1 if the customer used the coupon.
purchase history from customer_transactions.csv, as-of the campaign start.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

df = pd.read_csv("train.csv", parse_dates=["campaign_start"])
tx = pd.read_csv("customer_transactions.csv", parse_dates=["date"])

print(df.shape, "redeem rate %.3f" % df.redeemed.mean())
print(df.groupby("campaign_id").agg(start=("campaign_start", "min"), n=("id", "size"),
                                    rate=("redeemed", "mean")).sort_values("start"))

# --- as-of history: daily cumulative totals per customer, then merge_asof strictly before start
tx["amount"] = tx["quantity"] * tx["selling_price"]
tx["cpn"] = (tx["coupon_discount"] < 0).astype(int)
daily = (tx.groupby(["customer_id", "date"])
           .agg(amount=("amount", "sum"), lines=("item_id", "size"), cpn=("cpn", "sum"))
           .reset_index().sort_values(["customer_id", "date"]))
daily[["cum_amount", "cum_lines", "cum_cpn"]] = daily.groupby("customer_id")[["amount", "lines", "cpn"]].cumsum()
daily["cum_days"] = daily.groupby("customer_id").cumcount() + 1

df = df.sort_values("campaign_start")
df = pd.merge_asof(df, daily[["customer_id", "date", "cum_amount", "cum_lines", "cum_cpn", "cum_days"]]
                   .sort_values("date"),
                   left_on="campaign_start", right_on="date", by="customer_id",
                   allow_exact_matches=False, direction="backward")
df["days_since_last"] = (df["campaign_start"] - df["date"]).dt.days
df["cpn_share"] = df["cum_cpn"] / df["cum_lines"]
df["avg_basket"] = df["cum_amount"] / df["cum_days"]
df = df.drop(columns=["date"])

for c in ["campaign_type", "coupon_category", "brand_type", "age_range", "marital_status", "income_bracket"]:
    df[c] = df[c].astype("category")

FEATS = ["campaign_type", "coupon_category", "brand_type", "coupon_discount_pct", "n_items_in_coupon",
         "age_range", "marital_status", "income_bracket", "family_size", "rented",
         "cum_amount", "cum_lines", "cum_cpn", "cum_days", "days_since_last", "cpn_share", "avg_basket"]

# --- out-of-time split: campaigns starting from 2013-03-01 are the validation set
CUT = pd.Timestamp("2013-03-01")
train = df[df["campaign_start"] < CUT]
valid = df[df["campaign_start"] >= CUT]
print("train %d rows / %d campaigns, valid %d rows / %d campaigns" % (
    len(train), train.campaign_id.nunique(), len(valid), valid.campaign_id.nunique()))

clf = lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31, min_child_samples=50,
                         colsample_bytree=0.8, random_state=0, verbose=-1)
clf.fit(train[FEATS], train["redeemed"])
pv = clf.predict_proba(valid[FEATS])[:, 1]

# baseline: redemption rate of the campaign type, from the training campaigns
type_rate = train.groupby("campaign_type", observed=True)["redeemed"].mean()
pb = valid["campaign_type"].map(type_rate).astype(float).fillna(train["redeemed"].mean()).values

for name, s in [("lgbm", pv), ("campaign-type rate", pb)]:
    print("%-20s AUC %.4f  AP %.4f  logloss %.4f" % (
        name, roc_auc_score(valid.redeemed, s), average_precision_score(valid.redeemed, s),
        log_loss(valid.redeemed, s)))
