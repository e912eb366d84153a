"""Readmission within 30 days - classifier comparison.

Grouped by patient everywhere: StratifiedGroupKFold for the comparison on the
development patients, GroupShuffleSplit for a final holdout of patients.
The brief's headline metric is accuracy, so that is what is reported.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_selector, make_column_transformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import GroupShuffleSplit, StratifiedGroupKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

SEED = 41
TARGET = "readmit_30d"
GROUP = "patient_id"
DROP = ["encounter_id", GROUP, "admit_date", "days_to_next_admission", TARGET]


def preprocessor(scale=True):
    numeric = make_pipeline(SimpleImputer(strategy="median"), StandardScaler()) if scale \
        else SimpleImputer(strategy="median")
    return make_column_transformer(
        (numeric, make_column_selector(dtype_include="number")),
        (OneHotEncoder(handle_unknown="ignore", min_frequency=30, sparse_output=False),
         make_column_selector(dtype_include=object)),
    )


MODELS = {
    "majority": DummyClassifier(strategy="most_frequent"),
    "logreg": make_pipeline(preprocessor(), LogisticRegression(C=0.5, max_iter=3000)),
    "random_forest": make_pipeline(preprocessor(scale=False),
                                   RandomForestClassifier(n_estimators=300, min_samples_leaf=10, n_jobs=-1,
                                                          random_state=SEED)),
    "hist_gb": make_pipeline(preprocessor(scale=False),
                             HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300, random_state=SEED)),
}


def main():
    df = pd.read_csv("train.csv")
    X, y, groups = df.drop(columns=DROP), df[TARGET], df[GROUP]

    dev, hold = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED).split(X, y, groups))
    X_dev, y_dev, g_dev = X.iloc[dev], y.iloc[dev], groups.iloc[dev]
    X_hold, y_hold = X.iloc[hold], y.iloc[hold]

    cv = StratifiedGroupKFold(n_splits=5, shuffle=True, random_state=SEED)
    table = {}
    for name, est in MODELS.items():
        r = cross_validate(est, X_dev, y_dev, groups=g_dev, cv=cv, scoring="accuracy", return_train_score=True,
                           n_jobs=-1)
        table[name] = {"train_acc": r["train_score"].mean(), "cv_acc": r["test_score"].mean(),
                       "cv_acc_std": r["test_score"].std()}
    table = pd.DataFrame(table).T
    print(table.round(4))

    best = table.drop(index="majority")["cv_acc"].idxmax()
    print("best by grouped CV:", best)

    for name in ["majority", best]:
        est = MODELS[name].fit(X_dev, y_dev)
        print(f"holdout accuracy {name:14s} {accuracy_score(y_hold, est.predict(X_hold)):.4f}")

    final = MODELS[best].fit(X, y)
    sub = pd.read_csv("test.csv")
    pd.DataFrame({"encounter_id": sub["encounter_id"], "prediction": final.predict_proba(sub[X.columns])[:, 1]}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
