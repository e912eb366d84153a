# Telco customer churn - balance the classes with SMOTE and compare classifiers
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import (accuracy_score, precision_score, recall_score,
                             f1_score, roc_auc_score, confusion_matrix)
from xgboost import XGBClassifier

df = pd.read_csv("WA_Fn-UseC_-Telco-Customer-Churn.csv")
print(df.shape)

df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce").fillna(0.0)
df["Churn"] = (df["Churn"] == "Yes").astype(int)
df = df.drop(columns=["customerID"])
print(df["Churn"].value_counts())

# tenure buckets (fixed edges)
df["tenure_grp"] = pd.cut(df["tenure"], bins=[-1, 12, 24, 48, 60, 100],
                          labels=["0-1y", "1-2y", "2-4y", "4-5y", "5y+"])

binary = ["gender", "Partner", "Dependents", "PhoneService", "PaperlessBilling"]
for c in binary:
    df[c] = df[c].map({"Yes": 1, "No": 0, "Male": 1, "Female": 0})

multi = ["MultipleLines", "InternetService", "OnlineSecurity", "OnlineBackup",
         "DeviceProtection", "TechSupport", "StreamingTV", "StreamingMovies",
         "Contract", "PaymentMethod", "tenure_grp"]
df = pd.get_dummies(df, columns=multi, drop_first=True, dtype=int)

X = df.drop(columns=["Churn"])
y = df["Churn"]
print("before SMOTE:", np.bincount(y))

sm = SMOTE(random_state=42, k_neighbors=5)
X_bal, y_bal = sm.fit_resample(X, y)
print("after SMOTE:", np.bincount(y_bal))

X_train, X_test, y_train, y_test = train_test_split(
    X_bal, y_bal, test_size=0.25, stratify=y_bal, random_state=42
)

models = {
    "baseline (most frequent)": DummyClassifier(strategy="most_frequent"),
    "logistic": make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)),
    "random forest": RandomForestClassifier(n_estimators=500, min_samples_leaf=3, random_state=42),
    "xgboost": XGBClassifier(n_estimators=400, max_depth=4, learning_rate=0.05,
                             subsample=0.9, colsample_bytree=0.8, eval_metric="logloss",
                             random_state=42),
}


def evaluate(model, X_te, y_te):
    proba = model.predict_proba(X_te)[:, 1]
    pred = (proba >= 0.5).astype(int)
    return {
        "accuracy": accuracy_score(y_te, pred),
        "precision": precision_score(y_te, pred, zero_division=0),
        "recall": recall_score(y_te, pred),
        "f1": f1_score(y_te, pred),
        "roc_auc": roc_auc_score(y_te, proba),
    }


table = {}
for name, model in models.items():
    model.fit(X_train, y_train)
    table[name] = evaluate(model, X_test, y_test)

table = pd.DataFrame(table).T.round(4)
print(table)

cm = confusion_matrix(y_test, models["xgboost"].predict(X_test))
print("xgboost confusion matrix")
print(cm)

table[["f1", "roc_auc"]].plot(kind="bar", figsize=(9, 4), rot=0)
plt.title("Churn models")
plt.ylim(0, 1)
plt.show()
