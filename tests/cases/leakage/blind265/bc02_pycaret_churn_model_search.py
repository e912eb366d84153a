# Churn take-home: PyCaret first pass, then a couple of checks by hand.
# train.csv = monthly customer snapshots, test.csv = later months (no labels)

import numpy as np
import pandas as pd
from pycaret.classification import (
    setup, compare_models, tune_model, predict_model, finalize_model, pull,
)
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

TARGET = "churned_next_month"

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(df.shape, sub.shape)
print("churn rate:", round(df[TARGET].mean(), 4))
print("months:", df.snapshot_month.min(), "->", df.snapshot_month.max())
print("customers:", df.customer_id.nunique())

# missing values
print(df.isna().mean().sort_values(ascending=False).head(8))

# churn by plan, just to see
print(df.groupby("plan")[TARGET].agg(["mean", "size"]))

# retention_offer_accepted / account_closed_date_known only get filled in once
# the customer is already on the way out -> exclude
LEAKY = ["retention_offer_accepted", "account_closed_date_known"]
IDS = ["snapshot_id", "customer_id", "snapshot_month"]

# --- validation design -------------------------------------------------------
# test.csv is later months and the same customers show up month after month.
# hold-out = last 3 months of train.csv, only customers never seen before them.
months = sorted(df.snapshot_month.unique())
test_months = months[-3:]
dev = (df[~df.snapshot_month.isin(test_months)]
       .sort_values("snapshot_month")
       .reset_index(drop=True))
holdout = df[df.snapshot_month.isin(test_months) & ~df.customer_id.isin(dev.customer_id)].reset_index(drop=True)
print("dev", dev.shape, "holdout", holdout.shape, "holdout churn", round(holdout[TARGET].mean(), 4))


class ForwardNewCustomerCV:
    """Expanding window over months. Each fold validates on one later month,
    keeping only customers that never appear in that fold's training rows."""

    def __init__(self, months_col, customers_col, val_months):
        self.m = np.asarray(months_col)
        self.c = np.asarray(customers_col)
        self.val_months = list(val_months)

    def get_n_splits(self, X=None, y=None, groups=None):
        return len(self.val_months)

    def split(self, X, y=None, groups=None):
        for vm in self.val_months:
            tr = np.where(self.m < vm)[0]
            seen = np.unique(self.c[tr])
            va = np.where((self.m == vm) & ~np.isin(self.c, seen))[0]
            yield tr, va


cv = ForwardNewCustomerCV(dev["snapshot_month"].values, dev["customer_id"].values, months[-6:-3])
for i, (a, b) in enumerate(cv.split(dev)):
    print(f"fold {i}: train {len(a)} rows up to {dev.snapshot_month.iloc[a].max()}, "
          f"valid {len(b)} rows in {dev.snapshot_month.iloc[b].iloc[0]}")

exp = setup(
    data=dev,
    test_data=holdout,
    target=TARGET,
    ignore_features=LEAKY + IDS,
    categorical_features=["plan", "region"],
    fold_strategy=cv,
    data_split_shuffle=False,
    fold_shuffle=False,
    normalize=True,
    session_id=42,
    verbose=False,
)

# dummy is in the list on purpose so I can see what "no skill" looks like
best = compare_models(
    include=["dummy", "lr", "rf", "et", "lightgbm", "xgboost"],
    sort="AUC",
)
lb = pull()
print(lb[["Model", "AUC", "Recall", "Prec.", "F1"]])
print("baseline (dummy) row:")
print(lb[lb["Model"].str.contains("Dummy")][["Model", "AUC", "Recall"]])

tuned = tune_model(best, optimize="AUC", n_iter=20)
print(pull())

# hold-out = the later months / new customers passed as test_data
hold = predict_model(tuned, raw_score=True)
y_h = hold[TARGET].astype(int)
p_h = hold["prediction_score_1"]
print("hold-out AUC   :", round(roc_auc_score(y_h, p_h), 4))
print("hold-out PR AUC:", round(average_precision_score(y_h, p_h), 4), "| base rate", round(y_h.mean(), 4))

# recall if the retention team calls the top 10% riskiest
thr = np.quantile(p_h, 0.9)
print("recall@top10%:", round(recall_score(y_h, (p_h >= thr).astype(int)), 3))

# retrain on everything and write the submission
final = finalize_model(tuned)
out = predict_model(final, data=sub, raw_score=True)
pd.DataFrame({"snapshot_id": sub["snapshot_id"], "prediction": out["prediction_score_1"]}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv", len(sub))
