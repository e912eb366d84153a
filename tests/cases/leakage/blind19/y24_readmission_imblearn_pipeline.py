"""Readmission classifier: SMOTE lives inside an imblearn pipeline fitted on past stays."""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.base import clone
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline
from sklearn.metrics import average_precision_score, balanced_accuracy_score, roc_auc_score
from sklearn.preprocessing import OneHotEncoder, StandardScaler


@dataclass
class Spec:
    path: str = "data/stays.csv"
    boundary: str = "2022-06-01"
    numeric: list[str] = field(default_factory=lambda: [
        "age", "los_days", "n_diagnoses", "n_procedures", "n_medications", "hba1c", "stay_index"])
    categorical: list[str] = field(default_factory=lambda: [
        "admission_type", "discharge_disposition", "sex"])


def with_stay_index(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values("admit_date").copy()
    df["stay_index"] = df.groupby("patient_id").cumcount() + 1
    return df


def build(spec: Spec, clf) -> ImbPipeline:
    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), spec.numeric),
        ("cat", OneHotEncoder(handle_unknown="ignore"), spec.categorical),
    ])
    return ImbPipeline([("pre", pre), ("smote", SMOTE(random_state=42)), ("clf", clf)])


def partition(df: pd.DataFrame, boundary: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    train = df[df["admit_date"] < boundary]
    test = df[df["admit_date"] >= boundary]
    test = test[~test["patient_id"].isin(train["patient_id"])]
    return train, test


def main() -> None:
    spec = Spec()
    df = with_stay_index(pd.read_csv(spec.path, parse_dates=["admit_date"]))
    train, test = partition(df, spec.boundary)
    cols = spec.numeric + spec.categorical

    contenders = {
        "prior_baseline": DummyClassifier(strategy="prior"),
        "gbc": GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=42),
    }
    results = {}
    for name, clf in contenders.items():
        pipe = build(spec, clone(clf)).fit(train[cols], train["readmitted_30d"])
        proba = pipe.predict_proba(test[cols])[:, 1]
        results[name] = {
            "roc_auc": roc_auc_score(test["readmitted_30d"], proba),
            "pr_auc": average_precision_score(test["readmitted_30d"], proba),
            "bal_acc": balanced_accuracy_score(test["readmitted_30d"], proba >= 0.5),
        }
    print(pd.DataFrame.from_dict(results, orient="index").round(4))


if __name__ == "__main__":
    main()
