"""Adult census income (>50K) - logistic regression vs gradient boosting.

Preprocessing in a ColumnTransformer, model comparison with stratified CV on
the training split, one final evaluation on the held-out split, and a
majority-class baseline for reference.
"""
import numpy as np
import pandas as pd
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_validate
from sklearn.metrics import accuracy_score, roc_auc_score, f1_score, classification_report

COLUMNS = ["age", "workclass", "fnlwgt", "education", "education_num", "marital_status", "occupation",
           "relationship", "race", "sex", "capital_gain", "capital_loss", "hours_per_week",
           "native_country", "income"]

adult = pd.read_csv("adult.data", header=None, names=COLUMNS, na_values="?", skipinitialspace=True)
adult["income"] = (adult["income"] == ">50K").astype(int)
print(adult.shape, "positive share:", round(adult["income"].mean(), 3))

fig, axes = plt.subplots(1, 3, figsize=(18, 4))
sns.histplot(data=adult, x="age", hue="income", ax=axes[0], multiple="stack")
sns.boxplot(x="income", y="hours_per_week", data=adult, ax=axes[1])
adult.groupby("education_num")["income"].mean().plot(ax=axes[2], marker="o")
fig.tight_layout()
fig.savefig("adult_eda.png")

adult["capital_net"] = adult["capital_gain"] - adult["capital_loss"]
adult["log_capital_gain"] = np.log1p(adult["capital_gain"])

num_cols = ["age", "education_num", "hours_per_week", "capital_net", "log_capital_gain"]
cat_cols = ["workclass", "marital_status", "occupation", "relationship", "race", "sex", "native_country"]

X = adult[num_cols + cat_cols]
y = adult["income"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)

prep = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num_cols),
    ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                      ("ohe", OneHotEncoder(handle_unknown="ignore", min_frequency=20))]), cat_cols),
])

candidates = {
    "majority baseline": DummyClassifier(strategy="most_frequent"),
    "logistic regression": LogisticRegression(max_iter=3000, C=0.5),
    "hist gradient boosting": HistGradientBoostingClassifier(max_iter=400, learning_rate=0.06, random_state=0),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
summary = {}
for name, clf in candidates.items():
    pipe = Pipeline([("prep", prep), ("clf", clf)])
    res = cross_validate(pipe, X_train, y_train, cv=cv, scoring=["accuracy", "roc_auc", "f1"], n_jobs=-1)
    summary[name] = {m: res[f"test_{m}"].mean() for m in ["accuracy", "roc_auc", "f1"]}
summary = pd.DataFrame(summary).T
print(summary.round(4))

best_name = summary.drop("majority baseline")["roc_auc"].idxmax()
final = Pipeline([("prep", prep), ("clf", candidates[best_name])]).fit(X_train, y_train)

proba = final.predict_proba(X_test)[:, 1]
pred = final.predict(X_test)
print(f"\n{best_name} on the held-out split")
print("accuracy:", round(accuracy_score(y_test, pred), 4))
print("ROC AUC :", round(roc_auc_score(y_test, proba), 4))
print("F1      :", round(f1_score(y_test, pred), 4))
print(classification_report(y_test, pred))

maj = Pipeline([("prep", prep), ("clf", DummyClassifier(strategy="most_frequent"))]).fit(X_train, y_train)
print("majority baseline held-out accuracy:", round(accuracy_score(y_test, maj.predict(X_test)), 4))
