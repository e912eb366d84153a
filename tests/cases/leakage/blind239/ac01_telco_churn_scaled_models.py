"""Telco customer churn - compare a few classifiers.

Dataset: WA_Fn-UseC_-Telco-Customer-Churn.csv (Kaggle, blastchar)
"""
import warnings

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split, cross_val_score, StratifiedKFold
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import roc_auc_score, classification_report, confusion_matrix, RocCurveDisplay

warnings.filterwarnings("ignore")
SEED = 42

df = pd.read_csv("WA_Fn-UseC_-Telco-Customer-Churn.csv")
print(df.shape)
print(df.head())

# TotalCharges has blanks for brand-new customers (tenure 0)
df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce")
print("blank TotalCharges:", df["TotalCharges"].isna().sum())
df["TotalCharges"] = df["TotalCharges"].fillna(0)

df["Churn"] = (df["Churn"] == "Yes").astype(int)
print(df["Churn"].value_counts(normalize=True))

df = df.drop(columns=["customerID"])

# yes/no columns -> 0/1
binary_cols = ["Partner", "Dependents", "PhoneService", "PaperlessBilling"]
for c in binary_cols:
    df[c] = df[c].map({"Yes": 1, "No": 0})
df["gender"] = (df["gender"] == "Female").astype(int)

# a couple of handmade features
df["charges_per_month_tenure"] = df["TotalCharges"] / (df["tenure"] + 1)
df["n_services"] = (
    df[["OnlineSecurity", "OnlineBackup", "DeviceProtection", "TechSupport", "StreamingTV", "StreamingMovies"]]
    == "Yes"
).sum(axis=1)

cat_cols = [c for c in df.columns if df[c].dtype == "object"]
print("categoricals:", cat_cols)
df = pd.get_dummies(df, columns=cat_cols, drop_first=True)

X = df.drop(columns=["Churn"])
y = df["Churn"]

num_cols = ["tenure", "MonthlyCharges", "TotalCharges", "charges_per_month_tenure", "n_services"]
scaler = StandardScaler()
X[num_cols] = scaler.fit_transform(X[num_cols])

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=SEED
)
print("train", X_train.shape, "test", X_test.shape)


def make_models():
    return {
        "logreg": LogisticRegression(max_iter=2000, C=0.5),
        "knn": KNeighborsClassifier(n_neighbors=25),
        "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=5, random_state=SEED, n_jobs=-1),
        "gbm": GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, random_state=SEED),
    }


skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
cv_results = {}
for name, model in make_models().items():
    scores = cross_val_score(model, X_train, y_train, cv=skf, scoring="roc_auc")
    cv_results[name] = scores
    print(f"{name:8s} CV AUC {scores.mean():.4f} +/- {scores.std():.4f}")

best_name = max(cv_results, key=lambda k: cv_results[k].mean())
print("best by CV:", best_name)

best_model = make_models()[best_name]
best_model.fit(X_train, y_train)
proba = best_model.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

print("\nTest ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print(classification_report(y_test, pred, digits=3))
print(confusion_matrix(y_test, pred))

fig, ax = plt.subplots(figsize=(5, 5))
RocCurveDisplay.from_predictions(y_test, proba, ax=ax, name=best_name)
ax.set_title("Churn ROC (test)")
plt.tight_layout()
plt.savefig("roc_test.png")

if hasattr(best_model, "feature_importances_"):
    imp = pd.Series(best_model.feature_importances_, index=X_train.columns).sort_values(ascending=False)
    print(imp.head(15))
elif hasattr(best_model, "coef_"):
    coefs = pd.Series(best_model.coef_[0], index=X_train.columns).sort_values()
    print(coefs.head(10))
    print(coefs.tail(10))

# final model on everything for scoring new customers
final_model = make_models()[best_name]
final_model.fit(X, y)
print("final model trained on", len(X), "rows")
