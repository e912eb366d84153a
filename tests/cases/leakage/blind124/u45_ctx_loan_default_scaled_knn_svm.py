# Loan default take-home
# target: default (1 = borrower defaulted within 12 months)

import pandas as pd
import numpy as np
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import train_test_split, GridSearchCV
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, f1_score, classification_report

loans = pd.read_csv("train.csv")
print(loans.shape)
print(loans.isna().mean().sort_values(ascending=False).head())
print(loans["default"].mean())

loans = loans.dropna(subset=["annual_income", "credit_score"])
loans["emp_length"] = loans["emp_length"].fillna(0)
loans["loan_to_income"] = loans["loan_amount"] / loans["annual_income"]
loans["log_income"] = np.log1p(loans["annual_income"])

features = pd.get_dummies(
    loans.drop(columns=["loan_id", "default"]),
    columns=["purpose", "home_ownership", "term"],
    drop_first=True,
    dtype=int,
)
target = loans["default"]

# distance-based models need scaled inputs
scaler = StandardScaler()
features_scaled = scaler.fit_transform(features)

X_train, X_test, y_train, y_test = train_test_split(
    features_scaled, target, test_size=0.25, stratify=target, random_state=10
)

searches = {
    "knn": GridSearchCV(KNeighborsClassifier(), {"n_neighbors": [15, 31, 51], "weights": ["uniform", "distance"]},
                        cv=4, scoring="roc_auc", n_jobs=-1),
    "svm": GridSearchCV(SVC(probability=True), {"C": [0.3, 1, 3]}, cv=4, scoring="roc_auc", n_jobs=-1),
    "logreg": GridSearchCV(LogisticRegression(max_iter=3000), {"C": [0.01, 0.1, 1]}, cv=4, scoring="roc_auc"),
}

cv_best = {}
for name, gs in searches.items():
    gs.fit(X_train, y_train)
    cv_best[name] = gs.best_score_
    print(f"{name:7s} CV AUC {gs.best_score_:.4f} {gs.best_params_}")

winner = max(cv_best, key=cv_best.get)
model = searches[winner].best_estimator_
proba = model.predict_proba(X_test)[:, 1]
print(f"\n{winner}: test AUC {roc_auc_score(y_test, proba):.4f}")
print(f"test F1 at 0.35: {f1_score(y_test, (proba > 0.35).astype(int)):.4f}")
print(classification_report(y_test, (proba > 0.35).astype(int)))
