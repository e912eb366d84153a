"""Applicant screening (hired yes/no).

HashingVectorizer on cover letter + resume (stateless), three numeric fields,
logistic regression. SMOTE is applied to the training part only: the holdout
keeps its natural ~7% positive rate.
"""
import numpy as np
import pandas as pd
from scipy.sparse import hstack, csr_matrix
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, average_precision_score
from imblearn.over_sampling import SMOTE

hv = HashingVectorizer(n_features=2**16, ngram_range=(1, 2), alternate_sign=False, norm="l2")


def featurize(df):
    num = np.column_stack([
        np.log1p(df["years_experience"].fillna(0)),
        np.log1p(df["n_skills_listed"].fillna(0)),
        df["referral"].astype(int),
    ])
    return hstack([hv.transform(df["cover_letter"].fillna("")),
                   hv.transform(df["resume_text"].fillna("")),
                   csr_matrix(num)]).tocsr()


apps = pd.read_csv("train.csv")
X = featurize(apps)
y = apps["hired"].values

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
X_res, y_res = SMOTE(random_state=0).fit_resample(X_train, y_train)
print("train after SMOTE:", np.bincount(y_res), "| test untouched:", np.bincount(y_test))

clf = LogisticRegression(max_iter=3000, C=4.0).fit(X_res, y_res)
p = clf.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
pd_ = dummy.predict_proba(X_test)[:, 1]
print(f"dummy  AUC={roc_auc_score(y_test, pd_):.3f} AP={average_precision_score(y_test, pd_):.3f}")
print(f"logreg AUC={roc_auc_score(y_test, p):.3f} AP={average_precision_score(y_test, p):.3f} "
      f"F1@0.5={f1_score(y_test, (p > 0.5).astype(int)):.3f}")

# submission
test = pd.read_csv("test.csv")
X_all, y_all = SMOTE(random_state=0).fit_resample(X, y)
final = LogisticRegression(max_iter=3000, C=4.0).fit(X_all, y_all)
pd.DataFrame({"application_id": test["application_id"],
              "prediction": final.predict_proba(featurize(test))[:, 1]}).to_csv("predictions.csv", index=False)
