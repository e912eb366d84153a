"""Loan default – L1 feature selection + logistic regression, cross-validated as one pipeline.

Imputation, scaling and the L1 selection step are refitted on each training fold.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectFromModel
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "default_flag"

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")


def featurize(frame):
    out = frame.copy()
    out["term_months"] = out["term"].str.extract(r"(\d+)", expand=False).astype(float)
    out["emp_years"] = out["emp_length"].str.extract(r"(\d+)", expand=False).astype(float)
    out = out.drop(columns=["term", "emp_length", "loan_id", "recovery_amount", "collection_status",
                            "days_past_due_max", "sub_grade", "addr_state", TARGET], errors="ignore")
    return pd.get_dummies(out, columns=["grade", "home_ownership", "verification_status", "purpose"], dtype=float)


X = featurize(df)
X_test = featurize(test).reindex(columns=X.columns, fill_value=0)
y = df[TARGET].values

model = make_pipeline(
    SimpleImputer(strategy="median"),
    StandardScaler(),
    SelectFromModel(LogisticRegression(penalty="l1", solver="liblinear", C=0.05, class_weight="balanced")),
    LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced"),
)
baseline = DummyClassifier(strategy="prior")

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["roc_auc", "average_precision", "neg_brier_score"]
res_model = cross_validate(model, X, y, cv=cv, scoring=scoring, return_estimator=True)
res_base = cross_validate(baseline, X, y, cv=cv, scoring=scoring)

print(f"{'metric':20s}{'pipeline':>14s}{'prior':>10s}")
for s in scoring:
    m, b = res_model[f"test_{s}"], res_base[f"test_{s}"]
    print(f"{s:20s}{m.mean():10.4f}±{m.std():.3f}{b.mean():10.4f}")

# how often each variable survives the L1 step across folds
support = np.array([est[2].get_support() for est in res_model["estimator"]])
kept = pd.Series(support.mean(axis=0), index=X.columns).sort_values(ascending=False)
print(kept[kept > 0].round(2).to_string())

model.fit(X, y)
pd.DataFrame({"loan_id": test["loan_id"], "prediction": model.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False)
