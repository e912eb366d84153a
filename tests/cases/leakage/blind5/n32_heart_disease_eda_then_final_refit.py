"""Heart disease (UCI Cleveland, 303 patients): logistic regression vs. gradient boosting.

Workflow: EDA on the full table (printing only), model choice by cross-validation on the
training split, one score on the test split, then a final refit on all rows for the
model that is saved.
"""
import joblib
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, classification_report, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "target"
NUM = ["age", "trestbps", "chol", "thalach", "oldpeak", "ca"]
CAT = ["sex", "cp", "fbs", "restecg", "exang", "slope", "thal"]
SEED = 0

heart = pd.read_csv("heart_cleveland.csv")
heart = heart.replace("?", np.nan)
heart[["ca", "thal"]] = heart[["ca", "thal"]].apply(pd.to_numeric)
heart[TARGET] = (heart["num"] > 0).astype(int)
heart = heart.drop(columns=["num"])

# ------------------------------------------------------------------ EDA (printed only)
print(heart.shape)
print(heart[TARGET].value_counts(normalize=True).round(3))
print(heart.isna().sum()[lambda s: s > 0])
print(heart.groupby(TARGET)[NUM].mean().round(1).T)
print(heart.corr(numeric_only=True)[TARGET].sort_values().round(3))
print("median cholesterol:", heart["chol"].median(), "| mean age:", round(heart["age"].mean(), 1))
print(pd.crosstab(heart["cp"], heart[TARGET], normalize="index").round(2))

# ------------------------------------------------------------------ models
def make_pre():
    return ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                          ("sc", StandardScaler())]), NUM),
        ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                          ("oh", OneHotEncoder(handle_unknown="ignore"))]), CAT),
    ])


candidates = {
    "logreg": Pipeline([("pre", make_pre()), ("clf", LogisticRegression(C=0.3, max_iter=2000))]),
    "gbm": Pipeline([("pre", make_pre()),
                     ("clf", GradientBoostingClassifier(n_estimators=150, max_depth=2,
                                                        learning_rate=0.05, random_state=SEED))]),
}

X = heart[NUM + CAT]
y = heart[TARGET]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y,
                                                    random_state=SEED)

cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=SEED)
cv_scores = {}
for name, pipe in candidates.items():
    s = cross_val_score(pipe, X_train, y_train, cv=cv, scoring="roc_auc")
    cv_scores[name] = s.mean()
    print(f"{name:7s} CV ROC AUC {s.mean():.3f} +- {s.std():.3f}")

chosen = max(cv_scores, key=cv_scores.get)
model = candidates[chosen].fit(X_train, y_train)
proba = model.predict_proba(X_test)[:, 1]
majority = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

print("chosen by CV       :", chosen)
print("test ROC AUC       :", round(roc_auc_score(y_test, proba), 3))
print("test accuracy      :", round(accuracy_score(y_test, (proba >= 0.5).astype(int)), 3))
print("majority accuracy  :", round(accuracy_score(y_test, majority.predict(X_test)), 3))
print(classification_report(y_test, (proba >= 0.5).astype(int), digits=3))

# ------------------------------------------------------------------ final model
# evaluation is finished; the deployed model uses every labelled patient
final_model = candidates[chosen].fit(X, y)
joblib.dump(final_model, "heart_model.joblib")
print("saved final model trained on", len(X), "patients")
