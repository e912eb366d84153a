# loan default - random forest, evaluated on unseen borrowers
import pandas as pd
import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, roc_auc_score, precision_recall_curve
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

loans = pd.read_csv("train.csv")
loans_test = pd.read_csv("test.csv")

print(loans.shape)
print(loans.dtypes)
print("borrowers:", loans.borrower_id.nunique(), "loans:", len(loans))

num_features = [
    "loan_amount", "term_months", "interest_rate", "annual_income", "dti",
    "credit_score", "num_open_accounts", "delinquencies_2y",
]
cat_features = ["home_ownership", "purpose", "employment_length"]


def engineer(d):
    d = d.copy()
    d["income_per_account"] = d["annual_income"] / (d["num_open_accounts"] + 1)
    d["amount_income_ratio"] = d["loan_amount"] / d["annual_income"].replace(0, np.nan)
    d["app_quarter"] = pd.to_datetime(d["application_date"]).dt.quarter
    return d


loans = engineer(loans)
loans_test = engineer(loans_test)
num_features += ["income_per_account", "amount_income_ratio", "app_quarter"]

# keep every borrower entirely on one side
gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=42)
train_idx, valid_idx = next(gss.split(loans, loans["defaulted"], groups=loans["borrower_id"]))
train_df, valid_df = loans.iloc[train_idx], loans.iloc[valid_idx]
print("train", train_df.shape, "valid", valid_df.shape)

pre = ColumnTransformer([
    ("num", SimpleImputer(strategy="median"), num_features),
    ("cat", Pipeline([
        ("imp", SimpleImputer(strategy="most_frequent")),
        ("ohe", OneHotEncoder(handle_unknown="ignore")),
    ]), cat_features),
])

rf = Pipeline([
    ("pre", pre),
    ("rf", RandomForestClassifier(n_estimators=500, min_samples_leaf=20,
                                  class_weight="balanced_subsample", n_jobs=-1, random_state=1)),
])
rf.fit(train_df[num_features + cat_features], train_df["defaulted"])

valid_prob = rf.predict_proba(valid_df[num_features + cat_features])[:, 1]
print("ROC AUC :", roc_auc_score(valid_df["defaulted"], valid_prob))
print("PR AUC  :", average_precision_score(valid_df["defaulted"], valid_prob))

prec, rec, thr = precision_recall_curve(valid_df["defaulted"], valid_prob)
for target_recall in (0.5, 0.7, 0.9):
    i = np.argmin(np.abs(rec - target_recall))
    print(f"recall~{target_recall}: precision={prec[i]:.3f}")

rf.fit(loans[num_features + cat_features], loans["defaulted"])
out = pd.DataFrame({
    "loan_id": loans_test["loan_id"],
    "prediction": rf.predict_proba(loans_test[num_features + cat_features])[:, 1],
})
out.to_csv("predictions.csv", index=False)
