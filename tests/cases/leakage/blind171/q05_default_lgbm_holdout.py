# Loan default take-home -- LightGBM with a stratified holdout.
#
# Notes to reviewer:
#   - collections_flag is set by the servicing team once an account is 60+ days late, i.e.
#     after the outcome we are predicting -> excluded.
#   - everything else on the application record is known at origination.
#   - metric: average precision (task.json), ROC AUC for reference, prior-rate baseline.
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

EXCLUDE = {ID, TARGET, "collections_flag"}
CATEGORICAL = ["home_ownership", "purpose", "grade"]
for frame in (df, test):
    for c in CATEGORICAL:
        frame[c] = frame[c].astype("category")
    frame["dti_x_rate"] = frame["dti"] * frame["interest_rate"]
    frame["income_per_account"] = frame["annual_income"] / (frame["open_accounts"] + 1)

FEATURES = [c for c in df.columns if c not in EXCLUDE]
print(len(FEATURES), "features:", FEATURES)

X_tr, X_va, y_tr, y_va = train_test_split(
    df[FEATURES], df[TARGET], test_size=0.2, stratify=df[TARGET], random_state=11
)

params = dict(
    objective="binary",
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=50,
    feature_fraction=0.8,
    bagging_fraction=0.8,
    bagging_freq=1,
    reg_lambda=2.0,
    n_estimators=600,
    verbose=-1,
)
model = lgb.LGBMClassifier(**params)
model.fit(X_tr, y_tr, categorical_feature=CATEGORICAL)

baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

p_base = baseline.predict_proba(X_va)[:, 1]
p_lgb = model.predict_proba(X_va)[:, 1]
print(f"baseline  AP {average_precision_score(y_va, p_base):.4f}  AUC {roc_auc_score(y_va, p_base):.4f}")
print(f"lightgbm  AP {average_precision_score(y_va, p_lgb):.4f}  AUC {roc_auc_score(y_va, p_lgb):.4f}")

imp = pd.Series(model.booster_.feature_importance("gain"), index=FEATURES)
print(imp.sort_values(ascending=False).head(12).round(1))

# top-decile capture, the number the credit team asked about
order = np.argsort(-p_lgb)
top = order[: len(order) // 10]
print("defaults captured in top decile:", round(y_va.to_numpy()[top].sum() / y_va.sum(), 3))

final = lgb.LGBMClassifier(**params).fit(df[FEATURES], df[TARGET], categorical_feature=CATEGORICAL)
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
