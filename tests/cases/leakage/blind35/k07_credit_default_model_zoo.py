#!/usr/bin/env python
# Default of credit card clients (Taiwan, 2005) - compare a handful of classifiers
# and keep the best one for the risk dashboard.

import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import make_pipeline
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier, GradientBoostingClassifier, ExtraTreesClassifier
from sklearn.neighbors import KNeighborsClassifier
from sklearn.metrics import roc_auc_score, f1_score

data = pd.read_excel("default of credit card clients.xls", header=1)
data = data.rename(columns={"default payment next month": "default", "PAY_0": "PAY_1"})
data = data.drop(columns="ID")

# undocumented codes in EDUCATION / MARRIAGE go to "other"
data["EDUCATION"] = data["EDUCATION"].replace({0: 4, 5: 4, 6: 4})
data["MARRIAGE"] = data["MARRIAGE"].replace({0: 3})

print(data.shape)
print(data["default"].mean())
print(data.groupby("EDUCATION")["default"].mean())
print(data.groupby("SEX")["default"].mean())

pay_cols = [f"PAY_{i}" for i in range(1, 7)]
bill_cols = [f"BILL_AMT{i}" for i in range(1, 7)]
amt_cols = [f"PAY_AMT{i}" for i in range(1, 7)]

# behaviour features, all within the same client's row
data["months_delinquent"] = (data[pay_cols] > 0).sum(axis=1)
data["max_delay"] = data[pay_cols].max(axis=1)
data["avg_bill"] = data[bill_cols].mean(axis=1)
data["util_last"] = data["BILL_AMT1"] / data["LIMIT_BAL"]
data["pay_ratio_last"] = data["PAY_AMT1"] / data["BILL_AMT2"].replace(0, np.nan)
data["pay_ratio_last"] = data["pay_ratio_last"].fillna(1.0).clip(0, 5)

cat_cols = ["SEX", "EDUCATION", "MARRIAGE"]
num_cols = [c for c in data.columns if c not in cat_cols + ["default"]]

X = data.drop(columns="default")
y = data["default"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42, stratify=y)

pre = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])

models = {
    "logreg": LogisticRegression(max_iter=2000, C=0.3),
    "tree": DecisionTreeClassifier(max_depth=6, min_samples_leaf=50),
    "knn": KNeighborsClassifier(n_neighbors=50),
    "rf": RandomForestClassifier(n_estimators=400, min_samples_leaf=20, n_jobs=-1, random_state=1),
    "extra_trees": ExtraTreesClassifier(n_estimators=400, min_samples_leaf=20, n_jobs=-1, random_state=1),
    "gbm": GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, random_state=1),
}

results = {}
fitted = {}
for name, est in models.items():
    pipe = make_pipeline(pre, est)
    pipe.fit(X_train, y_train)
    p = pipe.predict_proba(X_test)[:, 1]
    auc = roc_auc_score(y_test, p)
    results[name] = {"auc": auc, "gini": 2 * auc - 1, "f1@0.5": f1_score(y_test, p > 0.5)}
    fitted[name] = pipe
    print(f"{name:12s} AUC={auc:.4f}")

res = pd.DataFrame(results).T.sort_values("gini", ascending=False)
print(res.round(4))

best_name = res.index[0]
best = fitted[best_name]
p_best = best.predict_proba(X_test)[:, 1]
final_auc = roc_auc_score(y_test, p_best)
print(f"\nSelected model: {best_name}")
print(f"Test Gini: {2 * final_auc - 1:.4f}")

# risk grades for the dashboard
grades = pd.qcut(p_best, 10, labels=[f"G{i}" for i in range(1, 11)])
print(pd.crosstab(grades, y_test.values, normalize="index").round(3))
