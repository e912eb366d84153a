"""Lending Club loan default - scaler + PCA + logistic regression in one pipeline.

Everything that is learned from data sits inside the pipeline, so each CV fold
refits it on its own training part. A prior-probability dummy is the reference.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_val_score

NUMERIC = ["loan_amnt", "int_rate", "installment", "annual_inc", "dti", "delinq_2yrs",
           "inq_last_6mths", "open_acc", "pub_rec", "revol_bal", "revol_util", "total_acc",
           "mort_acc", "pub_rec_bankruptcies", "emp_length_yrs", "term_months", "grade_num"]
CATEGORICAL = ["home_ownership", "purpose"]

loans = pd.read_csv("lending_club_loan_two.csv")
loans = loans[loans["loan_status"].isin(["Fully Paid", "Charged Off"])]
loans["default"] = (loans["loan_status"] == "Charged Off").astype(int)
loans["term_months"] = loans["term"].str.extract(r"(\d+)").astype(float)
loans["emp_length_yrs"] = (loans["emp_length"].str.replace("10+ years", "10", regex=False)
                           .str.replace("< 1 year", "0", regex=False)
                           .str.extract(r"(\d+)").astype(float))
loans["grade_num"] = loans["grade"].map({g: i for i, g in enumerate("ABCDEFG")})
loans["int_rate"] = loans["int_rate"].astype(str).str.rstrip("%").astype(float)
loans["revol_util"] = loans["revol_util"].astype(str).str.rstrip("%").astype(float)
loans["annual_inc"] = np.log1p(loans["annual_inc"])
loans = loans.dropna(subset=NUMERIC)

X = loans[NUMERIC + CATEGORICAL]
y = loans["default"].values

pre = ColumnTransformer([
    ("num", Pipeline([("scale", StandardScaler()), ("pca", PCA(n_components=0.95, random_state=0))]), NUMERIC),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
])
model = Pipeline([("pre", pre), ("logit", LogisticRegression(max_iter=2000, C=1.0))])

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
base_auc = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=cv, scoring="roc_auc")
auc = cross_val_score(model, X, y, cv=cv, scoring="roc_auc", n_jobs=-1)
print("dummy (prior) CV AUC: %.4f" % base_auc.mean())
print("pca+logit CV AUC per fold:", np.round(auc, 4))
print("pca+logit mean CV AUC: %.4f" % auc.mean())

model.fit(X, y)
pca = model.named_steps["pre"].named_transformers_["num"].named_steps["pca"]
print("components kept on full fit:", pca.n_components_)
