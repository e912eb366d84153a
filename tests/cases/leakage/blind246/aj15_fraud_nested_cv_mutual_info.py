# Fraud take-home -- nested CV over a compact feature set
#
# Why nested: I tune regularisation, and a single CV loop that both tunes
# and reports is optimistic. Outer 5 folds report, inner 3 folds tune.
# Why feature selection: after one-hot encoding there are ~180 columns, most of
# them tiny merchant/country dummies; keeping the top 40 by mutual information
# makes the logistic model stable and easy to explain to the fraud team.

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, StratifiedKFold, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

SEED = 42

raw = pd.read_csv("train.csv")
print(raw.shape, f"fraud={raw.is_fraud.mean():.4f}")

y = raw["is_fraud"].to_numpy()
X = raw.drop(columns=["transaction_id", "card_id", "is_fraud", "chargeback_flag"])
X["amount"] = np.log1p(X["amount"])
X["hour_sin"] = np.sin(2 * np.pi * X["hour"] / 24)
X["hour_cos"] = np.cos(2 * np.pi * X["hour"] / 24)
X = pd.get_dummies(X, columns=["merchant_category", "country", "device_type"], dtype=float)
X = X.fillna(0.0)
print("design matrix", X.shape)

# keep the 40 most informative columns
selector = SelectKBest(mutual_info_classif, k=40).fit(X, y)
kept = X.columns[selector.get_support()]
print("kept:", list(kept)[:15], "...")
X_sel = X[kept]

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("lr", LogisticRegression(max_iter=3000, class_weight="balanced", solver="lbfgs")),
])
grid = {"lr__C": [0.01, 0.03, 0.1, 0.3, 1.0]}
inner = StratifiedKFold(3, shuffle=True, random_state=SEED)
outer = StratifiedKFold(5, shuffle=True, random_state=SEED + 1)

search = GridSearchCV(pipe, grid, scoring="average_precision", cv=inner, n_jobs=-1)
nested_ap = cross_val_score(search, X_sel, y, scoring="average_precision", cv=outer)
nested_auc = cross_val_score(search, X_sel, y, scoring="roc_auc", cv=outer)
dummy_ap = cross_val_score(DummyClassifier(strategy="prior"), X_sel, y,
                           scoring="average_precision", cv=outer)

print(f"nested PR-AUC  {nested_ap.mean():.4f} +/- {nested_ap.std():.4f}  folds={np.round(nested_ap, 3)}")
print(f"nested ROC-AUC {nested_auc.mean():.4f} +/- {nested_auc.std():.4f}")
print(f"dummy  PR-AUC  {dummy_ap.mean():.4f}")

# final model for the submission, tuned on everything
search.fit(X_sel, y)
print("chosen C:", search.best_params_)
coefs = pd.Series(search.best_estimator_.named_steps["lr"].coef_.ravel(), index=kept)
print(coefs.sort_values(key=np.abs, ascending=False).head(12).round(3).to_string())
