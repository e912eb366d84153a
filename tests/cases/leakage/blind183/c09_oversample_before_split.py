# churn snapshots -- xgb with oversampling, v3
# churn is ~5% so the model needs more positives to learn from

import numpy as np
import pandas as pd
import xgboost as xgb
from imblearn.over_sampling import RandomOverSampler
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

SEED = 2024
TARGET = "churned_next_month"
FEATS = [
    "tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d",
    "days_since_last_login",
]

train = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

# one-hot the two categoricals, align test to train columns
train = pd.get_dummies(train, columns=["plan", "region"], dtype=int)
test = pd.get_dummies(test, columns=["plan", "region"], dtype=int)
DUMMIES = [c for c in train.columns if c.startswith(("plan_", "region_"))]
test = test.reindex(columns=[c for c in test.columns if not c.startswith(("plan_", "region_"))] + DUMMIES, fill_value=0)
FEATS = FEATS + DUMMIES

print("raw churn rate:", train[TARGET].mean())

# ---- oversample churners to 1:4 -------------------------------------------
ros = RandomOverSampler(sampling_strategy=0.25, random_state=SEED)
train_bal, _ = ros.fit_resample(train, train[TARGET])
print("after oversampling:", train_bal.shape, train_bal[TARGET].mean())

# ---- validation: held-out customers, Jul-Sep only ------------------------------
rng = np.random.default_rng(SEED)
cust = train["customer_id"].unique()
val_cust = rng.choice(cust, size=len(cust) // 5, replace=False)


def split(frame):
    in_val = frame["customer_id"].isin(val_cust)
    late = frame["snapshot_month"] >= "2024-07-01"
    return frame[~in_val & ~late], frame[in_val & late]


trn, val = split(train_bal)
print("trn", trn.shape, "val", val.shape)

clf = xgb.XGBClassifier(
    n_estimators=400,
    max_depth=4,
    learning_rate=0.05,
    subsample=0.8,
    colsample_bytree=0.8,
    eval_metric="auc",
    random_state=SEED,
)
clf.fit(trn[FEATS], trn[TARGET])
p = clf.predict_proba(val[FEATS])[:, 1]

dummy = DummyClassifier(strategy="stratified", random_state=SEED).fit(trn[FEATS], trn[TARGET])
p0 = dummy.predict_proba(val[FEATS])[:, 1]

print(f"baseline: AUC={roc_auc_score(val[TARGET], p0):.4f} AP={average_precision_score(val[TARGET], p0):.4f}")
print(f"xgb     : AUC={roc_auc_score(val[TARGET], p):.4f} AP={average_precision_score(val[TARGET], p):.4f}")

imp = pd.Series(clf.feature_importances_, index=FEATS).sort_values(ascending=False)
print(imp)

# ---- final model on all (oversampled) training rows ------------------------------
final = xgb.XGBClassifier(**clf.get_params())
final.fit(train_bal[FEATS], train_bal[TARGET])
pd.DataFrame({
    "snapshot_id": test["snapshot_id"],
    "prediction": final.predict_proba(test[FEATS])[:, 1],
}).to_csv("predictions.csv", index=False)
print("done")
