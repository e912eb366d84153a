"""30-day readmission: LightGBM, GroupKFold by patient.

Usage: python l31_readmission_gbm_groupkfold.py
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold

TARGET = "readmitted_30d"
GROUP = "patient_id"
ID = "encounter_id"

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train[TARGET].value_counts())

cat_cols = ["gender", "admission_type", "hba1c_result", "discharge_to"]
train = pd.get_dummies(train, columns=cat_cols, dtype=int)
test = pd.get_dummies(test, columns=cat_cols, dtype=int)

features = [c for c in train.columns if c not in (TARGET, GROUP, ID)]
test = test.reindex(columns=[ID] + features, fill_value=0)
print(len(features), "features:", features)

X, y, groups = train[features], train[TARGET], train[GROUP]

params = dict(n_estimators=500, learning_rate=0.03, num_leaves=31, min_child_samples=30,
              colsample_bytree=0.8, subsample=0.8, subsample_freq=1, verbose=-1, random_state=0)

oof = np.zeros(len(train))
fold_auc = []
for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    m = lgb.LGBMClassifier(**params)
    m.fit(X.iloc[tr], y.iloc[tr])
    oof[va] = m.predict_proba(X.iloc[va])[:, 1]
    auc = roc_auc_score(y.iloc[va], oof[va])
    fold_auc.append(auc)
    print(f"fold {fold}: auc={auc:.4f} n_val={len(va)}")

print("mean fold AUC:", np.mean(fold_auc).round(4))
print("OOF AUC      :", roc_auc_score(y, oof).round(4))
print("OOF AP       :", average_precision_score(y, oof).round(4))
print("baseline AP (prevalence):", y.mean().round(4), " baseline AUC: 0.5")

final = lgb.LGBMClassifier(**params).fit(X, y)
imp = pd.Series(final.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(10))

pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
