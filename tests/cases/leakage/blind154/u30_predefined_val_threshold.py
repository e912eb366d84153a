"""card-fraud take-home

dev / test split (stratified, my helper) -> inside dev a PredefinedSplit marks one
validation fold for GridSearchCV -> threshold picked on validation predictions ->
test scored once with the chosen model and threshold."""
import json

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import (average_precision_score, f1_score, precision_recall_curve,
                             precision_score, recall_score)
from sklearn.model_selection import GridSearchCV, PredefinedSplit

task = json.load(open("task.json"))
TARGET, TID = task["target"], task["id_column"]
LEAKY = task["leaky_columns"]
df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")

FEATS = ["amount", "hour", "card_present", "distance_from_home_km", "txn_count_24h",
         "country_mismatch", "card_age_days"]


def add_mcc(frame):
    return frame[FEATS].join(pd.get_dummies(frame["merchant_category"], prefix="mcc", dtype=int))


X_all = add_mcc(df)
y_all = df[TARGET].to_numpy()


def stratified_mask(y, frac, seed):
    rng = np.random.default_rng(seed)
    mask = np.zeros(len(y), dtype=bool)
    for cls in np.unique(y):
        idx = np.flatnonzero(y == cls)
        mask[rng.choice(idx, int(frac * len(idx)), replace=False)] = True
    return mask


is_test = stratified_mask(y_all, 0.2, seed=1)
X_dev, y_dev = X_all[~is_test].reset_index(drop=True), y_all[~is_test]
X_te, y_te = X_all[is_test], y_all[is_test]

is_val = stratified_mask(y_dev, 0.25, seed=2)
ps = PredefinedSplit(np.where(is_val, 0, -1))

search = GridSearchCV(
    RandomForestClassifier(n_jobs=-1, random_state=0, class_weight="balanced_subsample"),
    {"n_estimators": [300], "min_samples_leaf": [1, 5, 20], "max_features": ["sqrt", 0.5]},
    scoring="average_precision", cv=ps, refit=False,
)
search.fit(X_dev, y_dev)
print("best on validation:", search.best_params_, round(search.best_score_, 4))

# threshold from the validation fold (model trained on the non-validation dev rows)
rf_val = RandomForestClassifier(n_jobs=-1, random_state=0, class_weight="balanced_subsample",
                                **search.best_params_).fit(X_dev[~is_val], y_dev[~is_val])
p_val = rf_val.predict_proba(X_dev[is_val])[:, 1]
prec, rec, thr = precision_recall_curve(y_dev[is_val], p_val)
f1 = 2 * prec[:-1] * rec[:-1] / np.clip(prec[:-1] + rec[:-1], 1e-9, None)
threshold = thr[f1.argmax()]
print("threshold chosen on validation:", round(threshold, 3))

# refit on all dev rows, score the untouched test part once
rf = RandomForestClassifier(n_jobs=-1, random_state=0, class_weight="balanced_subsample",
                            **search.best_params_).fit(X_dev, y_dev)
p_te = rf.predict_proba(X_te)[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev)
print("TEST AP        %.4f" % average_precision_score(y_te, p_te))
print("TEST AP dummy  %.4f" % average_precision_score(y_te, dummy.predict_proba(X_te)[:, 1]))
lab = (p_te >= threshold).astype(int)
print("TEST precision %.3f recall %.3f F1 %.3f" % (precision_score(y_te, lab), recall_score(y_te, lab),
                                                   f1_score(y_te, lab)))

final = RandomForestClassifier(n_jobs=-1, random_state=0, class_weight="balanced_subsample",
                               **search.best_params_).fit(X_all, y_all)
pd.DataFrame({TID: sub[TID], "prediction": final.predict_proba(add_mcc(sub).reindex(columns=X_all.columns, fill_value=0))[:, 1]}) \
    .to_csv("predictions.csv", index=False)
