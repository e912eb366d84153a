"""Churn take-home - gradient boosting with minority oversampling.

Churners are ~5% of snapshots, so I upsample them in the training part.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.utils import resample
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

SEED = 17
Y = "churned_next_month"
CAT_COLS = ["plan", "region", "contract_type", "payment_method"]
NUM_COLS = ["monthly_charges", "tenure_months", "logins_30d", "support_tickets_30d",
            "payment_failures_90d", "discount_pct", "autopay"]
COLS = CAT_COLS + NUM_COLS

data = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(data.shape, test.shape)
print(data[Y].value_counts())
print(data.groupby("contract_type")[Y].mean())

for c in CAT_COLS:
    data[c] = data[c].astype("category")
    test[c] = pd.Categorical(test[c], categories=data[c].cat.categories)



def upsample(frame, seed=SEED):
    """Upsample churners to 1/3 of the majority class."""
    majority = frame[frame[Y] == 0]
    minority = frame[frame[Y] == 1]
    minority_up = resample(minority, replace=True, n_samples=len(majority) // 3, random_state=seed)
    return pd.concat([majority, minority_up]).sample(frac=1.0, random_state=seed).reset_index(drop=True)


# time split: fit Jan-Jun, validate Jul-Sep on customers not present in Jan-Jun
early = data["snapshot_month"] < "2024-07"
first_half_customers = data.loc[early, "customer_id"].unique()
late_new = (~early) & (~data["customer_id"].isin(first_half_customers))
tr, va = upsample(data[early]), data[late_new]
print("after upsampling:", tr[Y].value_counts().to_dict())
print("train", tr.shape, "valid", va.shape)

dummy = DummyClassifier(strategy="prior").fit(tr[COLS], tr[Y])
print("dummy AUC:", roc_auc_score(va[Y], dummy.predict_proba(va[COLS])[:, 1]))

model = LGBMClassifier(
    n_estimators=800, learning_rate=0.03, num_leaves=40, min_child_samples=30,
    subsample=0.8, subsample_freq=1, colsample_bytree=0.75, random_state=SEED, verbose=-1,
)
model.fit(tr[COLS], tr[Y])
proba = model.predict_proba(va[COLS])[:, 1]
print("LGBM AUC:", round(roc_auc_score(va[Y], proba), 4))
print("LGBM AP :", round(average_precision_score(va[Y], proba), 4))
print(classification_report(va[Y], (proba > 0.5).astype(int), digits=3))

# final model on all labelled months, upsampled the same way
balanced = upsample(data)
final = LGBMClassifier(**model.get_params()).fit(balanced[COLS], balanced[Y])
pd.DataFrame({
    "snapshot_id": test["snapshot_id"],
    "prediction": final.predict_proba(test[COLS])[:, 1],
}).to_csv("predictions.csv", index=False)
print("predictions.csv written")
