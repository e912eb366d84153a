"""Fraud model - polars for the data wrangling, scikit-learn for the model."""
import json

import numpy as np
import polars as pl
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
DUP_FACTOR = 5
NUMERIC = ["amount", "hour", "card_present", "distance_from_home_km",
           "txn_count_24h", "country_mismatch", "card_age_days"]

train = pl.read_csv("train.csv")
test = pl.read_csv("test.csv")
print(train.shape, test.shape)
print(train.null_count())
print(train.group_by("merchant_category").agg(pl.col(TARGET).mean().alias("fraud_rate"), pl.len()).sort("fraud_rate"))


def clean(df: pl.DataFrame, medians: dict) -> pl.DataFrame:
    return df.with_columns(
        [pl.col(c).fill_null(medians[c]) for c in ("distance_from_home_km", "card_age_days")]
    ).with_columns(
        pl.col("amount").log1p().alias("log_amount"),
        (pl.col("hour") < 6).cast(pl.Int8).alias("night"),
        (pl.col("txn_count_24h") > 10).cast(pl.Int8).alias("burst"),
    ).to_dummies(columns=["merchant_category"])


medians = {c: train[c].median() for c in ("distance_from_home_km", "card_age_days")}
train = clean(train, medians)
test = clean(test, medians)

features = [c for c in train.columns if c not in (TARGET, ID, *task.get("leaky_columns", []))]
print(features)

# fraud is 3% -> repeat fraud rows so trees see enough of them
fraud = train.filter(pl.col(TARGET) == 1)
train_up = pl.concat([train] + [fraud] * (DUP_FACTOR - 1))
print("fraud share after duplication:", round(train_up[TARGET].mean(), 3))

X = train_up.select(features).to_numpy()
y = train_up[TARGET].to_numpy()
X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, stratify=y, random_state=4)

et = ExtraTreesClassifier(n_estimators=500, min_samples_leaf=3, max_features=0.6, n_jobs=-1, random_state=4)
et.fit(X_tr, y_tr)
base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

for name, m in (("baseline", base), ("extra trees", et)):
    p = m.predict_proba(X_va)[:, 1]
    print(f"{name:12s} ROC AUC {roc_auc_score(y_va, p):.4f}   PR AUC {average_precision_score(y_va, p):.4f}")

order = np.argsort(et.feature_importances_)[::-1][:10]
for i in order:
    print(f"  {features[i]:35s} {et.feature_importances_[i]:.4f}")

et.fit(X, y)
for c in features:
    if c not in test.columns:
        test = test.with_columns(pl.lit(0).alias(c))
pl.DataFrame({ID: test[ID], "prediction": et.predict_proba(test.select(features).to_numpy())[:, 1]}) \
    .write_csv("predictions.csv")
