"""E-mail campaign open prediction (cold-start users).

Send log: one row per (user, campaign send). We predict `opened` for the sends of the
last four weeks from user engagement history and campaign attributes.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score

sends = pd.read_csv("data/email_sends.csv")
sends["sent_at"] = pd.to_datetime(sends["sent_at"], utc=True)
sends = sends.sort_values(["sent_at", "user_id"]).reset_index(drop=True)
campaigns = pd.read_csv("data/campaigns.csv")
sends = sends.merge(campaigns, on="campaign_id", how="left")
print(sends.shape, sends["user_id"].nunique(), "users")
print("open rate", sends["opened"].mean().round(4))

# --- engagement history -------------------------------------------------------
by_user = sends.groupby("user_id")
sends["user_n_sends"] = by_user.cumcount()
sends["user_open_rate"] = by_user["opened"].transform(lambda s: s.shift(1).expanding().mean())
sends["user_clicks_so_far"] = by_user["clicked"].transform(lambda s: s.shift(1).fillna(0).cumsum())
sends["days_since_prev_send"] = by_user["sent_at"].diff().dt.total_seconds() / 86400
sends["days_since_signup"] = (sends["sent_at"] - pd.to_datetime(sends["signup_at"], utc=True)).dt.days

# --- campaign / timing ----------------------------------------------------------
sends["send_hour"] = sends["sent_at"].dt.hour
sends["send_dow"] = sends["sent_at"].dt.dayofweek
sends["subject_len"] = sends["subject"].str.len()
sends["subject_has_emoji"] = sends["subject"].str.contains(r"[\U0001F300-\U0001FAFF]", na=False).astype(int)
sends["subject_personalised"] = np.where(sends["subject"].str.contains("{first_name}", regex=False), 1, 0)
sends["is_promo"] = (sends["campaign_type"] == "promo").astype(int)

FEATURES = ["user_n_sends", "user_open_rate", "user_clicks_so_far", "days_since_prev_send",
            "days_since_signup", "send_hour", "send_dow", "subject_len", "subject_has_emoji",
            "subject_personalised", "is_promo", "device_mobile_share"]

cutoff = sends["sent_at"].max() - pd.Timedelta(days=28)
train = sends[sends["sent_at"] <= cutoff]
test = sends[sends["sent_at"] > cutoff]
# evaluate on users whose first send falls after the cutoff: no user is on both sides
seen = set(train["user_id"])
test = test[~test["user_id"].isin(seen)]
print(f"train {len(train)} sends up to {cutoff:%Y-%m-%d}, test {len(test)} sends of new users")

valid_cut = train["sent_at"].max() - pd.Timedelta(days=14)
fit_part = train[train["sent_at"] <= valid_cut]
valid_part = train[(train["sent_at"] > valid_cut) & ~train["user_id"].isin(set(fit_part["user_id"]))]

model = lgb.LGBMClassifier(n_estimators=3000, learning_rate=0.02, num_leaves=63,
                           min_child_samples=200, subsample=0.8, subsample_freq=1,
                           colsample_bytree=0.8, verbose=-1)
model.fit(fit_part[FEATURES], fit_part["opened"],
          eval_set=[(valid_part[FEATURES], valid_part["opened"])],
          callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])

p = model.predict_proba(test[FEATURES])[:, 1]
print(f"test AUC {roc_auc_score(test['opened'], p):.4f}  AP {average_precision_score(test['opened'], p):.4f}")
print(f"base-rate baseline AP {test['opened'].mean():.4f}")
print(pd.Series(model.feature_importances_, index=FEATURES).sort_values(ascending=False))
