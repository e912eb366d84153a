# Telco churn - quick logistic regression on one-hot encoded features
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("telco_customer_churn.csv")

df["TotalCharges"] = pd.to_numeric(df["TotalCharges"].str.strip(), errors="coerce")
df = df.dropna(subset=["TotalCharges"])
df["Churn"] = df["Churn"].map({"Yes": 1, "No": 0})

# tenure buckets, as in most churn write-ups
df["tenure_group"] = pd.cut(
    df["tenure"], bins=[0, 12, 24, 48, 72], labels=["0-1y", "1-2y", "2-4y", "4-6y"], include_lowest=True
)
df["charges_ratio"] = df["MonthlyCharges"] / (df["TotalCharges"] / df["tenure"].clip(lower=1))

y = df["Churn"]
X = pd.get_dummies(df.drop(columns=["customerID"]), drop_first=True, dtype=float)
print("feature matrix:", X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=99)

model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000, C=1.0))

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=99)
cv_auc = cross_val_score(model, X_train, y_train, cv=cv, scoring="roc_auc")
print("CV AUC:", np.round(cv_auc, 3), "mean", cv_auc.mean().round(3))

model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]
print("test AUC:", round(roc_auc_score(y_test, proba), 4))
print(classification_report(y_test, (proba > 0.5).astype(int), digits=3))

coefs = pd.Series(model[-1].coef_[0], index=X.columns).sort_values()
print(coefs.tail(10))
