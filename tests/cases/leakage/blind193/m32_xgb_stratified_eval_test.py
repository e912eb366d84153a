"""XGBoost churn model.

Steps: clean -> encode -> stratified split -> xgboost with early stopping -> report -> predict.
"""
import json

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 2024
TARGET = "churned_next_month"
NOT_FEATURES = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
                "retention_offer_accepted", "account_closed_date_known"]


def clean(df):
    df = df.copy()
    df["days_since_last_login"] = df["days_since_last_login"].fillna(-1)
    df["monthly_spend"] = df["monthly_spend"].clip(lower=0)
    df["month_of_year"] = pd.to_datetime(df["snapshot_month"]).dt.month
    df = pd.get_dummies(df, columns=["plan", "region"], dtype=np.int8)
    return df


train = clean(pd.read_csv("train.csv"))
test = clean(pd.read_csv("test.csv"))
features = [c for c in train.columns if c not in NOT_FEATURES]
test = test.reindex(columns=train.columns.drop(TARGET), fill_value=0)

X_train, X_test, y_train, y_test = train_test_split(
    train[features], train[TARGET], test_size=0.2, stratify=train[TARGET], random_state=SEED
)
print("train:", X_train.shape, "test:", X_test.shape)

spw = (y_train == 0).sum() / max((y_train == 1).sum(), 1)
model = xgb.XGBClassifier(
    n_estimators=5000,
    learning_rate=0.02,
    max_depth=5,
    min_child_weight=5,
    subsample=0.8,
    colsample_bytree=0.7,
    scale_pos_weight=spw,
    eval_metric="aucpr",
    early_stopping_rounds=200,
    random_state=SEED,
    n_jobs=-1,
)
model.fit(X_train, y_train, eval_set=[(X_train, y_train), (X_test, y_test)], verbose=250)
print("best iteration:", model.best_iteration)

proba = model.predict_proba(X_test)[:, 1]
metrics = {
    "roc_auc": float(roc_auc_score(y_test, proba)),
    "average_precision": float(average_precision_score(y_test, proba)),
    "f1": float(f1_score(y_test, proba > 0.5)),
}
print(json.dumps(metrics, indent=2))
with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": round(metrics["roc_auc"], 4)}, fh)

booster = model.get_booster()
gain = booster.get_score(importance_type="gain")
for name, val in sorted(gain.items(), key=lambda kv: -kv[1])[:10]:
    print(f"{name:30s} {val:10.2f}")

# refit on the full training data with the tuned number of trees
final = xgb.XGBClassifier(
    n_estimators=model.best_iteration + 1,
    learning_rate=0.02,
    max_depth=5,
    min_child_weight=5,
    subsample=0.8,
    colsample_bytree=0.7,
    scale_pos_weight=spw,
    random_state=SEED,
    n_jobs=-1,
)
final.fit(train[features], train[TARGET])
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)
