"""Marketing campaign response - logistic regression on the 12 best features."""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, classification_report

df = pd.read_csv("train.csv")
df = df.dropna(subset=["Income"])
print(df.shape, df["Response"].mean().round(3))

df["Age"] = 2014 - df["Year_Birth"]
df["Dt_Customer"] = pd.to_datetime(df["Dt_Customer"], dayfirst=True)
df["days_customer"] = (pd.Timestamp("2014-12-31") - df["Dt_Customer"]).dt.days
mnt_cols = [c for c in df.columns if c.startswith("Mnt")]
df["total_spent"] = df[mnt_cols].sum(axis=1)
df["children"] = df["Kidhome"] + df["Teenhome"]
df["accepted_before"] = df[[f"AcceptedCmp{i}" for i in range(1, 6)]].sum(axis=1)
df["Marital_Status"] = df["Marital_Status"].replace({"Alone": "Single", "Absurd": "Single", "YOLO": "Single"})

data = pd.get_dummies(df.drop(columns=["ID", "Dt_Customer", "Year_Birth", "Z_CostContact", "Z_Revenue"]),
                      columns=["Education", "Marital_Status"], drop_first=True)
X = data.drop(columns=["Response"])
y = data["Response"]

selector = SelectKBest(score_func=f_classif, k=12)
selector.fit(X, y)
scores = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
print(scores.head(20).round(1))
best_cols = X.columns[selector.get_support()]
print("selected:", list(best_cols))

X_train, X_test, y_train, y_test = train_test_split(X[best_cols], y, test_size=0.25, stratify=y, random_state=5)

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("prior baseline ROC AUC:", round(roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]), 4))

model = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, class_weight="balanced", max_iter=1000))
model.fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]
pred = model.predict(X_test)
print("ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("F1     :", round(f1_score(y_test, pred), 4))
print(classification_report(y_test, pred, digits=3))

coef = pd.Series(model[-1].coef_[0], index=best_cols).sort_values()
coef.plot(kind="barh", figsize=(7, 5))
plt.tight_layout()
plt.savefig("logreg_coef.png")
