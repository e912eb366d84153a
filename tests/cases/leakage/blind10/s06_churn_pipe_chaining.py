"""Churn model, written as a chain of small frame -> frame steps."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
EXCLUDE = {TARGET, "snapshot_id", "customer_id", "snapshot_month", "retention_offer_accepted"}


def parse_dates(d):
    return d.assign(snapshot_month=lambda x: pd.to_datetime(x["snapshot_month"]))


def add_history(d):
    return (
        d.sort_values(["customer_id", "snapshot_month"])
        .assign(
            logins_prev=lambda x: x.groupby("customer_id")["logins_30d"].shift(1),
            charges_prev=lambda x: x.groupby("customer_id")["monthly_charges"].shift(1),
        )
        .assign(
            logins_drop=lambda x: (x["logins_prev"] - x["logins_30d"]).clip(lower=0),
            charge_change=lambda x: x["monthly_charges"] - x["charges_prev"],
        )
    )


def encode(d):
    return d.assign(**{c: lambda x, c=c: x[c].astype("category")
                       for c in ["plan", "region", "contract_type"]})


train = pd.read_csv("train.csv").pipe(parse_dates).pipe(add_history).pipe(encode)
test = pd.read_csv("test.csv").pipe(parse_dates)

print(train.describe(include="all").T.head(20))
print(train.query("churned_next_month == 1").eval("monthly_charges / (tenure_months + 1)").describe())

features = [c for c in train.columns if c not in EXCLUDE]
print("features:", features)

cut = train["snapshot_month"].quantile(0.8)
fit_part = train.query("snapshot_month < @cut")
eval_part = train.query("snapshot_month >= @cut and customer_id not in @fit_part.customer_id")
print(len(fit_part), len(eval_part), eval_part[TARGET].mean())

params = dict(objective="binary", learning_rate=0.03, num_leaves=31,
              min_child_samples=50, subsample=0.8, subsample_freq=1,
              colsample_bytree=0.8, scale_pos_weight=10, verbose=-1)

model = lgb.LGBMClassifier(n_estimators=400, **params)
model.fit(fit_part[features], fit_part[TARGET])

scores = model.predict_proba(eval_part[features])[:, 1]
print("ROC-AUC", round(roc_auc_score(eval_part[TARGET], scores), 4))
print("PR-AUC ", round(average_precision_score(eval_part[TARGET], scores), 4))

final = lgb.LGBMClassifier(n_estimators=400, **params).fit(train[features], train[TARGET])

both = (
    pd.concat([train.drop(columns=[TARGET]), test], ignore_index=True)
    .pipe(parse_dates)
    .pipe(add_history)
    .pipe(encode)
)
test_rows = both[both["snapshot_id"].isin(test["snapshot_id"])]
(
    test_rows[["snapshot_id"]]
    .assign(prediction=final.predict_proba(test_rows[features])[:, 1])
    .to_csv("predictions.csv", index=False)
)
