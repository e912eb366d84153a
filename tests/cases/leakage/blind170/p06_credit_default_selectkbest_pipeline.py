# Default of credit card clients - feature selection tuned inside cross-validation
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("UCI_Credit_Card.csv")
df = df.rename(columns={"default.payment.next.month": "default", "PAY_0": "PAY_1"})

status_cols = [f"PAY_{i}" for i in range(1, 7)]
for i in range(1, 7):
    df[f"UTIL_{i}"] = df[f"BILL_AMT{i}"] / df["LIMIT_BAL"]
df["MAX_DELAY"] = df[status_cols].max(axis=1)
df["N_DELAYS"] = (df[status_cols] > 0).sum(axis=1)

y = df["default"].values
X = df.drop(columns=["ID", "default"])

pipe = Pipeline(
    [
        ("scale", StandardScaler()),
        ("select", SelectKBest(score_func=mutual_info_classif)),
        ("clf", LogisticRegression(max_iter=1000)),
    ]
)

param_grid = {
    "select__k": [8, 12, 16, 24],
    "clf__C": [0.03, 0.1, 0.3, 1.0],
}

inner = StratifiedKFold(n_splits=3, shuffle=True, random_state=1)
outer = StratifiedKFold(n_splits=5, shuffle=True, random_state=2)

search = GridSearchCV(pipe, param_grid, scoring="roc_auc", cv=inner, n_jobs=-1)

# nested CV: the selector and C are re-chosen inside each outer training fold
nested_auc = cross_val_score(search, X, y, cv=outer, scoring="roc_auc")
dummy_auc = cross_val_score(DummyClassifier(strategy="prior"), X, y, cv=outer, scoring="roc_auc")

print(f"dummy  AUC: {dummy_auc.mean():.3f}")
print(f"nested AUC: {nested_auc.mean():.3f} +/- {nested_auc.std():.3f}")

# refit on everything to inspect which features the final model keeps
search.fit(X, y)
best = search.best_estimator_
mask = best.named_steps["select"].get_support()
print("best params:", search.best_params_)
print("selected:", list(X.columns[mask]))
coefs = pd.Series(best.named_steps["clf"].coef_[0], index=X.columns[mask])
print(coefs.sort_values().round(3))
