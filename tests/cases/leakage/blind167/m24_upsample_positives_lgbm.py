# Churn snapshots take-home
# -------------------------
# Only ~5% of snapshots churn next month. Rather than class weights I rebalance
# by repeating churn rows, then train LightGBM. Holdout mimics test.csv:
# later months (Jul-Sep) and customers not present in the fitting months.

import json
import sys

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
ID = "snapshot_id"
DROP = [TARGET, ID, "customer_id", "snapshot_month",
        "retention_offer_accepted", "account_closed_date_known"]
POS_REPEAT = 8
CUT = "2024-07-01"


def prepare(path):
    d = pd.read_csv(path, parse_dates=["snapshot_month"])
    d["has_discount"] = d["has_discount"].astype(int)
    d["silent"] = (d["logins_30d"].fillna(0) == 0).astype(int)
    d["tickets_and_failures"] = d["support_tickets_30d"] + 2 * d["payment_failures_90d"]
    d["charge_per_tenure_month"] = d["monthly_charges"] / d["tenure_months"].clip(lower=1)
    return pd.get_dummies(d, columns=["plan", "region"], dtype=int)


df = prepare("train.csv")
test = prepare("test.csv")
print(f"{len(df)} rows, churn rate {df[TARGET].mean():.3%}", file=sys.stderr)

# rebalance: repeat every churn snapshot POS_REPEAT extra times
positives = df[df[TARGET] == 1]
df = pd.concat([df] + [positives] * POS_REPEAT, ignore_index=True)
print(f"after rebalancing: {len(df)} rows, churn rate {df[TARGET].mean():.3%}", file=sys.stderr)

FEATS = [c for c in df.columns if c not in DROP]
test = test.reindex(columns=[ID] + FEATS, fill_value=0)

fit = df[df["snapshot_month"] < CUT]
ev = df[(df["snapshot_month"] >= CUT) & ~df["customer_id"].isin(fit["customer_id"].unique())]

params = {"n_estimators": 350, "learning_rate": 0.05, "num_leaves": 31,
          "min_child_samples": 40, "colsample_bytree": 0.8, "random_state": 42, "verbose": -1}
model = lgb.LGBMClassifier(**params).fit(fit[FEATS], fit[TARGET])
baseline = DummyClassifier(strategy="most_frequent").fit(fit[FEATS], fit[TARGET])

p_model = model.predict_proba(ev[FEATS])[:, 1]
p_base = baseline.predict_proba(ev[FEATS])[:, 1]
auc, ap = roc_auc_score(ev[TARGET], p_model), average_precision_score(ev[TARGET], p_model)
print(f"baseline  auc={roc_auc_score(ev[TARGET], p_base):.3f}  ap={average_precision_score(ev[TARGET], p_base):.3f}")
print(f"lightgbm  auc={auc:.3f}  ap={ap:.3f}")

top_decile = ev.assign(score=p_model).nlargest(max(len(ev) // 10, 1), "score")
print(f"churn rate in top-scored 10% of holdout: {top_decile[TARGET].mean():.3f} "
      f"(overall {ev[TARGET].mean():.3f})")

final = lgb.LGBMClassifier(**params).fit(df[FEATS], df[TARGET])
test["prediction"] = final.predict_proba(test[FEATS])[:, 1]
test[[ID, "prediction"]].to_csv("predictions.csv", index=False)
json.dump({"roc_auc": round(auc, 4), "average_precision": round(ap, 4)}, open("metrics.json", "w"))
