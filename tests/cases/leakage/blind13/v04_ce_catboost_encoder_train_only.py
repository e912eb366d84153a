#!/usr/bin/env python
"""Ad click-through model: CatBoostEncoder + HistGradientBoosting.

The raw log has a handful of very high-cardinality string columns (site, app,
device model). Ordered target statistics from category_encoders are used for
those and the rest is kept numeric.
"""
import argparse

import category_encoders as ce
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import train_test_split

parser = argparse.ArgumentParser()
parser.add_argument("--data", default="data/ctr_sample.parquet")
parser.add_argument("--sigma", type=float, default=0.05)
args = parser.parse_args()

df = pd.read_parquet(args.data)
print(df.shape, "ctr=%.4f" % df["click"].mean())

HIGH_CARD = ["site_id", "site_domain", "app_id", "app_domain", "device_model"]
LOW_CARD = ["banner_pos", "device_type", "device_conn_type", "C15", "C16"]
NUMERIC = ["C14", "C17", "C18", "C19", "C20", "C21"]

# hour is YYMMDDHH in the raw dump
df["hour_of_day"] = df["hour"].astype(str).str[-2:].astype(int)

for c in HIGH_CARD + LOW_CARD:
    df[c] = df[c].astype(str)

features = HIGH_CARD + LOW_CARD + NUMERIC + ["hour_of_day"]
X_train, X_test, y_train, y_test = train_test_split(
    df[features], df["click"], test_size=0.2, random_state=0, stratify=df["click"]
)

encoder = ce.CatBoostEncoder(cols=HIGH_CARD + LOW_CARD, sigma=args.sigma, random_state=0)
X_train_enc = encoder.fit_transform(X_train, y_train)
X_test_enc = encoder.transform(X_test)

model = HistGradientBoostingClassifier(
    max_iter=300,
    learning_rate=0.08,
    max_leaf_nodes=63,
    l2_regularization=1.0,
    random_state=0,
)
model.fit(X_train_enc, y_train)

p = model.predict_proba(X_test_enc)[:, 1]
print(f"test logloss {log_loss(y_test, p):.5f}")
print(f"test auc     {roc_auc_score(y_test, p):.5f}")

# calibration check by decile
dec = pd.qcut(p, 10, labels=False, duplicates="drop")
print(pd.DataFrame({"pred": p, "y": y_test.values, "dec": dec}).groupby("dec").mean())
