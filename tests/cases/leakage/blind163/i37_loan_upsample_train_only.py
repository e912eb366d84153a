"""Credit default model (LightGBM), out-of-time evaluation.

Defaults are rare (~8%). The upsampling of defaults is applied to the training
window only; the out-of-time test window keeps its natural class balance.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import average_precision_score, recall_score, roc_auc_score
from sklearn.utils import resample

df = pd.read_csv("train.csv", parse_dates=["application_date"])
df = df.drop(columns=["collections_status", "recovery_amount"])
print(df["defaulted"].value_counts())

df["loan_to_income"] = df["loan_amount"] / df["annual_income"].clip(lower=1)
df["high_util"] = (df["revolving_util"] > 80).astype(int)
df["employment_length"] = df["employment_length"].fillna(-1)
df["app_month"] = df["application_date"].dt.month
df = pd.get_dummies(df, columns=["home_ownership", "purpose"], dtype=int)
features = [c for c in df.columns if c not in ("application_id", "application_date", "defaulted")]

df = df.sort_values("application_date")
cut = df["application_date"].quantile(0.8)
train = df[df["application_date"] <= cut]
test = df[df["application_date"] > cut]

majority = train[train["defaulted"] == 0]
minority = train[train["defaulted"] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority) // 2, random_state=1)
train_bal = pd.concat([majority, minority_up]).sample(frac=1, random_state=1)
print("train after upsampling:", round(train_bal["defaulted"].mean(), 3), "| test:", round(test["defaulted"].mean(), 3))

clf = lgb.LGBMClassifier(n_estimators=800, learning_rate=0.03, num_leaves=31, min_child_samples=40,
                         colsample_bytree=0.8, subsample=0.8, subsample_freq=1, verbose=-1)
clf.fit(train_bal[features], train_bal["defaulted"])
p = clf.predict_proba(test[features])[:, 1]

base = np.full(len(test), train["defaulted"].mean())
print("baseline  AUC %.3f  AP %.3f" % (roc_auc_score(test["defaulted"], base),
                                      average_precision_score(test["defaulted"], base)))
print("lightgbm  AUC %.3f  AP %.3f  recall@0.5 %.3f" % (
    roc_auc_score(test["defaulted"], p), average_precision_score(test["defaulted"], p),
    recall_score(test["defaulted"], p > 0.5)))

# submission: same recipe on the full history
maj_all = df[df["defaulted"] == 0]
min_all = resample(df[df["defaulted"] == 1], replace=True, n_samples=len(maj_all) // 2, random_state=1)
full_bal = pd.concat([maj_all, min_all])
clf.fit(full_bal[features], full_bal["defaulted"])

sub = pd.read_csv("test.csv", parse_dates=["application_date"])
sub["loan_to_income"] = sub["loan_amount"] / sub["annual_income"].clip(lower=1)
sub["high_util"] = (sub["revolving_util"] > 80).astype(int)
sub["employment_length"] = sub["employment_length"].fillna(-1)
sub["app_month"] = sub["application_date"].dt.month
sub = pd.get_dummies(sub, columns=["home_ownership", "purpose"], dtype=int).reindex(
    columns=["application_id"] + features, fill_value=0)
pd.DataFrame({"application_id": sub["application_id"], "prediction": clf.predict_proba(sub[features])[:, 1]}).to_csv(
    "predictions.csv", index=False)
