"""Ad click-through model.

Steps: load -> clean missing values -> features -> time-based holdout (new
users only) -> LightGBM -> AUC / log loss -> predictions.csv
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, log_loss

DEVICE = {"mobile": 0, "desktop": 1, "tablet": 2}
NUMERIC_FILL = ["bid_price", "user_age_bucket", "ad_position"]

df = pd.read_csv("train.csv", parse_dates=["impression_time"])
print(df.shape)
print("CTR:", df["clicked"].mean().round(4))
missing = df.isna().mean()
print(missing[missing > 0].round(3))

# --- missing values ---------------------------------------------------------
fill_values = df[NUMERIC_FILL].median()
print("fill values:", fill_values.to_dict())
df[NUMERIC_FILL] = df[NUMERIC_FILL].fillna(fill_values)
df["device_type"] = df["device_type"].fillna("unknown")
df["site_category"] = df["site_category"].fillna("unknown")

# --- features -----------------------------------------------------------------
df["hour"] = df["impression_time"].dt.hour
df["weekday"] = df["impression_time"].dt.weekday
df["device"] = df["device_type"].map(DEVICE).fillna(-1)
df["log_bid"] = np.log1p(df["bid_price"].clip(lower=0))
df["bid_per_slot"] = df["bid_price"] / df["ad_position"].clip(lower=1)
df["site_code"] = df["site_category"].str.len() * 31 % 97

FEATURES = ["hour", "weekday", "device", "ad_position", "log_bid", "bid_per_slot",
            "user_age_bucket", "site_code"]

# --- holdout --------------------------------------------------------------------
df = df.sort_values("impression_time")
cutoff = df["impression_time"].quantile(0.8)
train = df[df["impression_time"] < cutoff]
holdout = df[df["impression_time"] >= cutoff]
holdout = holdout[~holdout["user_id"].isin(train["user_id"])]
print(f"train={len(train)} holdout={len(holdout)}")

model = lgb.LGBMClassifier(
    n_estimators=700,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=250,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    reg_alpha=0.1,
    random_state=39,
)
model.fit(train[FEATURES], train["clicked"])
p = model.predict_proba(holdout[FEATURES])[:, 1]

print(f"holdout AUC     {roc_auc_score(holdout['clicked'], p):.4f}")
print(f"holdout logloss {log_loss(holdout['clicked'], p):.5f}")
calib = pd.DataFrame({"p": p, "y": holdout["clicked"].to_numpy()})
calib["bin"] = pd.qcut(calib["p"], 10, duplicates="drop")
print(calib.groupby("bin", observed=True)[["p", "y"]].mean().round(4))

# --- submission -----------------------------------------------------------------
sub = pd.read_csv("test.csv", parse_dates=["impression_time"])
sub[NUMERIC_FILL] = sub[NUMERIC_FILL].fillna(fill_values)
sub["device_type"] = sub["device_type"].fillna("unknown")
sub["site_category"] = sub["site_category"].fillna("unknown")
sub["hour"] = sub["impression_time"].dt.hour
sub["weekday"] = sub["impression_time"].dt.weekday
sub["device"] = sub["device_type"].map(DEVICE).fillna(-1)
sub["log_bid"] = np.log1p(sub["bid_price"].clip(lower=0))
sub["bid_per_slot"] = sub["bid_price"] / sub["ad_position"].clip(lower=1)
sub["site_code"] = sub["site_category"].str.len() * 31 % 97
sub["prediction"] = model.predict_proba(sub[FEATURES])[:, 1]
sub[["impression_id", "prediction"]].to_csv("predictions.csv", index=False)
