# -*- coding: utf-8 -*-
# Churn take-home: CatBoost with an out-of-time check.
#
#   fit window   : 2024-01 .. 2024-06
#   check window : 2024-07 .. 2024-09
#
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "churned_next_month"
CAT = ["plan", "region"]
NUM = ["tenure_months", "monthly_spend", "logins_30d",
       "support_tickets_30d", "days_since_last_login"]
COLS = CAT + NUM

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
train["month"] = pd.to_datetime(train["snapshot_month"]).dt.to_period("M")
test["month"] = pd.to_datetime(test["snapshot_month"]).dt.to_period("M")

print(train.groupby("month")[TARGET].agg(["size", "mean"]))
print("missing:\n", train[COLS].isna().sum())

fit_df = train[train["month"] <= pd.Period("2024-06", "M")]
chk_df = train[train["month"] >= pd.Period("2024-07", "M")]
print(f"fit {len(fit_df)} rows / {fit_df.customer_id.nunique()} customers; "
      f"check {len(chk_df)} rows / {chk_df.customer_id.nunique()} customers")

params = dict(iterations=600, depth=5, learning_rate=0.05, l2_leaf_reg=5,
              loss_function="Logloss", random_seed=0, verbose=0)

cb = CatBoostClassifier(**params)
cb.fit(Pool(fit_df[COLS], fit_df[TARGET], cat_features=CAT))
p = cb.predict_proba(Pool(chk_df[COLS], cat_features=CAT))[:, 1]

# naive baseline: last-known churn rate of the fit window for every row
naive = np.full(len(chk_df), fit_df[TARGET].mean())

rows = []
for name, pred in [("naive baseline", naive), ("catboost", p)]:
    rows.append({
        "model": name,
        "roc_auc": roc_auc_score(chk_df[TARGET], pred),
        "pr_auc": average_precision_score(chk_df[TARGET], pred),
        "logloss": log_loss(chk_df[TARGET], pred),
    })
print(pd.DataFrame(rows).set_index("model").round(4))

fi = cb.get_feature_importance(prettified=True)
print(fi.head(10))

# churn capture in the top decile of scores
chk = chk_df.assign(score=p)
top = chk.nlargest(max(1, len(chk) // 10), "score")
print("share of churners in top 10%:", round(top[TARGET].sum() / chk[TARGET].sum(), 3))

final = CatBoostClassifier(**params)
final.fit(Pool(train[COLS], train[TARGET], cat_features=CAT))
test["prediction"] = final.predict_proba(Pool(test[COLS], cat_features=CAT))[:, 1]
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
