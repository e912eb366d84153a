# card-fraud take-home
# LightGBM, stratified 80/20 holdout, average precision (the task metric)

import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, precision_recall_curve, roc_auc_score
from sklearn.model_selection import train_test_split

task = json.load(open("task.json"))
TARGET = task["target"]
ID_COL = task["id_column"]
LEAKY = task.get("leaky_columns", [])
print("metric:", task["metric"], "| leaky:", LEAKY)

tr = pd.read_csv("train.csv")
te = pd.read_csv("test.csv")
print(tr.shape, te.shape, "fraud share", round(tr[TARGET].mean(), 4))

print(tr.groupby("card_present")[TARGET].mean())
print(tr.groupby("country_mismatch")[TARGET].mean())
print(tr[["amount", "distance_from_home_km", "card_age_days"]].quantile([0.5, 0.9, 0.99]))


def add_features(d):
    d = d.copy()
    d["log_amount"] = np.log1p(d["amount"])
    d["log_distance"] = np.log1p(d["distance_from_home_km"])
    d["card_age_weeks"] = d["card_age_days"] // 7
    d["night"] = d["hour"].between(0, 5).astype(int)
    d["cnp_mismatch"] = ((d["card_present"] == 0) & (d["country_mismatch"] == 1)).astype(int)
    return pd.get_dummies(d, columns=["merchant_category"], prefix="mcc", dtype=int)


tr_f = add_features(tr)
te_f = add_features(te)
features = [c for c in tr_f.columns if c not in [ID_COL, TARGET] + LEAKY]
te_f = te_f.reindex(columns=tr_f.columns, fill_value=0)

X_train, X_valid, y_train, y_valid = train_test_split(
    tr_f[features], tr_f[TARGET], test_size=0.2, stratify=tr_f[TARGET], random_state=99
)

clf = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.04, num_leaves=24, min_child_samples=30,
                         colsample_bytree=0.8, is_unbalance=True, random_state=99, verbose=-1)
clf.fit(X_train, y_train)
pv = clf.predict_proba(X_valid)[:, 1]
print(f"valid AP  {average_precision_score(y_valid, pv):.4f}")
print(f"valid AUC {roc_auc_score(y_valid, pv):.4f}")

prec, rec, thr = precision_recall_curve(y_valid, pv)
for target_recall in (0.5, 0.7, 0.9):
    i = np.where(rec[:-1] >= target_recall)[0][-1]
    print(f"recall>={target_recall}: threshold {thr[i]:.3f}, precision {prec[i]:.3f}")

clf.fit(tr_f[features], tr_f[TARGET])
out = pd.DataFrame({ID_COL: te[ID_COL], "prediction": clf.predict_proba(te_f[features])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.head())
