#!/usr/bin/env python3
"""ATO detection: wide feature set -> tree-based feature selection -> boosting.

Evaluation window: logins after the 75% time quantile from accounts absent from training.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier, HistGradientBoostingClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.metrics import average_precision_score, roc_auc_score

CATS = ["src_country", "mfa_method", "user_agent_family", "auth_protocol"]
NUMS = ["is_new_device", "is_new_country", "hour", "failed_attempts_1h", "geo_velocity_kmh", "asn"]


def wide_features(df):
    out = df[NUMS].copy()
    out["asn"] = out["asn"].fillna(-1)
    out["geo_velocity_kmh"] = out["geo_velocity_kmh"].fillna(0)
    out["dow"] = df["login_time"].dt.dayofweek
    out["night"] = df["hour"].between(0, 5).astype(int)
    out["new_dev_and_country"] = df["is_new_device"] * df["is_new_country"]
    dummies = pd.get_dummies(df[CATS].fillna("NA"), prefix=CATS, dtype=int)
    return pd.concat([out, dummies], axis=1)


df = pd.read_csv("train.csv", parse_dates=["login_time"]).sort_values("login_time").reset_index(drop=True)
X_wide = wide_features(df)
y = df["is_takeover"]
print("wide feature matrix:", X_wide.shape)

selector = SelectFromModel(
    ExtraTreesClassifier(n_estimators=300, class_weight="balanced", n_jobs=-1, random_state=0),
    threshold="1.5*median",
)
selector.fit(X_wide, y)
keep = X_wide.columns[selector.get_support()]
print(f"kept {len(keep)} of {X_wide.shape[1]} features")
print(list(keep))

cut = df["login_time"].quantile(0.75)
tr = df["login_time"] < cut
ev = (df["login_time"] >= cut) & ~df["user_id"].isin(df.loc[tr, "user_id"])
X_tr, y_tr = X_wide.loc[tr, keep], y[tr]
X_ev, y_ev = X_wide.loc[ev, keep], y[ev]
print(f"train {tr.sum()} rows, eval {ev.sum()} rows ({y_ev.sum()} ATO)")

hgb = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, class_weight="balanced", random_state=0)
hgb.fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

for name, m in [("dummy", dummy), ("hgb", hgb)]:
    p = m.predict_proba(X_ev)[:, 1]
    print(f"{name:6s} AP={average_precision_score(y_ev, p):.4f} AUC={roc_auc_score(y_ev, p):.4f}")

hgb.fit(X_wide[keep], y)
test = pd.read_csv("test.csv", parse_dates=["login_time"])
X_test = wide_features(test).reindex(columns=X_wide.columns, fill_value=0)[keep]
pd.DataFrame({"login_id": test["login_id"], "prediction": hgb.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
