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

exp = setup(
    data=df,
    target=TARGET,
    ignore_features=LEAKY + IDS,
    categorical_features=["plan", "region"],
    train_size=0.8,
    fold=5,
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

# hold-out set that pycaret kept aside in setup()
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
