"""Loan default take-home.

LightGBM on the application data, validated out-of-time and out-of-borrower:
the last fifth of the application window is held out and any borrower already
present in the fitting window is dropped from it.
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]
CATS = ["home_ownership", "purpose", "employment_length"]

train = pd.read_csv("train.csv", parse_dates=["application_date"])
test = pd.read_csv("test.csv", parse_dates=["application_date"])
print(train.shape, test.shape)
print("default rate:", round(train[TARGET].mean(), 4))
print(train.isna().mean().sort_values(ascending=False).head(8))


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    r = df["interest_rate"] / 1200.0
    df["installment_est"] = df["loan_amount"] * r / (1 - (1 + r) ** (-df["term_months"]))
    df["loan_to_income"] = df["loan_amount"] / df["annual_income"].clip(lower=1)
    df["payment_to_income"] = 12 * df["installment_est"] / df["annual_income"].clip(lower=1)
    df["high_dti"] = (df["dti"] > 35).astype(int)
    df["app_month"] = df["application_date"].dt.month
    for c in CATS:
        df[c] = df[c].astype("category")
    return df


train = add_features(train)
test = add_features(test)

# ---- validation design -------------------------------------------------------
cutoff = train["application_date"].quantile(0.8)
fit_part = train[train["application_date"] < cutoff]
val_part = train[train["application_date"] >= cutoff]
val_part = val_part[~val_part["borrower_id"].isin(fit_part["borrower_id"])]
print(f"fit rows={len(fit_part)}  val rows={len(val_part)}  val default rate={val_part[TARGET].mean():.3f}")

# numeric columns minus identifiers, the label and the collections flag
exclude = {TARGET, ID, "borrower_id", "collections_flag"}
num_cols = [c for c in train.select_dtypes(include="number").columns if c not in exclude]
features = num_cols + CATS
print("n features:", len(features))

params = dict(
    n_estimators=600,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    reg_lambda=1.0,
    random_state=7,
    verbose=-1,
)
model = lgb.LGBMClassifier(**params)
model.fit(fit_part[features], fit_part[TARGET], categorical_feature=CATS)

p_val = model.predict_proba(val_part[features])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(fit_part[features], fit_part[TARGET])
p_dummy = dummy.predict_proba(val_part[features])[:, 1]

print("prior baseline  AUC %.4f  AP %.4f" % (roc_auc_score(val_part[TARGET], p_dummy),
                                             average_precision_score(val_part[TARGET], p_dummy)))
print("lightgbm        AUC %.4f  AP %.4f" % (roc_auc_score(val_part[TARGET], p_val),
                                             average_precision_score(val_part[TARGET], p_val)))

imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(12))

# ---- refit on everything and write the submission ----------------------------
final = lgb.LGBMClassifier(**params)
final.fit(train[features], train[TARGET], categorical_feature=CATS)
test_pred = final.predict_proba(test[features])[:, 1]
pd.DataFrame({ID: test[ID], "prediction": np.clip(test_pred, 0, 1)}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(test_pred))
