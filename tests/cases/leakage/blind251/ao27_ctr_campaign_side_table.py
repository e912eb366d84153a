# ---------------------------------------------------------------------------
# CTR: campaign side table + historical CTR encodings + LightGBM
# CV: 5 folds grouped by user
# ---------------------------------------------------------------------------
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupKFold
from sklearn.metrics import roc_auc_score, log_loss

PRIOR_W = 50  # smoothing weight for the ctr encodings

imps = pd.read_csv("train.csv")
camps = pd.read_csv("campaigns.csv")
df = imps.merge(camps, on="campaign_id", how="left", validate="many_to_one")
print(df.shape, "ctr=%.4f" % df.clicked.mean())

global_ctr = df["clicked"].mean()


def smoothed_ctr(frame, key):
    s = frame.groupby(key)["clicked"].agg(["sum", "count"])
    return (s["sum"] + PRIOR_W * global_ctr) / (s["count"] + PRIOR_W)


for key in ["campaign_id", "creative_id", "advertiser_id", "vertical"]:
    df[f"{key}_ctr"] = df[key].map(smoothed_ctr(df, key))
# placement x vertical interaction ctr
df["pv"] = df["placement"].astype(str) + "|" + df["vertical"].astype(str)
df["pv_ctr"] = df["pv"].map(smoothed_ctr(df, "pv"))

for c in ["placement", "device", "os", "page_category", "user_age_bucket", "creative_format"]:
    df[c] = df[c].astype("category")

feats = ["campaign_id_ctr", "creative_id_ctr", "advertiser_id_ctr", "vertical_ctr", "pv_ctr",
         "placement", "device", "os", "page_category", "user_age_bucket", "creative_format",
         "hour", "day_of_week", "ad_position", "bid_cpm", "daily_budget_usd", "campaign_age_days",
         "user_prior_impr_30d", "user_prior_clicks_30d", "user_days_since_last_click", "user_sessions_7d"]

oof = np.zeros(len(df))
for k, (tr, va) in enumerate(GroupKFold(5).split(df, groups=df["user_id"])):
    m = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.05, num_leaves=31,
                           min_child_samples=300, colsample_bytree=0.8, verbose=-1)
    m.fit(df.iloc[tr][feats], df.iloc[tr]["clicked"])
    oof[va] = m.predict_proba(df.iloc[va][feats])[:, 1]
    print(k, round(roc_auc_score(df.iloc[va]["clicked"], oof[va]), 4))

y = df["clicked"].values
print("OOF AUC     %.4f" % roc_auc_score(y, oof))
print("OOF logloss %.5f" % log_loss(y, oof))
print("baseline (constant ctr) logloss %.5f" % log_loss(y, np.full(len(y), global_ctr)))
