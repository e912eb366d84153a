# Device failure within 7 days -- gateway fleet take-home
# author note: quick version, ~2h budget. GroupKFold on device so the same
# gateway never sits in train and validation at the same time.

import pandas as pd
import numpy as np
from sklearn.model_selection import GroupKFold
from sklearn.ensemble import ExtraTreesClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "failure_7d"

df = pd.read_csv("train.csv")
df["date"] = pd.to_datetime(df["date"])
print(df.info())
print(df[TARGET].value_counts())

# device-level context: worst temperature the unit has ever logged, total reboots
df["temp_max_ever"] = df.groupby("device_id")["temp_max_c"].transform("max")
df["reboots_total"] = df.groupby("device_id")["reboot_count"].transform("sum")
df["low_batt"] = (df["battery_v"] < 3.4).astype(int)
df["weekday"] = df["date"].dt.weekday

num = df.select_dtypes("number").columns.drop([TARGET, "reading_id"])
cats = pd.get_dummies(df[["device_model", "firmware", "site_type", "failure_code"]], dtype=int)
X = pd.concat([df[num], cats], axis=1).fillna(-1)
y = df[TARGET].values
groups = df["device_id"].values
print("X:", X.shape)

gkf = GroupKFold(n_splits=5)
ap, auc, ap_prior = [], [], []
for fold, (tr, va) in enumerate(gkf.split(X, y, groups)):
    model = ExtraTreesClassifier(n_estimators=400, min_samples_leaf=3,
                                 class_weight="balanced_subsample", n_jobs=-1, random_state=fold)
    model.fit(X.iloc[tr], y[tr])
    p = model.predict_proba(X.iloc[va])[:, 1]
    ap.append(average_precision_score(y[va], p))
    auc.append(roc_auc_score(y[va], p))
    # prior baseline: constant = training failure rate
    ap_prior.append(average_precision_score(y[va], np.full(len(va), y[tr].mean())))
    print(f"fold {fold}: AP={ap[-1]:.3f} AUC={auc[-1]:.3f} (prior AP={ap_prior[-1]:.3f})")

print("mean AP  %.3f +- %.3f" % (np.mean(ap), np.std(ap)))
print("mean AUC %.3f" % np.mean(auc))
print("prior baseline AP %.3f" % np.mean(ap_prior))
