# Playground S4E2 - Multi-Class Prediction of Obesity Risk (accuracy)
# XGBoost, 10 folds x 2 seeds. The UCI "ObesityDataSet" is appended to the
# training part of every fold only; validation rows are competition rows.

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import StratifiedKFold
from xgboost import XGBClassifier

TARGET = "NObeyesdad"
CLASSES = ["Insufficient_Weight", "Normal_Weight", "Overweight_Level_I", "Overweight_Level_II",
           "Obesity_Type_I", "Obesity_Type_II", "Obesity_Type_III"]
SEEDS = [42, 777]

train = pd.read_csv("/kaggle/input/playground-series-s4e2/train.csv")
test = pd.read_csv("/kaggle/input/playground-series-s4e2/test.csv")
orig = pd.read_csv("/kaggle/input/obesity-or-cvd-risk-classifyregressorcluster/ObesityDataSet.csv")
print(train.shape, test.shape, orig.shape)
print(train[TARGET].value_counts())

CAT_COLS = ["Gender", "family_history_with_overweight", "FAVC", "CAEC", "SMOKE", "SCC", "CALC", "MTRANS"]


def fe(df):
    df = df.copy()
    df["BMI"] = df["Weight"] / df["Height"] ** 2
    df["Age_x_BMI"] = df["Age"] * df["BMI"]
    df["FAF_minus_TUE"] = df["FAF"] - df["TUE"]
    df["Meals_x_Veg"] = df["NCP"] * df["FCVC"]
    df["Water_per_kg"] = df["CH2O"] / df["Weight"]
    return df


n_tr, n_orig = len(train), len(orig)
allx = pd.concat([train.drop(columns="id"), orig, test.drop(columns="id")], ignore_index=True)
allx = fe(allx)
allx = pd.get_dummies(allx, columns=CAT_COLS, dtype=np.int8)

comp = allx.iloc[:n_tr].reset_index(drop=True)
extra = allx.iloc[n_tr:n_tr + n_orig].reset_index(drop=True)
tst = allx.iloc[n_tr + n_orig:].reset_index(drop=True)
FEATURES = [c for c in allx.columns if c != TARGET]

label = {c: i for i, c in enumerate(CLASSES)}
X, y = comp[FEATURES], comp[TARGET].map(label).values
X_extra, y_extra = extra[FEATURES], extra[TARGET].map(label).values
X_test = tst[FEATURES]

params = dict(n_estimators=3000, learning_rate=0.02, max_depth=5, min_child_weight=2,
              subsample=0.75, colsample_bytree=0.35, reg_alpha=0.1, reg_lambda=4.0,
              objective="multi:softprob", eval_metric="mlogloss", tree_method="hist",
              early_stopping_rounds=150)

oof = np.zeros((len(X), len(CLASSES)))
oof_dummy = np.zeros(len(X), dtype=int)
test_proba = np.zeros((len(X_test), len(CLASSES)))

for seed in SEEDS:
    skf = StratifiedKFold(n_splits=10, shuffle=True, random_state=seed)
    for fold, (tr, va) in enumerate(skf.split(X, y)):
        X_tr = pd.concat([X.iloc[tr], X_extra], ignore_index=True)
        y_tr = np.concatenate([y[tr], y_extra])
        X_va, y_va = X.iloc[va], y[va]

        model = XGBClassifier(**params, random_state=seed + fold)
        model.fit(X_tr, y_tr, eval_set=[(X_va, y_va)], verbose=False)
        oof[va] += model.predict_proba(X_va) / len(SEEDS)
        test_proba += model.predict_proba(X_test) / (10 * len(SEEDS))
        oof_dummy[va] = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr).predict(X_va)
    print(f"seed {seed}: OOF acc so far {accuracy_score(y, oof.argmax(1)):.5f}")

print(f"XGB OOF accuracy            : {accuracy_score(y, oof.argmax(1)):.5f}")
print(f"majority-class baseline acc : {accuracy_score(y, oof_dummy):.5f}")

pred_labels = np.array(CLASSES)[test_proba.argmax(1)]
pd.DataFrame({"id": test["id"], TARGET: pred_labels}).to_csv("submission.csv", index=False)
print(pd.Series(pred_labels).value_counts(normalize=True))
