"""Claim severity with risk-segment averages (XGBoost), fold-safe version.

Segment averages of claim_amount are recomputed inside every GroupKFold split
from the training policyholders only, then mapped onto the validation fold.
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


def fit_segments(frame, k=20):
    gm = frame[TARGET].mean()
    tables = {}
    for name, keys in SEGMENTS.items():
        tbl = frame.groupby(keys)[TARGET].agg(["mean", "count"])
        tbl[name] = (tbl["mean"] * tbl["count"] + gm * k) / (tbl["count"] + k)
        tables[name] = tbl[[name]]
    return tables, gm


def add_segments(frame, tables, gm):
    out = frame.copy()
    for name, keys in SEGMENTS.items():
        out = out.join(tables[name], on=keys)
        out[name] = out[name].fillna(gm)
    return out


def to_matrix(frame, columns=None):
    m = pd.get_dummies(frame.drop(columns=["claim_id", "policyholder_id", TARGET], errors="ignore"),
                       columns=CATS, dtype=int)
    return m if columns is None else m.reindex(columns=columns, fill_value=0)


claims = pd.read_csv("train.csv").drop(columns=POST_FNOL)
claims["police_report"] = (claims["police_report"] == "YES").astype(int)
claims["witnesses"] = claims["witnesses"].fillna(0)
y = np.log1p(claims[TARGET])
groups = claims["policyholder_id"]

oof = np.zeros(len(claims))
baseline = np.zeros(len(claims))
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(claims, y, groups)):
    tables, gm = fit_segments(claims.iloc[tr])
    X_tr = to_matrix(add_segments(claims.iloc[tr], tables, gm))
    X_va = to_matrix(add_segments(claims.iloc[va], tables, gm), X_tr.columns)
    reg = XGBRegressor(n_estimators=800, max_depth=5, learning_rate=0.03, subsample=0.8,
                       colsample_bytree=0.7, min_child_weight=5, n_jobs=-1)
    reg.fit(X_tr, y.iloc[tr])
    oof[va] = reg.predict(X_va)
    baseline[va] = np.median(y.iloc[tr])
    print(f"fold {fold}: MAE {mean_absolute_error(np.expm1(y.iloc[va]), np.expm1(oof[va])):.1f}")

print("median baseline MAE: %.1f" % mean_absolute_error(np.expm1(y), np.expm1(baseline)))
print("xgboost OOF MAE:     %.1f" % mean_absolute_error(np.expm1(y), np.expm1(oof)))

tables, gm = fit_segments(claims)
X_all = to_matrix(add_segments(claims, tables, gm))
reg.fit(X_all, y)
test = pd.read_csv("test.csv").drop(columns=POST_FNOL, errors="ignore")
test["police_report"] = (test["police_report"] == "YES").astype(int)
test["witnesses"] = test["witnesses"].fillna(0)
X_sub = to_matrix(add_segments(test, tables, gm), X_all.columns)
pd.DataFrame({"claim_id": test["claim_id"], "prediction": np.expm1(reg.predict(X_sub))}).to_csv(
    "predictions.csv", index=False)
