# Promo winner model with SKU / category track-record features (smoothed target encoding)
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "beat_baseline"
PRIOR_WEIGHT = 20

promo = pd.read_csv("train.csv", parse_dates=["week"]).sort_values("week").reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=["week"])
global_rate = promo[TARGET].mean()
print(f"{len(promo)} promos, {promo.sku.nunique()} SKUs, win rate {global_rate:.3f}")


def smoothed_rate(frame, key):
    agg = frame.groupby(key)[TARGET].agg(["sum", "count"])
    return (agg["sum"] + PRIOR_WEIGHT * global_rate) / (agg["count"] + PRIOR_WEIGHT)


# track record of each SKU and category
sku_rate = smoothed_rate(promo, "sku")
cat_rate = smoothed_rate(promo, "category")
fmt_rate = smoothed_rate(promo, ["category", "store_format"])


def add_features(d):
    d = d.copy()
    d["sku_rate"] = d["sku"].map(sku_rate).fillna(global_rate)
    d["cat_rate"] = d["category"].map(cat_rate).fillna(global_rate)
    d["cat_fmt_rate"] = pd.Series(list(zip(d["category"], d["store_format"])), index=d.index).map(fmt_rate).fillna(global_rate)
    d["depth"] = 1 - d["promo_price"] / d["base_price"]
    d["log_tv"] = np.log1p(d["tv_spend"])
    d["log_social"] = np.log1p(d["social_spend"])
    d["month"] = d["week"].dt.month
    return d


promo = add_features(promo)
test = add_features(test)
FEATS = ["sku_rate", "cat_rate", "cat_fmt_rate", "discount_pct", "depth", "base_price", "feature_ad", "display",
         "log_tv", "log_social", "competitor_on_promo", "holiday", "weeks_since_last_promo", "month"]

cut = promo["week"].quantile(0.8)
tr = promo[promo["week"] < cut]
va = promo[promo["week"] >= cut]
print(f"train {len(tr)} | valid {len(va)} (weeks >= {cut.date()})")

clf = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=15, min_child_samples=30,
                         subsample=0.8, subsample_freq=1, colsample_bytree=0.8, is_unbalance=True, verbose=-1)
clf.fit(tr[FEATS], tr[TARGET])
p = clf.predict_proba(va[FEATS])[:, 1]
print(f"ROC AUC  {roc_auc_score(va[TARGET], p):.3f}")
print(f"PR AUC   {average_precision_score(va[TARGET], p):.3f}")
print(f"log loss {log_loss(va[TARGET], p):.3f}")

# top-decile precision: if we only run the 10% most promising promos, how many win?
top = va.assign(p=p).nlargest(int(len(va) * 0.1), "p")
print(f"precision@10%: {top[TARGET].mean():.3f}")

print(pd.Series(clf.feature_importances_, index=FEATS).sort_values(ascending=False))

clf.fit(promo[FEATS], promo[TARGET])
pd.DataFrame({"promo_id": test["promo_id"], "prediction": clf.predict_proba(test[FEATS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
