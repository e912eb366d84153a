# ---------------------------------------------------------------------------
# CTR: campaign side table + historical CTR encodings + LightGBM
# CV: 5 folds grouped by user; the ctr encodings are rebuilt inside every fold
# ---------------------------------------------------------------------------
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupKFold
from sklearn.metrics import roc_auc_score, log_loss

PRIOR_W = 50  # smoothing weight for the ctr encodings
ENC_KEYS = ["campaign_id", "creative_id", "advertiser_id", "vertical", "pv"]

imps = pd.read_csv("train.csv")
camps = pd.read_csv("campaigns.csv")
df = imps.merge(camps, on="campaign_id", how="left", validate="many_to_one")
print(df.shape, "ctr=%.4f" % df.clicked.mean())

# placement x vertical interaction
df["pv"] = df["placement"].astype(str) + "|" + df["vertical"].astype(str)


def add_ctr_encodings(fit_part, apply_part):
    """encode apply_part with click rates learned on fit_part only"""
    prior = fit_part["clicked"].mean()
    out = apply_part.copy()
    for key in ENC_KEYS:
        s = fit_part.groupby(key)["clicked"].agg(["sum", "count"])
        enc = (s["sum"] + PRIOR_W * prior) / (s["count"] + PRIOR_W)
        out[f"{key}_ctr"] = out[key].map(enc).fillna(prior)
    return out


for c in ["placement", "device", "os", "page_category", "user_age_bucket", "creative_format"]:
    df[c] = df[c].astype("category")

feats = [f"{k}_ctr" for k in ENC_KEYS] + [
         "placement", "device", "os", "page_category", "user_age_bucket", "creative_format",
         "hour", "day_of_week", "ad_position", "bid_cpm", "daily_budget_usd", "campaign_age_days",
         "user_prior_impr_30d", "user_prior_clicks_30d", "user_days_since_last_click", "user_sessions_7d"]

oof = np.zeros(len(df))
base = np.zeros(len(df))
for k, (tr, va) in enumerate(GroupKFold(5).split(df, groups=df["user_id"])):
    f_tr = df.iloc[tr]
    f_va = df.iloc[va]
    X_tr = add_ctr_encodings(f_tr, f_tr)
    X_va = add_ctr_encodings(f_tr, f_va)
    m = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.05, num_leaves=31,
                           min_child_samples=300, colsample_bytree=0.8, verbose=-1)
    m.fit(X_tr[feats], X_tr["clicked"])
    oof[va] = m.predict_proba(X_va[feats])[:, 1]
    base[va] = f_tr["clicked"].mean()
    print(k, round(roc_auc_score(f_va["clicked"], oof[va]), 4))

y = df["clicked"].values
print("OOF AUC     %.4f" % roc_auc_score(y, oof))
print("OOF logloss %.5f" % log_loss(y, oof))
print("baseline (constant ctr) logloss %.5f" % log_loss(y, base))
