# -----------------------------------------------------------------------------
# Avazu click-through rate model
# requirements: pandas, numpy, category_encoders, scikit-learn
# run:          python y15_ctr_target_encoding_all_rows.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - the 1M-row sample is drawn uniformly from the 40M-row competition file
#   - metrics go to stdout; artefacts to results/y15_ctr_target_encoding_all_rows.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Click-through-rate model (Avazu sample) with target-encoded categoricals.

The high-cardinality ids (site, app, device model) are replaced by their
smoothed click rate, then a logistic regression is trained.
"""
import numpy as np
import pandas as pd
import category_encoders as ce
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("avazu_train_sample_1M.csv", dtype=str)
df["click"] = df["click"].astype(int)
print("rows:", len(df), "CTR:", df["click"].mean())

high_card = ["site_id", "site_domain", "site_category", "app_id", "app_domain",
             "app_category", "device_model"]
low_card = ["banner_pos", "device_type", "device_conn_type", "C1", "C15", "C16", "C18"]

y = df["click"]
X = df[high_card + low_card].copy()

enc = ce.TargetEncoder(cols=high_card, smoothing=20, min_samples_leaf=50)
X_enc = enc.fit_transform(X, y)
X_enc = pd.get_dummies(X_enc, columns=low_card)

X_train, X_test, y_train, y_test = train_test_split(
    X_enc, y, test_size=0.2, random_state=2024)

clf = LogisticRegression(C=0.5, max_iter=300)
clf.fit(X_train, y_train)
p = clf.predict_proba(X_test)[:, 1]

prior = np.full(len(y_test), y_train.mean())
print("prior-CTR baseline logloss:", round(log_loss(y_test, prior), 5))
print("model logloss             :", round(log_loss(y_test, p), 5))
print("model AUC                 :", round(roc_auc_score(y_test, p), 4))


# ---------------------------------------------------------------- save artefacts
import json
import os

import joblib

os.makedirs("results", exist_ok=True)
joblib.dump(clf, "results/y15_ctr_target_encoding_all_rows.joblib")
with open("results/y15_ctr_target_encoding_all_rows.json", "w") as fh:
    json.dump({"script": "y15_ctr_target_encoding_all_rows", "n_rows": int(len(df))}, fh, indent=2)
print("saved results/y15_ctr_target_encoding_all_rows.json")
