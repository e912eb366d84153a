"""Lending Club loan default - PCA + logistic regression.

Reduces the numeric credit attributes to principal components (lots of
collinearity between installment / loan_amnt / revol_bal ...) and checks
5-fold CV AUC.
"""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score

NUMERIC = ["loan_amnt", "int_rate", "installment", "annual_inc", "dti", "delinq_2yrs",
           "inq_last_6mths", "open_acc", "pub_rec", "revol_bal", "revol_util", "total_acc",
           "mort_acc", "pub_rec_bankruptcies", "emp_length_yrs", "term_months", "grade_num"]

loans = pd.read_csv("lending_club_loan_two.csv")
loans = loans[loans["loan_status"].isin(["Fully Paid", "Charged Off"])]
loans["default"] = (loans["loan_status"] == "Charged Off").astype(int)
print(loans.shape, "default rate %.3f" % loans["default"].mean())

loans["term_months"] = loans["term"].str.extract(r"(\d+)").astype(float)
loans["emp_length_yrs"] = (loans["emp_length"].str.replace("10+ years", "10", regex=False)
                           .str.replace("< 1 year", "0", regex=False)
                           .str.extract(r"(\d+)").astype(float))
loans["grade_num"] = loans["grade"].map({g: i for i, g in enumerate("ABCDEFG")})
loans["int_rate"] = loans["int_rate"].astype(str).str.rstrip("%").astype(float)
loans["revol_util"] = loans["revol_util"].astype(str).str.rstrip("%").astype(float)
loans["annual_inc"] = np.log1p(loans["annual_inc"])
loans = loans.dropna(subset=NUMERIC)

X_num = StandardScaler().fit_transform(loans[NUMERIC])
pca = PCA(n_components=0.95, random_state=0)
X_pca = pca.fit_transform(X_num)
print("components kept:", pca.n_components_)
print("explained variance:", np.round(pca.explained_variance_ratio_, 3))

home = pd.get_dummies(loans["home_ownership"], prefix="home", drop_first=True).values
purpose = pd.get_dummies(loans["purpose"], prefix="purpose", drop_first=True).values
X = np.hstack([X_pca, home, purpose]).astype(float)
y = loans["default"].values

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
logit = LogisticRegression(max_iter=2000, C=1.0)
auc = cross_val_score(logit, X, y, cv=cv, scoring="roc_auc", n_jobs=-1)
print("CV AUC per fold:", np.round(auc, 4))
print("mean CV AUC: %.4f" % auc.mean())

loadings = pd.DataFrame(pca.components_[:3].T, index=NUMERIC, columns=["PC1", "PC2", "PC3"])
print(loadings.round(2))
