# ------------------------------------------------------------
# Complaints next week, per account -- random forest regressor
# ------------------------------------------------------------
# Notes to self:
#  * network quality columns (avg_speed_mbps, dropped_calls) have gaps when the
#    probe data did not arrive for an account's cell that week
#  * test = last quarter of weeks, no shuffling
import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score

df = pd.read_csv("train.csv", parse_dates=["week_start"])
df = df.sort_values(["account_id", "week_start"]).reset_index(drop=True)
print(df.isna().mean().sort_values(ascending=False).head(8))

# --- fill the probe gaps within each account
probe_cols = ["avg_speed_mbps", "dropped_calls", "outage_hours_area"]
df[probe_cols] = df.groupby("account_id")[probe_cols].bfill()
df[probe_cols] = df[probe_cols].fillna(0)

# --- history features
acct = df.groupby("account_id")
df["complaints_prev"] = acct["complaints_this_week"].shift(1)
df["complaints_sum4"] = acct["complaints_this_week"].transform(lambda s: s.shift(1).rolling(4, min_periods=1).sum())
df["contacts_sum4"] = acct["care_contacts"].transform(lambda s: s.shift(1).rolling(4, min_periods=1).sum())
df["speed_drop"] = acct["avg_speed_mbps"].diff()
df["dropped_prev"] = acct["dropped_calls"].shift(1)
df["bill_shock_flag"] = df["bill_shock_flag"].astype(int)
df["premium"] = (df["plan_tier"] == "premium").astype(int)
df["month"] = df["week_start"].dt.month

FEATURES = ["tenure_months", "monthly_bill", "data_usage_gb", "dropped_calls", "outage_hours_area",
            "avg_speed_mbps", "care_contacts", "complaints_this_week", "bill_shock_flag", "premium",
            "month", "complaints_prev", "complaints_sum4", "contacts_sum4", "speed_drop", "dropped_prev"]
TARGET = "complaints_next_week"
df[FEATURES] = df[FEATURES].fillna(0)

cut = pd.Timestamp("2023-10-01")
tr, te = df[df.week_start < cut], df[df.week_start >= cut]
print(f"train weeks: {tr.week_start.nunique()}  test weeks: {te.week_start.nunique()}")

rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=30, max_features=0.5,
                           n_jobs=-1, random_state=0)
rf.fit(tr[FEATURES], tr[TARGET])
pred = rf.predict(te[FEATURES])

# baselines
pred_naive = te["complaints_this_week"]
pred_hist = te["complaints_sum4"] / 4

print("RF        MAE %.4f  R2 %.3f" % (mean_absolute_error(te[TARGET], pred), r2_score(te[TARGET], pred)))
print("naive     MAE %.4f" % mean_absolute_error(te[TARGET], pred_naive))
print("4wk avg   MAE %.4f" % mean_absolute_error(te[TARGET], pred_hist))
print(pd.Series(rf.feature_importances_, FEATURES).sort_values(ascending=False).head(8))
