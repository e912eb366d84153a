"""IBM HR attrition: tuned logistic regression vs a dummy classifier."""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score, classification_report
from sklearn.model_selection import GridSearchCV, StratifiedKFold, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

RANDOM_STATE = 17

hr = pd.read_csv("WA_Fn-UseC_-HR-Employee-Attrition.csv")
print(hr.shape)
print(hr["Attrition"].value_counts(normalize=True).round(3))
print(hr.groupby("OverTime")["Attrition"].apply(lambda s: (s == "Yes").mean()))
print(hr.groupby("JobRole")["MonthlyIncome"].median().sort_values())

y = (hr["Attrition"] == "Yes").astype(int)
X = hr.drop(columns=["Attrition", "EmployeeNumber", "EmployeeCount", "StandardHours", "Over18"])

cat_cols = X.select_dtypes("object").columns.tolist()
num_cols = [c for c in X.columns if c not in cat_cols]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE
)

pipe = Pipeline([
    ("prep", ColumnTransformer([
        ("num", StandardScaler(), num_cols),
        ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
    ])),
    ("clf", LogisticRegression(max_iter=5000, class_weight="balanced")),
])

search = GridSearchCV(
    pipe,
    {"clf__C": np.logspace(-3, 1, 9), "clf__penalty": ["l2"]},
    scoring="roc_auc",
    cv=StratifiedKFold(5, shuffle=True, random_state=RANDOM_STATE),
    n_jobs=-1,
)
search.fit(X_train, y_train)
print("best C:", search.best_params_["clf__C"], "| CV ROC AUC:", round(search.best_score_, 4))

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)

for name, model in [("dummy", dummy), ("logreg", search.best_estimator_)]:
    proba = model.predict_proba(X_test)[:, 1]
    pred = (proba >= 0.5).astype(int)
    print(f"{name:7s} ROC AUC={roc_auc_score(y_test, proba):.4f} "
          f"PR AUC={average_precision_score(y_test, proba):.4f} F1={f1_score(y_test, pred):.4f}")

print(classification_report(y_test, search.predict(X_test)))
