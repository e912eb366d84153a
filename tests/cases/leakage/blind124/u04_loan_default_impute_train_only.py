"""
Loan Default Prediction - final project
Predict whether a borrower defaults (`Default` = 1) from application data.
"""
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt

from sklearn.model_selection import train_test_split, cross_val_score
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, precision_score, recall_score, f1_score

DATA_PATH = "data/loan_default.csv"


def load_data(path):
    data = pd.read_csv(path)
    print("Loaded", data.shape)
    return data


def eda(data):
    print(data.describe().T)
    print("\nMissing values per column:")
    print(data.isna().sum().sort_values(ascending=False).head(10))
    print("\nDefault rate:", data["Default"].mean().round(3))
    data[["Income", "LoanAmount", "CreditScore"]].hist(bins=40, figsize=(12, 3), layout=(1, 3))
    plt.tight_layout()
    plt.savefig("figures/numeric_hist.png")


def encode(data):
    cat_cols = data.select_dtypes(include="object").columns
    data[cat_cols] = data[cat_cols].fillna("Unknown")
    return pd.get_dummies(data, columns=list(cat_cols), drop_first=True, dtype=int)


df = load_data(DATA_PATH)
eda(df)
df = encode(df.drop(columns=["LoanID"]))

X = df.drop(columns=["Default"])
y = df["Default"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=1)

# numeric gaps filled with medians from the training rows
num_cols = [c for c in ["Income", "LoanAmount", "CreditScore", "MonthsEmployed", "DTIRatio", "InterestRate"] if c in X.columns]
train_medians = X_train[num_cols].median()
X_train = X_train.fillna(train_medians)
X_test = X_test.fillna(train_medians)

models = {
    "Baseline (majority)": DummyClassifier(strategy="most_frequent"),
    "Logistic Regression": LogisticRegression(max_iter=3000, class_weight="balanced"),
    "Decision Tree": DecisionTreeClassifier(max_depth=6, class_weight="balanced", random_state=1),
    "Random Forest": RandomForestClassifier(n_estimators=300, class_weight="balanced", n_jobs=-1, random_state=1),
    "Extra Trees": ExtraTreesClassifier(n_estimators=300, class_weight="balanced", n_jobs=-1, random_state=1),
}

cv_scores = {}
for name, model in models.items():
    cv_scores[name] = cross_val_score(model, X_train, y_train, cv=5, scoring="roc_auc").mean()
    print(f"{name:22s} CV AUC: {cv_scores[name]:.4f}")

best_name = max(cv_scores, key=cv_scores.get)
best_model = models[best_name].fit(X_train, y_train)

proba = best_model.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)
summary = pd.Series({
    "roc_auc": roc_auc_score(y_test, proba),
    "precision": precision_score(y_test, pred),
    "recall": recall_score(y_test, pred),
    "f1": f1_score(y_test, pred),
})
print(f"\nSelected model: {best_name}")
print(summary.round(4))

if hasattr(best_model, "feature_importances_"):
    imp = pd.Series(best_model.feature_importances_, index=X.columns).nlargest(15)
    imp.sort_values().plot(kind="barh", figsize=(6, 6), title="Top 15 features")
    plt.tight_layout()
    plt.savefig("figures/importances.png")
