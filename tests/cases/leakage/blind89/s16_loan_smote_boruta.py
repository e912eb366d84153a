"""Loan default with SMOTE balancing and Boruta feature selection.

Defaults are ~4% of loans, so the classes are balanced with SMOTE before modelling;
Boruta then picks the relevant variables for a random forest.
"""
import numpy as np
import pandas as pd
from boruta import BorutaPy
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split

TARGET = "default_flag"

df = pd.read_csv("train.csv")
df = df.drop(columns=["loan_id", "recovery_amount", "collection_status", "days_past_due_max"])
df["term_months"] = df["term"].str.extract(r"(\d+)").astype(float)
df["emp_years"] = df["emp_length"].str.extract(r"(\d+)").astype(float)
df = df.drop(columns=["term", "emp_length"])
df = pd.get_dummies(df, columns=["grade", "home_ownership", "verification_status", "purpose"], dtype=float)
df = df.drop(columns=["sub_grade", "addr_state"])

X = df.drop(columns=[TARGET]).fillna(0)
y = df[TARGET].astype(int)
print("class balance before:", y.value_counts().to_dict())

smote = SMOTE(sampling_strategy=0.5, k_neighbors=5, random_state=0)
X_bal, y_bal = smote.fit_resample(X, y)
print("class balance after:", pd.Series(y_bal).value_counts().to_dict())

X_train, X_test, y_train, y_test = train_test_split(
    X_bal, y_bal, test_size=0.25, stratify=y_bal, random_state=0)

rf = RandomForestClassifier(n_jobs=-1, max_depth=6, class_weight="balanced", random_state=0)
feat_selector = BorutaPy(rf, n_estimators="auto", verbose=2, random_state=1)
feat_selector.fit(X_train.values, y_train.values)

selected = X.columns[feat_selector.support_].tolist()
print("Boruta confirmed:", selected)
print("ranking:", dict(zip(X.columns, feat_selector.ranking_)))

model = RandomForestClassifier(n_estimators=500, min_samples_leaf=5, n_jobs=-1, random_state=0)
model.fit(X_train[selected], y_train)
proba = model.predict_proba(X_test[selected])[:, 1]

print(f"ROC AUC: {roc_auc_score(y_test, proba):.4f}")
print(f"PR AUC:  {average_precision_score(y_test, proba):.4f}")
print(classification_report(y_test, (proba >= 0.5).astype(int), digits=3))

imp = pd.Series(model.feature_importances_, index=selected).sort_values(ascending=False)
print(imp.head(15).round(4).to_string())
