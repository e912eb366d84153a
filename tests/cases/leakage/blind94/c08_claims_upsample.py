"""Insurance claim classifier.

Claims are rare (~10%), so the positive class is upsampled to a 1:2 ratio before training.
"""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import average_precision_score, roc_auc_score, classification_report
from sklearn.model_selection import GroupShuffleSplit
from sklearn.utils import resample

TARGET = "claim"
CAT_COLS = ["vehicle_group", "region", "coverage_type", "payment_method"]
LEAKY = ["claim_amount", "claim_status"]

df = pd.read_csv("train.csv").drop(columns=LEAKY)
test = pd.read_csv("test.csv").drop(columns=LEAKY, errors="ignore")

for frame in (df, test):
    for c in CAT_COLS:
        frame[c] = frame[c].fillna("missing").astype(str)
    frame["young_driver"] = (frame["age"] < 25).astype(int)
    frame["vehicle_age_sq"] = frame["vehicle_age"] ** 2

pos = df[df[TARGET] == 1]
neg = df[df[TARGET] == 0]
pos_up = resample(pos, replace=True, n_samples=len(neg) // 2, random_state=0)
balanced = pd.concat([neg, pos_up]).sample(frac=1.0, random_state=0).reset_index(drop=True)
print("after upsampling:", balanced[TARGET].value_counts().to_dict())

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
tr_idx, va_idx = next(gss.split(balanced, groups=balanced["policyholder_id"]))
tr, va = balanced.iloc[tr_idx], balanced.iloc[va_idx]

features = [c for c in df.columns if c not in ["row_id", "policyholder_id", TARGET]]
train_pool = Pool(tr[features], tr[TARGET], cat_features=CAT_COLS)
valid_pool = Pool(va[features], va[TARGET], cat_features=CAT_COLS)

model = CatBoostClassifier(
    iterations=1500,
    learning_rate=0.05,
    depth=6,
    eval_metric="AUC",
    random_seed=0,
    verbose=300,
)
model.fit(train_pool)

p = model.predict_proba(valid_pool)[:, 1]
print("ROC AUC:", round(roc_auc_score(va[TARGET], p), 4))
print("PR AUC:", round(average_precision_score(va[TARGET], p), 4))
print(classification_report(va[TARGET], (p > 0.5).astype(int), digits=3))

test_pool = Pool(test[features], cat_features=CAT_COLS)
pd.DataFrame({"row_id": test["row_id"], "prediction": model.predict_proba(test_pool)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
