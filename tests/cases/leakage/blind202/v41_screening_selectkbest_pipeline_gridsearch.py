"""
Screening model: one-hot encoding (pd.get_dummies, stateless), then a pipeline of
imputation -> scaling -> univariate selection -> logistic regression. The whole
pipeline is tuned with a grouped, stratified CV so selection is refitted per fold.
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedGroupKFold, GridSearchCV, cross_val_score

df = pd.read_csv("train.csv")
cat_cols = ["role", "seniority", "education_level", "source_channel", "university"]
num_cols = ["years_experience", "n_skills_matched", "assessment_score", "n_previous_applications"]

X = pd.get_dummies(df[cat_cols + num_cols], columns=cat_cols, dtype=float)
y = df["passed_screening"].to_numpy()
groups = df["applicant_id"].to_numpy()
print("design matrix:", X.shape, "positive rate:", y.mean().round(3))

pipe = Pipeline([
    ("impute", SimpleImputer(strategy="median")),
    ("scale", StandardScaler()),
    ("select", SelectKBest(mutual_info_classif)),
    ("clf", LogisticRegression(max_iter=3000, class_weight="balanced")),
])
grid = {
    "select__k": [10, 25, 50, "all"],
    "clf__C": [0.05, 0.2, 1.0, 5.0],
}
cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=8)
search = GridSearchCV(pipe, grid, scoring="roc_auc", cv=cv, n_jobs=-1, refit=True)
search.fit(X, y, groups=groups)
print("best params:", search.best_params_)
print("CV ROC AUC of best: %.4f" % search.best_score_)

# an honest estimate of the tuned pipeline: nested grouped CV
outer = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=9)
nested = []
for tr, te in outer.split(X, y, groups):
    inner = GridSearchCV(pipe, grid, scoring="roc_auc",
                         cv=StratifiedGroupKFold(n_splits=4, shuffle=True, random_state=8))
    inner.fit(X.iloc[tr], y[tr], groups=groups[tr])
    nested.append(inner.score(X.iloc[te], y[te]))
print("nested CV ROC AUC: %.4f +- %.4f" % (np.mean(nested), np.std(nested)))

baseline = cross_val_score(DummyClassifier(strategy="prior"), X, y, groups=groups, cv=cv, scoring="roc_auc")
print("baseline ROC AUC:", baseline.mean())

test = pd.read_csv("test.csv")
Xt = pd.get_dummies(test[cat_cols + num_cols], columns=cat_cols, dtype=float).reindex(columns=X.columns, fill_value=0.0)
pd.DataFrame({"application_id": test["application_id"],
              "prediction": search.best_estimator_.predict_proba(Xt)[:, 1]}).to_csv("predictions.csv", index=False)
