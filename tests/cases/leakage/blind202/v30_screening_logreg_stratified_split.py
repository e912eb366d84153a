"""Screening pass prediction - logistic regression.

One row per application; the same applicant can apply several times, so the
validation split keeps all applications of an applicant on one side.
"""
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, f1_score, average_precision_score

TARGET = "passed_screening"
CAT = ["role", "seniority", "education_level", "source_channel"]
NUM = ["years_experience", "n_skills_matched", "assessment_score", "n_previous_applications"]

df = pd.read_csv("train.csv")
print(df.shape, df[TARGET].mean().round(3))
X = df[CAT + NUM]
y = df[TARGET]

X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.25, stratify=y, random_state=17)

pre = ColumnTransformer([
    ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                      ("ohe", OneHotEncoder(handle_unknown="ignore"))]), CAT),
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                      ("sc", StandardScaler())]), NUM),
])
clf = Pipeline([("pre", pre), ("lr", LogisticRegression(C=1.0, class_weight="balanced", max_iter=1000))])
clf.fit(X_tr, y_tr)
proba = clf.predict_proba(X_va)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print("baseline ROC AUC:", roc_auc_score(y_va, dummy.predict_proba(X_va)[:, 1]))
print("logreg   ROC AUC:", roc_auc_score(y_va, proba))
print("logreg   PR AUC :", average_precision_score(y_va, proba))
print("logreg   F1@0.5 :", f1_score(y_va, proba >= 0.5))

names = clf.named_steps["pre"].get_feature_names_out()
coef = pd.Series(clf.named_steps["lr"].coef_[0], index=names).sort_values()
print(coef.head(5), coef.tail(5), sep="\n")

clf.fit(X, y)
test = pd.read_csv("test.csv")
pd.DataFrame({"application_id": test["application_id"],
              "prediction": clf.predict_proba(test[CAT + NUM])[:, 1]}).to_csv("predictions.csv", index=False)
