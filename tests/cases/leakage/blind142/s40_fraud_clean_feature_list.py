"""Card fraud - random forest on every usable column.

Usable = not the label, not the transaction id, not a column the task marks as leaky
(chargeback_flag is only known after the fact). Merchant category is one-hot encoded.
"""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID_COL, LEAKY = task["target"], task["id_column"], task["leaky_columns"]

df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")

num_cols = [c for c in df.columns if c not in {TARGET, ID_COL, "merchant_category", *LEAKY}]
print("numeric features:", num_cols)
mcc_cols = pd.get_dummies(df["merchant_category"], prefix="mcc").columns


def matrix(d):
    num = d[num_cols].fillna(-1).to_numpy(dtype=float)
    mcc = pd.get_dummies(d["merchant_category"], prefix="mcc").reindex(columns=mcc_cols, fill_value=0)
    return np.hstack([num, mcc.to_numpy(float)])


X = matrix(df)
y = df[TARGET].to_numpy()

rng = np.random.default_rng(31)
perm = rng.permutation(len(y))
n_te = int(0.25 * len(y))
te, tr = perm[:n_te], perm[n_te:]

forest = RandomForestClassifier(n_estimators=400, min_samples_leaf=2, max_features="sqrt",
                                class_weight="balanced_subsample", n_jobs=-1, random_state=31)
forest.fit(X[tr], y[tr])
proba = forest.predict_proba(X[te])[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X[tr], y[tr])

print("AP  forest %.4f | dummy %.4f" % (average_precision_score(y[te], proba),
                                        average_precision_score(y[te], dummy.predict_proba(X[te])[:, 1])))
print("AUC forest %.4f" % roc_auc_score(y[te], proba))

names = num_cols + list(mcc_cols)
imp = forest.feature_importances_
for j in np.argsort(imp)[::-1][:10]:
    print(f"{names[j]:28s} {imp[j]:.4f}")

forest.fit(X, y)
pd.DataFrame({ID_COL: test_df[ID_COL], "prediction": forest.predict_proba(matrix(test_df))[:, 1]}).to_csv(
    "predictions.csv", index=False)
