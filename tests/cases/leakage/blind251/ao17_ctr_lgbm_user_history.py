"""
CTR take-home: p(click | impression).
train.csv = impression log with user history columns, campaigns.csv = campaign side table.
"""
import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, log_loss, average_precision_score

imp = pd.read_csv("train.csv")
camp = pd.read_csv("campaigns.csv")
print(imp.shape, camp.shape)
print("CTR:", imp["clicked"].mean().round(4))
print(imp["user_id"].nunique(), "users,", imp["campaign_id"].nunique(), "campaigns")

df = imp.merge(camp, on="campaign_id", how="left")

# user history -> rates (these are counts from the 30 days before the impression)
df["user_ctr_30d"] = (df["user_prior_clicks_30d"] + 1) / (df["user_prior_impr_30d"] + 30)
df["log_prior_impr"] = np.log1p(df["user_prior_impr_30d"])
df["is_weekend"] = df["day_of_week"].isin([5, 6]).astype(int)
df["night"] = df["hour"].between(0, 5).astype(int)

cat_cols = ["placement", "device", "os", "page_category", "user_age_bucket", "user_gender",
            "vertical", "creative_format", "advertiser_id"]
for c in cat_cols:
    df[c] = df[c].astype("category")

num_cols = ["hour", "day_of_week", "ad_position", "user_prior_impr_30d", "user_prior_clicks_30d",
            "user_days_since_last_click", "user_sessions_7d", "bid_cpm", "daily_budget_usd",
            "campaign_age_days", "user_ctr_30d", "log_prior_impr", "is_weekend", "night"]
features = cat_cols + num_cols

X = df[features]
y = df["clicked"]
X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

model = lgb.LGBMClassifier(
    n_estimators=1200, learning_rate=0.02, num_leaves=63, min_child_samples=200,
    colsample_bytree=0.7, subsample=0.7, subsample_freq=1, reg_lambda=5.0, random_state=0,
)
model.fit(X_tr, y_tr)
p = model.predict_proba(X_te)[:, 1]

base = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_te)[:, 1]

print(f"lgbm   AUC {roc_auc_score(y_te, p):.4f}  logloss {log_loss(y_te, p):.5f}  AP {average_precision_score(y_te, p):.4f}")
print(f"prior  AUC {roc_auc_score(y_te, base):.4f}  logloss {log_loss(y_te, base):.5f}  AP {average_precision_score(y_te, base):.4f}")
print("relative logloss gain: %.2f%%" % (100 * (1 - log_loss(y_te, p) / log_loss(y_te, base))))
