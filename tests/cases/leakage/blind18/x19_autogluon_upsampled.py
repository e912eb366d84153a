#!/usr/bin/env python
"""Insurance cross-sell (vehicle insurance interest) with AutoGluon.

Only ~12% positives; AutoGluon was ignoring them, so upsample positives to 50/50 first.
"""
import pandas as pd
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from autogluon.tabular import TabularPredictor

LABEL = "Response"

df = pd.read_csv("health_insurance_cross_sell.csv")
df = df.drop(columns=["id"])
print(df.shape)
print(df[LABEL].value_counts(normalize=True))

# a couple of cheap features
df["young_driver"] = (df["Age"] < 25).astype(int)
df["premium_per_day"] = df["Annual_Premium"] / 365.0

neg = df[df[LABEL] == 0]
pos = df[df[LABEL] == 1]
pos_up = resample(pos, replace=True, n_samples=len(neg), random_state=0)
balanced = pd.concat([neg, pos_up]).sample(frac=1.0, random_state=0).reset_index(drop=True)
print("after upsampling:", balanced[LABEL].value_counts().to_dict())

train, test = train_test_split(balanced, test_size=0.2, stratify=balanced[LABEL], random_state=0)

predictor = TabularPredictor(label=LABEL, eval_metric="roc_auc", path="ag_crosssell").fit(
    train,
    presets="good_quality",
    time_limit=1800,
)

print(predictor.leaderboard(silent=True).head(10))

scores = predictor.evaluate(test, auxiliary_metrics=True)
for k, v in scores.items():
    print(f"{k:20s} {v:.4f}")

fi = predictor.feature_importance(test.sample(5000, random_state=0))
print(fi.head(10))
