#!/usr/bin/env python
"""Loan default model on the credit_risk_dataset (Kaggle, laotse).

Defaults are ~22% of loans, so I balance the classes with SMOTE before training.
"""
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import classification_report, roc_auc_score, average_precision_score
from sklearn.model_selection import train_test_split

SEED = 2024
TARGET = "loan_status"


def load(path="credit_risk_dataset.csv"):
    df = pd.read_csv(path)
    # obvious data errors
    df = df[(df["person_age"] < 100) & (df["person_emp_length"].fillna(0) < 60)]
    df = df.dropna(subset=["loan_int_rate", "person_emp_length"])
    df["cb_person_default_on_file"] = (df["cb_person_default_on_file"] == "Y").astype(int)
    df = pd.get_dummies(df, columns=["person_home_ownership", "loan_intent", "loan_grade"], dtype=int)
    return df


df = load()
print(df.shape)
print(df[TARGET].value_counts(normalize=True).round(3))

X = df.drop(columns=[TARGET])
y = df[TARGET]

X_bal, y_bal = SMOTE(random_state=SEED).fit_resample(X, y)
print("after SMOTE:", y_bal.value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(
    X_bal, y_bal, test_size=0.2, stratify=y_bal, random_state=SEED
)

baseline = DummyClassifier(strategy="stratified", random_state=SEED).fit(X_train, y_train)
print("baseline AUC:", round(roc_auc_score(y_test, baseline.predict_proba(X_test)[:, 1]), 3))

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=3, n_jobs=-1, random_state=SEED)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]

print("RF AUC:", round(roc_auc_score(y_test, proba), 3))
print("RF AP :", round(average_precision_score(y_test, proba), 3))
print(classification_report(y_test, (proba > 0.5).astype(int), digits=3))

imp = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(imp.head(12).round(3))
