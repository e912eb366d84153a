"""XGBoost churn model.

Split: customers are hashed into buckets; bucket 0-1 (20%) is the test
population, and only their Aug-Sep snapshots are scored. Bucket 2 (10%)
is a validation population (Aug-Sep) used for early stopping. The model is
trained on the remaining customers' Jan-Jul snapshots.
"""
import hashlib
import logging

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
log = logging.getLogger("churn")

TARGET = "churned_next_month"
FEATURES = ["tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d",
            "days_since_last_login", "plan_code", "region_code"]
PLAN_CODES = {"basic": 0, "standard": 1, "premium": 2}
REGION_CODES = {"north": 0, "south": 1, "east": 2, "west": 3, "central": 4}


def bucket(customer_id) -> int:
    return int(hashlib.md5(str(customer_id).encode()).hexdigest(), 16) % 10


def featurize(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["ym"] = df["snapshot_month"].astype(str).str[:7]
    df["plan_code"] = df["plan"].map(PLAN_CODES).fillna(-1)
    df["region_code"] = df["region"].str.lower().map(REGION_CODES).fillna(-1)
    df["bucket"] = df["customer_id"].map(bucket)
    return df


train = featurize(pd.read_csv("train.csv"))
test_file = featurize(pd.read_csv("test.csv"))

is_test_customer = train["bucket"] < 2
is_valid_customer = train["bucket"] == 2
tr = train[~is_test_customer & ~is_valid_customer & (train["ym"] <= "2024-07")]
va = train[is_valid_customer & (train["ym"] >= "2024-08")]
te = train[is_test_customer & (train["ym"] >= "2024-08")]
log.info("train %d rows / valid %d rows / test %d rows", len(tr), len(va), len(te))

X_tr, y_tr = tr[FEATURES], tr[TARGET]
X_va, y_va = va[FEATURES], va[TARGET]
X_te, y_te = te[FEATURES], te[TARGET]

model = xgb.XGBClassifier(
    n_estimators=3000,
    learning_rate=0.02,
    max_depth=5,
    min_child_weight=4,
    subsample=0.8,
    colsample_bytree=0.7,
    reg_lambda=2.0,
    tree_method="hist",
    eval_metric="aucpr",
    early_stopping_rounds=150,
    random_state=3,
)
model.fit(X_tr, y_tr, eval_set=[(X_va, y_va)], verbose=250)
log.info("best iteration %s", model.best_iteration)

p_te = model.predict_proba(X_te)[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_te)[:, 1]

log.info("test  dummy   roc_auc=%.4f pr_auc=%.4f", roc_auc_score(y_te, p_dummy), average_precision_score(y_te, p_dummy))
log.info("test  xgboost roc_auc=%.4f pr_auc=%.4f", roc_auc_score(y_te, p_te), average_precision_score(y_te, p_te))

n_trees = model.best_iteration + 1
final = xgb.XGBClassifier(
    n_estimators=n_trees,
    learning_rate=0.02,
    max_depth=5,
    min_child_weight=4,
    subsample=0.8,
    colsample_bytree=0.7,
    reg_lambda=2.0,
    tree_method="hist",
    random_state=3,
)
final.fit(train[FEATURES], train[TARGET])
pred = final.predict_proba(test_file[FEATURES])[:, 1]
pd.DataFrame({"snapshot_id": test_file["snapshot_id"], "prediction": np.clip(pred, 0.0, 1.0)}).to_csv(
    "predictions.csv", index=False
)
log.info("predictions written (%d rows)", len(pred))
