"""Attrition model - random forest with SMOTE, evaluated with repeated stratified CV.

SMOTE is a step of an imblearn Pipeline, so it is applied to the training folds only and the
held-out fold keeps its real class balance.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import RepeatedStratifiedKFold, cross_validate

SEED = 2024

CAT = ["business_travel", "department", "education_field", "gender", "job_role",
       "marital_status", "overtime"]
DROP = ["employee_id", "exit_interview_scheduled", "notice_days_served", "attrition"]
SCORING = {"roc_auc": "roc_auc", "pr_auc": "average_precision", "recall": "recall",
           "balanced_acc": "balanced_accuracy"}


def build_model(features):
    num = [c for c in features if c not in CAT]
    pre = ColumnTransformer([
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT),
        ("num", "passthrough", num),
    ])
    return Pipeline([
        ("pre", pre),
        ("smote", SMOTE(random_state=SEED, k_neighbors=5)),
        ("rf", RandomForestClassifier(n_estimators=400, max_depth=10, min_samples_leaf=2,
                                      random_state=SEED, n_jobs=-1)),
    ])


def summarise(name, res):
    parts = [f"{k}={res['test_' + k].mean():.3f}+/-{res['test_' + k].std():.3f}" for k in SCORING]
    print(f"{name:10s}", "  ".join(parts))


def main():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print("rows:", len(train), " attrition rate: %.3f" % train["attrition"].mean())

    features = [c for c in train.columns if c not in DROP]
    X, y = train[features], train["attrition"]

    cv = RepeatedStratifiedKFold(n_splits=5, n_repeats=5, random_state=SEED)

    dummy = DummyClassifier(strategy="stratified", random_state=SEED)
    summarise("dummy", cross_validate(dummy, X, y, cv=cv, scoring=SCORING))

    model = build_model(features)
    res = cross_validate(model, X, y, cv=cv, scoring=SCORING, n_jobs=-1)
    summarise("smote+rf", res)

    # simple bootstrap interval for the mean fold AUC
    rng = np.random.default_rng(SEED)
    aucs = res["test_roc_auc"]
    boot = [rng.choice(aucs, size=len(aucs), replace=True).mean() for _ in range(2000)]
    print("ROC AUC 95%% interval of the mean: [%.3f, %.3f]" % tuple(np.percentile(boot, [2.5, 97.5])))

    model.fit(X, y)
    rf = model.named_steps["rf"]
    names = model.named_steps["pre"].get_feature_names_out()
    imp = pd.Series(rf.feature_importances_, index=names).sort_values(ascending=False)
    print("\nTop features:\n", imp.head(10).round(4))

    pd.DataFrame({"employee_id": test["employee_id"],
                  "prediction": model.predict_proba(test[features])[:, 1]}).to_csv(
        "predictions.csv", index=False)
    print("wrote predictions.csv")


if __name__ == "__main__":
    main()
