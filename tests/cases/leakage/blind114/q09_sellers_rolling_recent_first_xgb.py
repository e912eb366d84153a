#!/usr/bin/env python
# Seller churn (next 4 weeks) - xgboost on weekly activity + rolling activity windows.
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_4w"
CUTOFF = "2023-07-01"
WINDOWS = (4, 8, 12)
ACTIVITY = ["orders", "gmv", "new_listings", "refunds", "support_tickets"]

panel = pd.read_csv("train.csv", parse_dates=["week_start"])
print(panel.shape)
print(panel[TARGET].mean())
print(panel.groupby(panel["week_start"].dt.to_period("Q"))[TARGET].mean())

# most recent week first within each seller
panel = panel.sort_values(["seller_id", "week_start"], ascending=[True, False]).reset_index(drop=True)

for w in WINDOWS:
    for col in ACTIVITY:
        panel[f"{col}_roll{w}"] = (panel.groupby("seller_id")[col]
                                   .transform(lambda s: s.rolling(w, min_periods=1).mean()))
panel["orders_trend"] = panel["orders_roll4"] - panel["orders_roll12"]
panel["gmv_trend"] = panel["gmv_roll4"] - panel["gmv_roll12"]

panel = pd.get_dummies(panel, columns=["category", "country", "fee_tier"], dtype=float)
base_cols = ["orders", "gmv", "listings_active", "new_listings", "avg_rating", "refunds",
             "support_tickets", "days_since_last_sale", "tenure_weeks"]
roll_cols = [c for c in panel.columns if "_roll" in c or c.endswith("_trend")]
dummy_cols = [c for c in panel.columns if c.startswith(("category_", "country_", "fee_tier_"))]
features = base_cols + roll_cols + dummy_cols
print(len(features), "features")

# train before the cutoff; evaluate after it on sellers that only appear after it
before = panel["week_start"] < CUTOFF
train = panel[before]
test = panel[~before & ~panel["seller_id"].isin(train["seller_id"])]
print("train rows", len(train), "test rows", len(test), "test sellers", test["seller_id"].nunique())

dummy = DummyClassifier(strategy="prior").fit(train[features], train[TARGET])
print("dummy  AUC %.4f" % roc_auc_score(test[TARGET], dummy.predict_proba(test[features])[:, 1]))

scale = (1 - train[TARGET].mean()) / train[TARGET].mean()
model = xgb.XGBClassifier(n_estimators=500, max_depth=5, learning_rate=0.05, subsample=0.8,
                          colsample_bytree=0.8, scale_pos_weight=scale, eval_metric="aucpr",
                          n_jobs=4, random_state=0)
model.fit(train[features], train[TARGET])
p = model.predict_proba(test[features])[:, 1]
print("xgb    AUC %.4f" % roc_auc_score(test[TARGET], p))
print("xgb    AP  %.4f" % average_precision_score(test[TARGET], p))

top = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False).head(20)
print(top)

k = int(0.05 * len(test))
top_k = test.assign(p=p).nlargest(k, "p")
print("precision in top 5%:", top_k[TARGET].mean())
