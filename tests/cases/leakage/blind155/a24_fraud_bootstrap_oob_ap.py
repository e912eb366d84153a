"""Fraud: .632-style bootstrap, out-of-bag scoring with the task metric
(average precision) plus ROC AUC, against a prior-rate baseline."""
import json

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

meta = json.load(open("task.json"))
TARGET, ID = meta["target"], meta["id_column"]
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, "fraud rate", round(df[TARGET].mean(), 4))

cat_index = df["merchant_category"].astype("category").cat.categories
df["mc"] = pd.Categorical(df["merchant_category"], categories=cat_index).codes
test["mc"] = pd.Categorical(test["merchant_category"], categories=cat_index).codes
features = ["amount", "hour", "card_present", "distance_from_home_km", "txn_count_24h",
            "country_mismatch", "card_age_days", "mc"]
X = df[features].to_numpy()
y = df[TARGET].to_numpy()


def oob_bootstrap(n, n_boot=200, seed=0):
    rng = np.random.default_rng(seed)
    for _ in range(n_boot):
        inbag = rng.integers(0, n, size=n)
        oob = np.setdiff1d(np.arange(n), inbag)
        yield inbag, oob


rows = []
for b, (inbag, oob) in enumerate(oob_bootstrap(len(y), n_boot=200)):
    rf = RandomForestClassifier(n_estimators=150, max_depth=12, n_jobs=-1, random_state=b)
    rf.fit(X[inbag], y[inbag])
    p = rf.predict_proba(X[oob])[:, 1]
    prior = np.full(len(oob), y[inbag].mean())
    rows.append((average_precision_score(y[oob], p), roc_auc_score(y[oob], p),
                 average_precision_score(y[oob], prior)))

res = pd.DataFrame(rows, columns=["ap", "auc", "ap_prior_baseline"])
for col in res:
    lo, hi = np.percentile(res[col], [2.5, 97.5])
    print(f"{col:18s} {res[col].mean():.4f}  [{lo:.4f}, {hi:.4f}]")

rf = RandomForestClassifier(n_estimators=300, max_depth=12, n_jobs=-1, random_state=0).fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": rf.predict_proba(test[features].to_numpy())[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({"average_precision": round(float(res.ap.mean()), 4)}, open("metrics.json", "w"))
