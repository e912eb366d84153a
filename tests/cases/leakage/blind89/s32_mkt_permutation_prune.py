"""Campaign response – permutation-importance pruning.

Fit LightGBM on training households, measure permutation importance on the holdout
households, drop features whose importance is not positive and refit.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.inspection import permutation_importance
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

TARGET, GROUP = "responded", "household_id"
df = pd.read_csv("train.csv")
df = df.drop(columns=["coupon_redeemed", "post_campaign_spend"])

for c in ["gender", "income_band", "region", "channel_pref", "loyalty_tier", "owns_home"]:
    df[c] = df[c].astype("category")
df["click_rate"] = df["email_clicks_90d"] / (df["email_opens_90d"] + 1)
df["spend_per_purchase"] = df["total_spend_12m"] / (df["past_purchases_12m"] + 1)

features = [c for c in df.columns if c not in ("customer_id", GROUP, TARGET)]
X, y, groups = df[features], df[TARGET].astype(int), df[GROUP]

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=99)
tr, te = next(gss.split(X, y, groups))
X_tr, X_te, y_tr, y_te = X.iloc[tr], X.iloc[te], y.iloc[tr], y.iloc[te]

params = dict(n_estimators=500, learning_rate=0.03, num_leaves=31, min_child_samples=30,
              colsample_bytree=0.7, random_state=99, verbose=-1)
model = lgb.LGBMClassifier(**params).fit(X_tr, y_tr)
p_all = model.predict_proba(X_te)[:, 1]
print(f"all {len(features)} features: AUC {roc_auc_score(y_te, p_all):.4f}  AP {average_precision_score(y_te, p_all):.4f}")

pi = permutation_importance(model, X_te, y_te, scoring="roc_auc", n_repeats=10,
                            random_state=99, n_jobs=-1)
imp = pd.DataFrame({"mean": pi.importances_mean, "std": pi.importances_std},
                   index=features).sort_values("mean", ascending=False)
print(imp.round(5).to_string())

keep = list(imp.index[imp["mean"] > 0])
print(f"keeping {len(keep)} features with positive importance")

pruned = lgb.LGBMClassifier(**params).fit(X_tr[keep], y_tr)
p_pruned = pruned.predict_proba(X_te[keep])[:, 1]
print(f"pruned model:      AUC {roc_auc_score(y_te, p_pruned):.4f}  AP {average_precision_score(y_te, p_pruned):.4f}")
