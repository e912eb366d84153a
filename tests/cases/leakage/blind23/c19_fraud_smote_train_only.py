import json

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE, BorderlineSMOTE
from imblearn.pipeline import make_pipeline as make_imb_pipeline
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, balanced_accuracy_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_validate, train_test_split
from sklearn.preprocessing import StandardScaler

FEATURES = ["amount", "hour", "account_age_days", "txn_count_24h", "avg_amount_30d",
            "distance_from_home_km", "card_present", "country_mismatch"]

samplers = {
    "none": None,
    "smote_0.1": SMOTE(sampling_strategy=0.1, random_state=0),
    "smote_0.3": SMOTE(sampling_strategy=0.3, random_state=0),
    "borderline_0.1": BorderlineSMOTE(sampling_strategy=0.1, random_state=0),
}


def build(sampler):
    steps = [StandardScaler()]
    if sampler is not None:
        steps.append(sampler)
    steps.append(RandomForestClassifier(n_estimators=300, min_samples_leaf=3, n_jobs=-1, random_state=0))
    return make_imb_pipeline(*steps)


tx = pd.read_csv("data/transactions.csv")
tx[FEATURES] = tx[FEATURES].fillna(0)
X_train, X_test, y_train, y_test = train_test_split(tx[FEATURES], tx["is_fraud"], test_size=0.25,
                                                    stratify=tx["is_fraud"], random_state=99)

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=99)
scoring = {"ap": "average_precision", "auc": "roc_auc", "bal_acc": "balanced_accuracy"}
cv_summary = {}
for name, sampler in samplers.items():
    res = cross_validate(build(sampler), X_train, y_train, cv=skf, scoring=scoring,
                         return_train_score=True, n_jobs=1)
    cv_summary[name] = {k: round(float(np.mean(v)), 4) for k, v in res.items() if "_" in k and "time" not in k}
print(pd.DataFrame(cv_summary).T[["test_ap", "train_ap", "test_auc", "test_bal_acc"]])

best_name = max(cv_summary, key=lambda k: cv_summary[k]["test_ap"])
print("picked on CV:", best_name)

sampler = samplers[best_name]
scaler = StandardScaler().fit(X_train)
Z_train = scaler.transform(X_train)
if sampler is not None:
    Z_fit, y_fit = sampler.fit_resample(Z_train, y_train)
else:
    Z_fit, y_fit = Z_train, y_train
rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=3, n_jobs=-1, random_state=0).fit(Z_fit, y_fit)

Z_test = scaler.transform(X_test)
p = rf.predict_proba(Z_test)[:, 1]
p0 = DummyClassifier(strategy="prior").fit(Z_train, y_train).predict_proba(Z_test)[:, 1]
out = {
    "test_ap": average_precision_score(y_test, p),
    "test_auc": roc_auc_score(y_test, p),
    "test_bal_acc": balanced_accuracy_score(y_test, (p >= 0.5).astype(int)),
    "baseline_ap": average_precision_score(y_test, p0),
}
print(json.dumps(out, indent=2))
