# Churn next month - as-of customer history + LightGBM
#
# 1. Build an "as of" history table per customer (cumulative counts up to each snapshot).
# 2. Join it back with `merge_asof(..., allow_exact_matches=False)`, so each snapshot only sees
#    strictly earlier months.
# 3. Validate on Jul-Sep snapshots of 25% of customers held out entirely from training.

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupShuffleSplit
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

TARGET = "churned_next_month"
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]

snap = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
snap_test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
snap.head()

def history_table(df):
    h = df.sort_values(["customer_id", "snapshot_month"])[
        ["customer_id", "snapshot_month", "support_tickets_30d", "payment_failures_90d",
         "logins_30d", "days_since_last_login", "plan"]].copy()
    g = h.groupby("customer_id")
    h["hist_tickets_total"] = g["support_tickets_30d"].cumsum()
    h["hist_fail_max"] = g["payment_failures_90d"].cummax()
    h["hist_logins_min"] = g["logins_30d"].cummin()
    h["hist_idle_max"] = g["days_since_last_login"].cummax()
    h["hist_n_plans"] = (g["plan"].shift(1) != h["plan"]).groupby(h["customer_id"]).cumsum()
    h = h.rename(columns={"snapshot_month": "as_of"})
    return h[["customer_id", "as_of", "hist_tickets_total", "hist_fail_max",
              "hist_logins_min", "hist_idle_max", "hist_n_plans"]].sort_values("as_of")

def with_history(df):
    out = pd.merge_asof(df.sort_values("snapshot_month"), history_table(df),
                        left_on="snapshot_month", right_on="as_of", by="customer_id",
                        allow_exact_matches=False, direction="backward")
    out["months_since_as_of"] = (out["snapshot_month"] - out["as_of"]).dt.days // 28
    g = out.sort_values(["customer_id", "snapshot_month"]).groupby("customer_id")
    out["logins_mom"] = g["logins_30d"].diff()
    out["charges_mom"] = g["monthly_charges"].diff()
    for c in ["plan", "region"]:
        out[c] = out[c].astype("category")
    return out.drop(columns=["as_of"])

snap = with_history(snap)
snap_test = with_history(snap_test)
FEATS = [c for c in snap.columns if c not in ["snapshot_id", "customer_id", "snapshot_month", TARGET] + LEAKY]

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=5)
fit_idx, val_idx = next(gss.split(snap, groups=snap["customer_id"]))
cut = pd.Timestamp("2024-07-01")
fit_df = snap.iloc[fit_idx].loc[lambda d: d["snapshot_month"] < cut]
val_df = snap.iloc[val_idx].loc[lambda d: d["snapshot_month"] >= cut]
print(fit_df.shape, val_df.shape)

model = lgb.LGBMClassifier(n_estimators=700, learning_rate=0.02, num_leaves=24, min_child_samples=60,
                           colsample_bytree=0.7, subsample=0.8, subsample_freq=1, reg_lambda=2.0,
                           verbose=-1, random_state=5)
model.fit(fit_df[FEATS], fit_df[TARGET])
p = model.predict_proba(val_df[FEATS])[:, 1]
print("AUC   ", round(roc_auc_score(val_df[TARGET], p), 4))
print("AP    ", round(average_precision_score(val_df[TARGET], p), 4))
print("Brier ", round(brier_score_loss(val_df[TARGET], p), 5))
print("precision@top5%", round(val_df[TARGET][p >= np.quantile(p, 0.95)].mean(), 4))

p0 = DummyClassifier(strategy="prior").fit(fit_df[FEATS], fit_df[TARGET]).predict_proba(val_df[FEATS])[:, 1]
print("dummy prior  AP", round(average_precision_score(val_df[TARGET], p0), 4),
      " Brier", round(brier_score_loss(val_df[TARGET], p0), 5))

model.fit(snap[FEATS], snap[TARGET])
for c in ["plan", "region"]:
    snap_test[c] = pd.Categorical(snap_test[c], categories=snap[c].cat.categories)
pd.DataFrame({"snapshot_id": snap_test["snapshot_id"],
              "prediction": model.predict_proba(snap_test[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)
