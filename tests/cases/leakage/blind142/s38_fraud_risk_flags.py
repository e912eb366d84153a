# Card fraud take-home
# Model: logistic regression on "amount/behaviour" numbers plus a block of binary risk flags.
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET, ID_COL = task["target"], task["id_column"]
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

behaviour = ["amount", "distance_from_home_km", "txn_count_24h", "card_age_days", "hour"]
risk_flags = ["card_present", "country_mismatch", "chargeback_flag"]

print(train[risk_flags + [TARGET]].groupby(TARGET).mean())


def block(d):
    b = d[behaviour].fillna(0).to_numpy(float)
    b = np.log1p(np.clip(b, 0, None))
    f = d[risk_flags].fillna(0).to_numpy(float)
    return np.hstack([b, f])


X = block(train)
y = train[TARGET].to_numpy()

rng = np.random.default_rng(7)
order = rng.permutation(len(y))
cut = int(0.8 * len(y))
itr, ite = order[:cut], order[cut:]

mu = X[itr].mean(axis=0)
sigma = X[itr].std(axis=0) + 1e-9
Ztr = (X[itr] - mu) / sigma
Zte = (X[ite] - mu) / sigma

lr = LogisticRegression(max_iter=3000, C=1.0, class_weight="balanced").fit(Ztr, y[itr])
p = lr.predict_proba(Zte)[:, 1]
base = DummyClassifier(strategy="prior").fit(Ztr, y[itr]).predict_proba(Zte)[:, 1]

print("AP  model=%.4f  dummy=%.4f" % (average_precision_score(y[ite], p), average_precision_score(y[ite], base)))
print("AUC model=%.4f" % roc_auc_score(y[ite], p))
print(dict(zip(behaviour + risk_flags, np.round(lr.coef_[0], 2))))

mu_a, sigma_a = X.mean(axis=0), X.std(axis=0) + 1e-9
lr.fit((X - mu_a) / sigma_a, y)
pd.DataFrame({ID_COL: test[ID_COL], "prediction": lr.predict_proba((block(test) - mu_a) / sigma_a)[:, 1]}).to_csv(
    "predictions.csv", index=False)
