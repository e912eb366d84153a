"""Online Shoppers Purchasing Intention - session -> purchase (Revenue) classifier.

The minority class is upsampled inside the training split only; the test split
keeps its natural class balance.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import (average_precision_score, classification_report, confusion_matrix,
                             roc_auc_score)
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils import resample

SEED = 11
MONTHS = {"Feb": 2, "Mar": 3, "May": 5, "June": 6, "Jul": 7, "Aug": 8, "Sep": 9,
          "Oct": 10, "Nov": 11, "Dec": 12}

df = pd.read_csv("data/online_shoppers_intention.csv")
print(df.shape)
print(df["Revenue"].value_counts(normalize=True).round(3))
print(df.describe().T[["mean", "50%", "max"]])

df["Revenue"] = df["Revenue"].astype(int)
df["Weekend"] = df["Weekend"].astype(int)
df["month_num"] = df["Month"].map(MONTHS)
df["total_pages"] = df["Administrative"] + df["Informational"] + df["ProductRelated"]
df["total_duration"] = (df["Administrative_Duration"] + df["Informational_Duration"]
                        + df["ProductRelated_Duration"])
df["product_share"] = df["ProductRelated"] / df["total_pages"].replace(0, np.nan)
df["product_share"] = df["product_share"].fillna(0.0)
df["has_page_value"] = (df["PageValues"] > 0).astype(int)
df["log_page_values"] = np.log1p(df["PageValues"])

df = pd.get_dummies(df, columns=["VisitorType", "Month"], drop_first=True, dtype=int)

X = df.drop(columns=["Revenue"])
y = df["Revenue"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y,
                                                    random_state=SEED)

# ---- upsample buyers in the training split only
train = pd.concat([X_train, y_train], axis=1)
buyers = train[train["Revenue"] == 1]
others = train[train["Revenue"] == 0]
buyers_up = resample(buyers, replace=True, n_samples=len(others) // 2, random_state=SEED)
train_bal = pd.concat([others, buyers_up]).sample(frac=1.0, random_state=SEED)
X_bal, y_bal = train_bal.drop(columns=["Revenue"]), train_bal["Revenue"]
print("balanced training set:", y_bal.value_counts().to_dict())

models = {
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000)),
    "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=2, random_state=SEED),
    "gb": GradientBoostingClassifier(random_state=SEED),
}
# model choice by CV on the untouched training split (resampling would put copies
# of the same buyer into both sides of a fold)
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
cv_scores = {}
for name, model in models.items():
    s = cross_val_score(model, X_train, y_train, cv=cv, scoring="average_precision")
    cv_scores[name] = s.mean()
    print(f"{name:7s} cv PR-AUC {s.mean():.4f} +/- {s.std():.4f}")

best = max(cv_scores, key=cv_scores.get)
print("chosen:", best)
clf = models[best].fit(X_bal, y_bal)

proba = clf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)
print(f"test ROC-AUC {roc_auc_score(y_test, proba):.4f}")
print(f"test PR-AUC  {average_precision_score(y_test, proba):.4f}")
print(classification_report(y_test, pred, digits=3))
print(confusion_matrix(y_test, pred))
