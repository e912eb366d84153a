# fraud - autogluon, quick version
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score
from autogluon.tabular import TabularPredictor

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(df.shape, sub.shape)
print(df.is_fraud.value_counts())
print(df.head())

# not features: ids, timestamp, and chargeback_flag (only known weeks later)
DROP = ["transaction_id", "card_id", "timestamp", "chargeback_flag"]

df["amount_round"] = (df.amount % 1 == 0).astype(int)
sub["amount_round"] = (sub.amount % 1 == 0).astype(int)

train_df, test_df = train_test_split(df, test_size=0.2, stratify=df.is_fraud, random_state=5)

predictor = TabularPredictor(label="is_fraud", path="ag_fraud_quick").fit(
    train_df.drop(columns=DROP),
    presets="medium_quality",
    time_limit=600,
)
print("eval metric:", predictor.eval_metric)
print(predictor.leaderboard(silent=True)[["model", "score_val", "fit_time"]])

# held-out 20%
res = predictor.evaluate(test_df.drop(columns=DROP), auxiliary_metrics=False)
print(res)

pred = predictor.predict(test_df.drop(columns=DROP + ["is_fraud"]))
print("accuracy (by hand):", accuracy_score(test_df.is_fraud, pred))
print("baseline, call everything legit:", accuracy_score(test_df.is_fraud, np.zeros(len(test_df), dtype=int)))

proba = predictor.predict_proba(sub.drop(columns=[c for c in DROP if c in sub.columns]))[1]
pd.DataFrame({"transaction_id": sub.transaction_id, "prediction": proba.values}).to_csv("predictions.csv", index=False)
