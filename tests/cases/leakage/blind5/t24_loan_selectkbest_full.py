# Loan default - take-home
# Author's notes: many engineered ratios, keep the 12 most informative ones.
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import accuracy_score, roc_auc_score

df = pd.read_csv("train.csv", parse_dates=["application_date"])
test = pd.read_csv("test.csv", parse_dates=["application_date"])
print(df.shape)
print(df.defaulted.value_counts())
print(df.groupby("grade").defaulted.mean())
print(df.groupby("prior_loans").defaulted.mean().head(10))


def engineer(d):
    f = pd.DataFrame(index=d.index)
    f["income"] = d["income"]
    f["loan_amount"] = d["loan_amount"]
    f["dti"] = d["dti"]
    f["prior_loans"] = d["prior_loans"]
    f["employment_years"] = d["employment_years"]
    f["log_income"] = np.log1p(d["income"].clip(lower=0))
    f["log_loan"] = np.log1p(d["loan_amount"])
    f["loan_to_income"] = d["loan_amount"] / (d["income"] + 1)
    f["dti_sq"] = d["dti"] ** 2
    f["loan_per_prior"] = d["loan_amount"] / (d["prior_loans"] + 1)
    f["emp_short"] = (d["employment_years"] < 2).astype(int)
    f["term_months"] = d["term"].astype(str).str.extract(r"(\d+)")[0].astype(float)
    f["app_month"] = d["application_date"].dt.month
    f["app_dow"] = d["application_date"].dt.dayofweek
    f = pd.concat([f, pd.get_dummies(d["grade"], prefix="grade", dtype=int)], axis=1)
    return f.fillna(-1)


X_all = engineer(df)
y_all = df["defaulted"]
X_sub = engineer(test).reindex(columns=X_all.columns, fill_value=0)

selector = SelectKBest(mutual_info_classif, k=12)
selector.fit(X_all, y_all)
keep = X_all.columns[selector.get_support()]
print("kept features:", list(keep))

# time-based validation: 2023 applications of borrowers who did not borrow before 2023
train_mask = df["application_date"] < "2023-01-01"
valid_mask = (~train_mask) & (~df["borrower_id"].isin(df.loc[train_mask, "borrower_id"]))

X_tr, y_tr = X_all.loc[train_mask, keep], y_all[train_mask]
X_va, y_va = X_all.loc[valid_mask, keep], y_all[valid_mask]
print(len(X_tr), "train rows /", len(X_va), "validation rows")

gb = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, subsample=0.9, random_state=0)
gb.fit(X_tr, y_tr)
proba = gb.predict_proba(X_va)[:, 1]
print("accuracy", round(accuracy_score(y_va, (proba > 0.5).astype(int)), 4))
print("ROC AUC ", round(roc_auc_score(y_va, proba), 4))

gb.fit(X_all[keep], y_all)
pd.DataFrame({"application_id": test["application_id"],
              "prediction": gb.predict_proba(X_sub[keep])[:, 1]}).to_csv("predictions.csv", index=False)
