"""Loan default model for a consumer lender.

loans.csv   one row per loan (a borrower can have several loans with us)
bureau.csv  the borrower's external credit accounts, many rows per borrower
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report
from sklearn.model_selection import train_test_split

loans = pd.read_csv("data/loans.csv")
bureau = pd.read_csv("data/bureau.csv")
print(loans.shape, bureau.shape)
print(loans.head())
print(loans["default"].value_counts(normalize=True))

# how many loans per borrower?
loans_per_borrower = loans.groupby("borrower_id").size()
print(loans_per_borrower.describe())
print("borrowers with more than one loan:", (loans_per_borrower > 1).mean().round(3))

# -------- bureau aggregates per borrower
bureau["utilisation"] = bureau["balance"] / bureau["credit_limit"].replace(0, np.nan)
bureau["is_active"] = (bureau["status"] == "active").astype(int)
bureau["was_late"] = (bureau["max_days_past_due"] > 30).astype(int)

bureau_agg = bureau.groupby("borrower_id").agg(
    bureau_accounts=("account_id", "count"),
    bureau_active=("is_active", "sum"),
    bureau_balance=("balance", "sum"),
    bureau_limit=("credit_limit", "sum"),
    bureau_util_mean=("utilisation", "mean"),
    bureau_util_max=("utilisation", "max"),
    bureau_late_accounts=("was_late", "sum"),
    bureau_max_dpd=("max_days_past_due", "max"),
)
bureau_agg["bureau_util_total"] = bureau_agg["bureau_balance"] / bureau_agg["bureau_limit"].replace(0, np.nan)
print(bureau_agg.describe().T.round(2))

df = loans.merge(bureau_agg, left_on="borrower_id", right_index=True, how="left")
bureau_cols = list(bureau_agg.columns)
df[bureau_cols] = df[bureau_cols].fillna(-1)
df["no_bureau_record"] = (df["bureau_accounts"] == -1).astype(int)

# -------- loan level features
df["installment_to_income"] = df["installment"] / (df["annual_income"] / 12)
df["loan_to_income"] = df["amount"] / df["annual_income"]
df["term_months"] = df["term"].str.extract(r"(\d+)").astype(int)
df["emp_length_years"] = df["emp_length"].str.extract(r"(\d+)").astype(float).fillna(0)
df = pd.get_dummies(df, columns=["grade", "purpose", "home_ownership"], dtype=int)

drop_cols = ["loan_id", "borrower_id", "default", "term", "emp_length"]
X = df.drop(columns=drop_cols)
y = df["default"]
print(X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y,
                                                    random_state=123)

clf = lgb.LGBMClassifier(n_estimators=700, learning_rate=0.03, num_leaves=48,
                         min_child_samples=40, subsample=0.8, subsample_freq=1,
                         colsample_bytree=0.7, reg_lambda=1.0, random_state=123, verbose=-1)
clf.fit(X_train, y_train)

p = clf.predict_proba(X_test)[:, 1]
print("ROC AUC:", round(roc_auc_score(y_test, p), 4))
print("PR AUC :", round(average_precision_score(y_test, p), 4))
print("Gini   :", round(2 * roc_auc_score(y_test, p) - 1, 4))
print(classification_report(y_test, (p > 0.5).astype(int), digits=3))

imp = pd.Series(clf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(20))
