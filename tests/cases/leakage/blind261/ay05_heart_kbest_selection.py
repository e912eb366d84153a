"""
Heart disease UCI (heart.csv, 303 rows) - feature selection + classification.
Trying to see if fewer features gives a better model.
"""
import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, f_classif
from sklearn.model_selection import train_test_split, cross_val_score, StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, accuracy_score, classification_report

SEED = 0

heart = pd.read_csv("heart.csv")
print(heart.shape)
print(heart.isna().sum().sum(), "missing values")
print(heart.target.value_counts())

# categorical codes -> one hot
heart = pd.get_dummies(heart, columns=["cp", "thal", "slope", "restecg"], prefix=["cp", "thal", "slope", "ecg"])

X = heart.drop(columns="target")
y = heart["target"]
print("features:", X.shape[1])

# keep the 10 most informative features (ANOVA F)
selector = SelectKBest(score_func=f_classif, k=10)
selector.fit(X, y)
scores = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
print(scores.round(2))
keep = X.columns[selector.get_support()]
print("kept:", list(keep))
X_sel = X[keep]

X_train, X_test, y_train, y_test = train_test_split(X_sel, y, test_size=0.25, stratify=y, random_state=SEED)

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
candidates = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=500)),
    "rf": RandomForestClassifier(n_estimators=400, max_depth=5, random_state=SEED),
}

for name, clf in candidates.items():
    cv_auc = cross_val_score(clf, X_train, y_train, cv=cv, scoring="roc_auc")
    clf.fit(X_train, y_train)
    auc = roc_auc_score(y_test, clf.predict_proba(X_test)[:, 1])
    acc = accuracy_score(y_test, clf.predict(X_test))
    print(f"{name:7s} cv auc {cv_auc.mean():.3f} +- {cv_auc.std():.3f} | test auc {auc:.3f} acc {acc:.3f}")

print(classification_report(y_test, candidates["logreg"].predict(X_test)))
