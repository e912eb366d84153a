# coupon redemption: customer profile from the transaction side table + CatBoost
# eval = later campaigns, customers not seen in the earlier ones

import pandas as pd
import numpy as np
from catboost import CatBoostClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

train = pd.read_csv("train.csv", parse_dates=["campaign_start"])
txn = pd.read_csv("customer_transactions.csv", parse_dates=["date"])
print(train.shape, txn.shape, train.redeemed.mean())

# ---------- customer profile, as of each campaign start ----------
txn["spend"] = txn.quantity * txn.selling_price
txn["coupon_line"] = (txn.coupon_discount < 0).astype(int)
txn["promo_line"] = (txn.other_discount < 0).astype(int)
txn["month"] = txn.date.dt.to_period("M")

asof = train[["customer_id", "campaign_start"]].drop_duplicates().merge(txn, on="customer_id")
asof = asof[asof.date < asof.campaign_start]  # only purchases made before the campaign launched
profile = asof.groupby(["customer_id", "campaign_start"]).agg(
    tot_spend=("spend", "sum"),
    n_lines=("spend", "size"),
    n_skus=("item_id", "nunique"),
    n_months=("month", "nunique"),
    coupon_share=("coupon_line", "mean"),
    promo_share=("promo_line", "mean"),
    avg_qty=("quantity", "mean"),
)
profile["spend_per_month"] = profile.tot_spend / profile.n_months
train = train.merge(profile, left_on=["customer_id", "campaign_start"], right_index=True, how="left")

cats = ["campaign_type", "coupon_category", "brand_type", "age_range", "marital_status", "income_bracket"]
train[cats] = train[cats].fillna("NA").astype(str)
cols = cats + ["coupon_discount_pct", "n_items_in_coupon", "family_size", "rented"] + list(profile.columns)

# ---------- split ----------
starts = train.groupby("campaign_id").campaign_start.min().sort_values()
holdout_campaigns = starts.index[-5:]
fit_df = train[~train.campaign_id.isin(holdout_campaigns)]
eval_df = train[train.campaign_id.isin(holdout_campaigns) & ~train.customer_id.isin(fit_df.customer_id)]
print("fit", fit_df.shape, "eval", eval_df.shape, "eval pos rate", round(eval_df.redeemed.mean(), 4))

model = CatBoostClassifier(iterations=1000, learning_rate=0.04, depth=6, random_seed=42, verbose=200)
model.fit(fit_df[cols], fit_df.redeemed, cat_features=cats)
proba = model.predict_proba(eval_df[cols])[:, 1]

prior = np.full(len(eval_df), fit_df.redeemed.mean())
print("catboost   AUC %.4f  AP %.4f" % (roc_auc_score(eval_df.redeemed, proba), average_precision_score(eval_df.redeemed, proba)))
print("prior-rate AUC %.4f  AP %.4f" % (roc_auc_score(eval_df.redeemed, prior), average_precision_score(eval_df.redeemed, prior)))
print(pd.Series(model.get_feature_importance(), index=cols).sort_values(ascending=False).head(10))
