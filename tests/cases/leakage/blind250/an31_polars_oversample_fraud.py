"""Card fraud - take-home submission.

3% fraud is too few positives for the trees to pick up the small merchant
categories, so I oversample fraud rows (x8, plain duplication - SMOTE on one-hot
columns makes weird synthetic rows).
"""
import polars as pl
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_score, recall_score

SEED = 2024
OVERSAMPLE = 8
CATS = ["merchant_category", "country", "device_type"]
NUMS = ["amount", "hour", "card_age_days", "distance_from_home_km", "n_tx_24h", "is_foreign"]

lf = (
    pl.scan_csv("train.csv")
    .select(["transaction_id", *CATS, *NUMS, "is_fraud"])
    .with_columns(pl.col(CATS).cast(pl.Categorical))
)
data = lf.collect()
print(data.group_by("is_fraud").len())

fraud = data.filter(pl.col("is_fraud") == 1)
boosted = pl.concat([data] + [fraud] * (OVERSAMPLE - 1)).sample(fraction=1.0, shuffle=True, seed=SEED)
print("after oversampling:", boosted.group_by("is_fraud").len().sort("is_fraud"))

train, valid = train_test_split(boosted, test_size=0.2, random_state=SEED, stratify=boosted["is_fraud"])


def xy(df: pl.DataFrame):
    pdf = df.select([*CATS, *NUMS, "is_fraud"]).to_pandas()
    return pdf[CATS + NUMS], pdf["is_fraud"]


X_tr, y_tr = xy(train)
X_va, y_va = xy(valid)

clf = HistGradientBoostingClassifier(categorical_features="from_dtype", max_iter=300,
                                     learning_rate=0.05, random_state=SEED)
clf.fit(X_tr, y_tr)
proba = clf.predict_proba(X_va)[:, 1]
pred = (proba >= 0.5).astype(int)

base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
base_proba = base.predict_proba(X_va)[:, 1]

print(f"dummy  PR-AUC {average_precision_score(y_va, base_proba):.3f}  ROC-AUC {roc_auc_score(y_va, base_proba):.3f}")
print(f"model  PR-AUC {average_precision_score(y_va, proba):.3f}  ROC-AUC {roc_auc_score(y_va, proba):.3f}")
print(f"model  precision {precision_score(y_va, pred):.3f}  recall {recall_score(y_va, pred):.3f}")
