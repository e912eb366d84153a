"""Loan approval prediction: compare eight classifiers by cross-validation, test once at the end."""
import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split, StratifiedKFold, cross_val_score
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.neighbors import KNeighborsClassifier
from sklearn.svm import SVC
from sklearn.naive_bayes import GaussianNB
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier, GradientBoostingClassifier
from sklearn.metrics import accuracy_score, f1_score, classification_report

CONFIG = {"path": "loan_approval_dataset.csv", "test_size": 0.2, "seed": 42, "folds": 5}

df = pd.read_csv(CONFIG["path"])
df.columns = df.columns.str.strip()
for c in ["education", "self_employed", "loan_status"]:
    df[c] = df[c].str.strip()
print(df.shape)
print(df["loan_status"].value_counts(normalize=True))
print(df.describe().T[["mean", "std", "min", "max"]])

# engineered ratios (row-wise)
df["total_assets"] = df[["residential_assets_value", "commercial_assets_value",
                         "luxury_assets_value", "bank_asset_value"]].sum(axis=1)
df["loan_to_income"] = df["loan_amount"] / df["income_annum"]
df["assets_to_loan"] = df["total_assets"] / df["loan_amount"]

y = (df["loan_status"] == "Approved").astype(int)
X = df.drop(columns=["loan_id", "loan_status"])

cat_cols = ["education", "self_employed"]
num_cols = [c for c in X.columns if c not in cat_cols]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=CONFIG["test_size"], stratify=y, random_state=CONFIG["seed"])

preprocess = ColumnTransformer([
    ("num", StandardScaler(), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])

models = {
    "logreg": LogisticRegression(max_iter=2000),
    "knn": KNeighborsClassifier(n_neighbors=9),
    "svc": SVC(C=2.0),
    "gnb": GaussianNB(),
    "tree": DecisionTreeClassifier(max_depth=6, random_state=CONFIG["seed"]),
    "rf": RandomForestClassifier(n_estimators=300, random_state=CONFIG["seed"]),
    "extra": ExtraTreesClassifier(n_estimators=300, random_state=CONFIG["seed"]),
    "gb": GradientBoostingClassifier(random_state=CONFIG["seed"]),
}

cv = StratifiedKFold(n_splits=CONFIG["folds"], shuffle=True, random_state=CONFIG["seed"])
cv_table = []
for name, model in models.items():
    pipe = Pipeline([("prep", preprocess), ("clf", model)])
    scores = cross_val_score(pipe, X_train, y_train, cv=cv, scoring="f1")
    cv_table.append((name, scores.mean(), scores.std()))
    print(f"{name:8s} CV F1 {scores.mean():.4f} +/- {scores.std():.4f}")

cv_table = pd.DataFrame(cv_table, columns=["model", "f1_mean", "f1_std"]).sort_values("f1_mean", ascending=False)
print(cv_table)
best_name = cv_table.iloc[0]["model"]
print("Selected by cross-validation:", best_name)

final = Pipeline([("prep", preprocess), ("clf", models[best_name])])
final.fit(X_train, y_train)
pred = final.predict(X_test)
print("Held-out test accuracy: %.4f" % accuracy_score(y_test, pred))
print("Held-out test F1      : %.4f" % f1_score(y_test, pred))
print(classification_report(y_test, pred, target_names=["Rejected", "Approved"]))

# refit on every labelled row once the evaluation is done, for deployment
final.fit(X, y)
importances = getattr(final.named_steps["clf"], "feature_importances_", None)
if importances is not None:
    names = final.named_steps["prep"].get_feature_names_out()
    print(pd.Series(importances, index=names).sort_values(ascending=False).head(10))
