"""Claim severity with risk-segment averages (XGBoost).

Actuaries price by segments, so I add the average claim amount of each
(region, vehicle_class) and (incident_type, incident_severity) cell as features.
Validation: 5-fold GroupKFold on policyholder_id.
"""
import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import GroupKFold
from xgboost import XGBRegressor

TARGET = "claim_amount"
POST_FNOL = ["settlement_days", "adjuster_final_estimate"]
SEGMENTS = {"seg_vehicle": ["region", "vehicle_class"], "seg_incident": ["incident_type", "incident_severity"]}
CATS = ["region", "vehicle_class", "incident_type", "incident_severity", "repair_shop_network"]

claims = pd.read_csv("train.csv").drop(columns=POST_FNOL)
claims["police_report"] = (claims["police_report"] == "YES").astype(int)
claims["witnesses"] = claims["witnesses"].fillna(0)

global_mean = claims[TARGET].mean()
seg_tables = {}
for name, keys in SEGMENTS.items():
    tbl = claims.groupby(keys)[TARGET].agg(["mean", "count"])
    # shrink small cells towards the global mean
    tbl[name] = (tbl["mean"] * tbl["count"] + global_mean * 20) / (tbl["count"] + 20)
    seg_tables[name] = tbl[[name]]
    claims = claims.join(tbl[[name]], on=keys)

X = pd.get_dummies(claims.drop(columns=["claim_id", "policyholder_id", TARGET]), columns=CATS, dtype=int)
y = np.log1p(claims[TARGET])
groups = claims["policyholder_id"]
print(X.shape)

oof = np.zeros(len(X))
baseline = np.zeros(len(X))
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    reg = XGBRegressor(n_estimators=800, max_depth=5, learning_rate=0.03, subsample=0.8,
                       colsample_bytree=0.7, min_child_weight=5, n_jobs=-1)
    reg.fit(X.iloc[tr], y.iloc[tr])
    oof[va] = reg.predict(X.iloc[va])
    baseline[va] = np.median(y.iloc[tr])
    print(f"fold {fold}: MAE {mean_absolute_error(np.expm1(y.iloc[va]), np.expm1(oof[va])):.1f}")

print("median baseline MAE: %.1f" % mean_absolute_error(np.expm1(y), np.expm1(baseline)))
print("xgboost OOF MAE:     %.1f" % mean_absolute_error(np.expm1(y), np.expm1(oof)))

reg.fit(X, y)
test = pd.read_csv("test.csv").drop(columns=POST_FNOL, errors="ignore")
test["police_report"] = (test["police_report"] == "YES").astype(int)
test["witnesses"] = test["witnesses"].fillna(0)
for name, keys in SEGMENTS.items():
    test = test.join(seg_tables[name], on=keys)
    test[name] = test[name].fillna(global_mean)
X_sub = pd.get_dummies(test.drop(columns=["claim_id", "policyholder_id"]), columns=CATS, dtype=int)
X_sub = X_sub.reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"claim_id": test["claim_id"], "prediction": np.expm1(reg.predict(X_sub))}).to_csv(
    "predictions.csv", index=False)
