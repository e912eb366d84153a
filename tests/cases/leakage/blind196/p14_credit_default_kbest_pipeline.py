"""Default of credit card clients (UCI / Kaggle "UCI_Credit_Card.csv").

Logistic regression on the 12 best ANOVA-F features; scaling and selection
are steps of a pipeline fitted on the training split.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "default.payment.next.month"

df = pd.read_csv("UCI_Credit_Card.csv")
df = df.rename(columns={"PAY_0": "PAY_1"})
print(df.shape)
print(df[TARGET].value_counts())

# undocumented education / marriage codes -> "other"
df["EDUCATION"] = df["EDUCATION"].replace({0: 4, 5: 4, 6: 4})
df["MARRIAGE"] = df["MARRIAGE"].replace({0: 3})

# utilisation and payment ratios
for i in range(1, 7):
    df[f"UTIL_{i}"] = df[f"BILL_AMT{i}"] / df["LIMIT_BAL"]
for i in range(1, 6):
    df[f"PAYRATIO_{i}"] = df[f"PAY_AMT{i}"] / (df[f"BILL_AMT{i + 1}"].abs() + 1)

X = df.drop(columns=["ID", TARGET])
y = df[TARGET]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=2024)

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("select", SelectKBest(score_func=f_classif, k=12)),
    ("clf", LogisticRegression(C=0.5, max_iter=2000, class_weight="balanced")),
])
pipe.fit(X_train, y_train)
kept = X.columns[pipe.named_steps["select"].get_support()]
print("kept features:", list(kept))

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("baseline (prior) ROC AUC:", roc_auc_score(y_test, baseline.predict_proba(X_test)[:, 1]))

proba = pipe.predict_proba(X_test)[:, 1]
print("logreg ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print(classification_report(y_test, (proba > 0.5).astype(int)))

coef = pd.Series(pipe.named_steps["clf"].coef_[0], index=kept).sort_values(key=np.abs, ascending=False)
print(coef)
