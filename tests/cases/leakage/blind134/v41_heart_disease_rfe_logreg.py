"""Heart disease - recursive feature elimination, then cross-validated logistic regression.

One-hot encode the nominal attributes, let RFE keep the 10 most useful columns,
compare with a dummy classifier using 10-fold CV.
"""
import pandas as pd
from sklearn.feature_selection import RFE
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold, cross_validate

df = pd.read_csv("data/heart.csv")
print(df.shape)
print(df.isna().sum().sum(), "missing values")

nominal = ["cp", "restecg", "slope", "thal", "ca"]
X = pd.get_dummies(df.drop(columns="target"), columns=nominal, drop_first=True).astype(float)
y = df["target"]
print("columns after encoding:", X.shape[1])

rfe = RFE(estimator=LogisticRegression(max_iter=5000, solver="liblinear"), n_features_to_select=10)
rfe.fit(X, y)
kept = X.columns[rfe.support_].tolist()
print("RFE kept:", kept)
print(pd.Series(rfe.ranking_, index=X.columns).sort_values().to_string())

X_kept = X[kept]
cv = StratifiedKFold(n_splits=10, shuffle=True, random_state=1)
scoring = ["accuracy", "roc_auc", "f1"]

model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000))
res_model = cross_validate(model, X_kept, y, cv=cv, scoring=scoring)
res_dummy = cross_validate(DummyClassifier(strategy="most_frequent"), X_kept, y, cv=cv, scoring=scoring)

summary = pd.DataFrame({
    "dummy": {m: res_dummy[f"test_{m}"].mean() for m in scoring},
    "rfe+logreg": {m: res_model[f"test_{m}"].mean() for m in scoring},
}).round(3)
print(summary)

fold_auc = pd.Series(res_model["test_roc_auc"]).round(3)
print("per-fold ROC AUC:", fold_auc.tolist())
