"""Adherence take-home - xgboost version.

Each member has up to 24 monthly rows and the scoring file is members who enrolled
later, so validation = members whose first month is after the cutoff, train = all
rows before the cutoff. Nobody is on both sides and train is strictly earlier.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, log_loss, brier_score_loss

LEAKY = ["pdc_month", "days_covered_month", "refills_in_month"]   # measured during the month we predict

df = pd.read_csv("train.csv")
df["month"] = pd.to_datetime(df["month"])
df = df.sort_values(["member_id", "month"])
print(df.groupby("member_id").size().describe())

# lagged / trend features strictly from earlier months of the same member
g = df.groupby("member_id")
df["on_hand_prev"] = g["days_on_hand_start"].shift(1)
df["on_hand_trend"] = df["days_on_hand_start"] - df["on_hand_prev"]
df["copay_prev"] = g["copay_30d"].shift(1)
df["fills_rolling3"] = g["fills_prev_month"].transform(lambda s: s.rolling(3, min_periods=1).mean())
df["month_of_year"] = df["month"].dt.month           # Q1 deductible reset
df["is_q1"] = df["month_of_year"].isin([1, 2, 3]).astype(int)

for c in ["plan_type", "lis_status", "drug_class", "pharmacy_type", "gender"]:
    df[c] = df[c].astype("category")

features = [c for c in df.columns if c not in LEAKY + ["adherent", "member_month_id", "member_id", "month"]]
print(len(features), "features")

cutoff = pd.Timestamp("2023-09-01")
first_month = df.groupby("member_id")["month"].transform("min")
dtr = df[df["month"] < cutoff]
dva = df[first_month >= cutoff]
assert not set(dtr.member_id) & set(dva.member_id)
print("train rows", len(dtr), "valid rows", len(dva), "valid members", dva.member_id.nunique())

model = xgb.XGBClassifier(n_estimators=500, max_depth=5, learning_rate=0.05,
                          subsample=0.8, colsample_bytree=0.8,
                          enable_categorical=True, tree_method="hist", random_state=5)
model.fit(dtr[features], dtr["adherent"])
p = model.predict_proba(dva[features])[:, 1]

# baseline: last quarter's PDC >= 0.8 -> predict adherent
rule = (dva["pdc_prev_3m"].fillna(0) >= 0.8).astype(float)
prior = np.full(len(dva), dtr["adherent"].mean())

print("rule  auc", round(roc_auc_score(dva["adherent"], rule), 4))
print("prior logloss", round(log_loss(dva["adherent"], prior), 4))
print("xgb   auc", round(roc_auc_score(dva["adherent"], p), 4),
      "logloss", round(log_loss(dva["adherent"], p), 4),
      "brier", round(brier_score_loss(dva["adherent"], p), 4))
