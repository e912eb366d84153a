"""30-day readmission model.

featuretools: patients -> admissions -> labs, DFS depth 2; HistGradientBoosting on top.
"""
import featuretools as ft
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

POST_OUTCOME = ["days_to_readmission", "readmit_ward"]
LABEL = "readmitted_30d"


def make_entityset(adm, labs):
    es = ft.EntitySet(id="hospital")
    es.add_dataframe(dataframe_name="admissions", dataframe=adm, index="admission_id",
                     time_index="admit_date")
    es.add_dataframe(dataframe_name="labs", dataframe=labs, index="lab_id", time_index="taken_at")
    es.add_relationship("admissions", "admission_id", "labs", "admission_id")
    es.normalize_dataframe(base_dataframe_name="admissions", new_dataframe_name="patients",
                           index="patient_id", additional_columns=["sex", "insurance"])
    return es


def main():
    adm = pd.read_csv("train.csv", parse_dates=["admit_date", "discharge_date"])
    labs = pd.read_csv("labs.csv", parse_dates=["taken_at"])
    adm = adm.drop(columns=POST_OUTCOME)
    labels = adm.set_index("admission_id")[LABEL]

    es = make_entityset(adm.drop(columns=[LABEL]), labs)
    fm, defs = ft.dfs(entityset=es, target_dataframe_name="admissions", max_depth=2,
                      agg_primitives=["mean", "max", "min", "std", "count", "num_unique", "sum"],
                      trans_primitives=["month", "weekday"])
    X = pd.get_dummies(fm, dummy_na=True)
    y = labels.loc[X.index]
    print("feature matrix", X.shape, "positive rate", round(y.mean(), 3))

    X_tr, X_va, y_tr, y_va = train_test_split(X, y, test_size=0.2, stratify=y, random_state=10)

    clf = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.04, max_leaf_nodes=24,
                                         random_state=10)
    clf.fit(X_tr, y_tr)
    p = clf.predict_proba(X_va)[:, 1]
    p0 = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_va)[:, 1]
    print(f"HGB   AUC {roc_auc_score(y_va, p):.4f}  AP {average_precision_score(y_va, p):.4f}")
    print(f"prior AUC {roc_auc_score(y_va, p0):.4f}  AP {average_precision_score(y_va, p0):.4f}")

    # refit on everything and score the test admissions
    test = pd.read_csv("test.csv", parse_dates=["admit_date", "discharge_date"])
    test = test.drop(columns=POST_OUTCOME, errors="ignore")
    es_test = make_entityset(test, labs[labs.admission_id.isin(test.admission_id)])
    fm_test = ft.calculate_feature_matrix(defs, entityset=es_test)
    X_test = pd.get_dummies(fm_test, dummy_na=True).reindex(columns=X.columns, fill_value=0)
    clf.fit(X, y)
    pd.DataFrame({"admission_id": X_test.index,
                  "prediction": clf.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
