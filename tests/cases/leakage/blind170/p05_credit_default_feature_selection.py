# Default of credit card clients (UCI, Taiwan 2005)
# Logistic regression on the most informative features.
import warnings

import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

warnings.filterwarnings("ignore")

df = pd.read_excel("default of credit card clients.xls", header=1)
df = df.rename(columns={"default payment next month": "default", "PAY_0": "PAY_1"})
df = df.drop(columns=["ID"])
print(df.shape, df["default"].mean().round(3))

# --- feature engineering (row-wise) ---
bill_cols = [f"BILL_AMT{i}" for i in range(1, 7)]
pay_cols = [f"PAY_AMT{i}" for i in range(1, 7)]
status_cols = [f"PAY_{i}" for i in range(1, 7)]

for i in range(1, 7):
    df[f"UTIL_{i}"] = df[f"BILL_AMT{i}"] / df["LIMIT_BAL"]
    df[f"PAID_RATIO_{i}"] = df[f"PAY_AMT{i}"] / df[f"BILL_AMT{i}"].clip(lower=1)

df["MAX_DELAY"] = df[status_cols].max(axis=1)
df["N_DELAYS"] = (df[status_cols] > 0).sum(axis=1)
df["AVG_BILL"] = df[bill_cols].mean(axis=1)
df["AVG_PAY"] = df[pay_cols].mean(axis=1)
df["EDUCATION"] = df["EDUCATION"].replace({0: 4, 5: 4, 6: 4})
df["MARRIAGE"] = df["MARRIAGE"].replace({0: 3})

X = df.drop(columns=["default"])
y = df["default"]
print("candidate features:", X.shape[1])

# --- keep the 15 features with the highest mutual information ---
selector = SelectKBest(score_func=mutual_info_classif, k=15)
X_sel = selector.fit_transform(X, y)
kept = X.columns[selector.get_support()]
mi = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
print("kept:", list(kept))
print(mi.head(15).round(4))

# --- cross-validated evaluation ---
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["roc_auc", "f1", "balanced_accuracy"]

models = {
    "dummy_prior": DummyClassifier(strategy="prior"),
    "logreg": make_pipeline(StandardScaler(), LogisticRegression(max_iter=500, C=0.3)),
}

for name, est in models.items():
    res = cross_validate(est, X_sel, y, cv=cv, scoring=scoring)
    summary = {m: np.mean(res[f"test_{m}"]) for m in scoring}
    print(name, {k: round(v, 3) for k, v in summary.items()})
