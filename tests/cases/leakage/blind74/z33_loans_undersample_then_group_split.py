"""
Loan default take-home.

The data is imbalanced (~22% defaults), so I balance it with random under-sampling
of the non-default class before modelling. Cleaning: types, impossible values,
rare purposes grouped under a fixed list of the official loan purposes.
"""
import numpy as np
import pandas as pd
from imblearn.under_sampling import RandomUnderSampler
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score, confusion_matrix
from sklearn.model_selection import GroupShuffleSplit

OFFICIAL_PURPOSES = {"debt_consolidation", "credit_card", "home_improvement", "car", "medical", "small_business"}
NUM = ["loan_amount", "term_months", "interest_rate", "annual_income", "employment_length", "dti",
       "credit_score", "open_accounts", "delinquencies_2y"]


def clean(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["purpose"] = df["purpose"].str.lower().str.replace(" ", "_")
    df["purpose"] = df["purpose"].where(df["purpose"].isin(OFFICIAL_PURPOSES), "other")
    df["home_ownership"] = df["home_ownership"].replace({"ANY": "OTHER", "NONE": "OTHER"})
    df["employment_length"] = df["employment_length"].astype(str).str.extract(r"(\d+)")[0].astype(float)
    df.loc[df["annual_income"] <= 0, "annual_income"] = np.nan
    df.loc[~df["credit_score"].between(300, 850), "credit_score"] = np.nan
    df[NUM] = df[NUM].fillna(-1)
    return pd.get_dummies(df, columns=["purpose", "home_ownership"], dtype=float)


raw = pd.read_csv("train.csv")
data = clean(raw)
feat_cols = NUM + [c for c in data.columns if c.startswith(("purpose_", "home_ownership_"))]

print("default rate before balancing:", round(data["defaulted"].mean(), 3))
rus = RandomUnderSampler(sampling_strategy=1.0, random_state=99)
bal_idx, _ = rus.fit_resample(np.arange(len(data)).reshape(-1, 1), data["defaulted"])
balanced = data.iloc[bal_idx.ravel()].reset_index(drop=True)
print("rows after balancing:", len(balanced), "default rate:", balanced["defaulted"].mean())

splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=99)
tr_idx, te_idx = next(splitter.split(balanced, groups=balanced["applicant_id"]))
train, test = balanced.iloc[tr_idx], balanced.iloc[te_idx]

dummy = DummyClassifier(strategy="most_frequent").fit(train[feat_cols], train["defaulted"])
gb = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=99)
gb.fit(train[feat_cols], train["defaulted"])

for name, model in [("dummy", dummy), ("gboost", gb)]:
    pred = model.predict(test[feat_cols])
    print(f"{name:7s} accuracy={accuracy_score(test['defaulted'], pred):.3f}  f1={f1_score(test['defaulted'], pred):.3f}")
print("gboost AUC:", round(roc_auc_score(test["defaulted"], gb.predict_proba(test[feat_cols])[:, 1]), 4))
print(confusion_matrix(test["defaulted"], gb.predict(test[feat_cols])))

gb.fit(balanced[feat_cols], balanced["defaulted"])
sub = clean(pd.read_csv("test.csv")).reindex(columns=["application_id"] + feat_cols, fill_value=0.0)
pd.DataFrame({"application_id": sub["application_id"], "prediction": gb.predict_proba(sub[feat_cols])[:, 1]}).to_csv(
    "predictions.csv", index=False)
