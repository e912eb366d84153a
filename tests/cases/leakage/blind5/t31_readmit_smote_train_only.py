"""Readmission take-home: a simple, explainable model.

Steps: patient-grouped holdout, scaling and SMOTE learned on the training
patients only, logistic regression, metrics on the untouched holdout.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_score, recall_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import StandardScaler

TARGET = "readmitted_30d"
DROP = ["encounter_id", "patient_id", TARGET, "discharge_disposition_final", "followup_visit_count"]


def featurize(df, columns=None):
    X = df.drop(columns=[c for c in DROP if c in df.columns])
    X["log_los"] = np.log1p(X["length_of_stay"])
    X["procedures_per_day"] = X["num_procedures"] / X["length_of_stay"].clip(lower=1)
    X = pd.get_dummies(X, columns=["diagnosis_group"], dtype=float).fillna(0)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


def fit(X, y):
    scaler = StandardScaler().fit(X)
    X_res, y_res = SMOTE(random_state=0).fit_resample(scaler.transform(X), y)
    clf = LogisticRegression(C=0.2, max_iter=4000).fit(X_res, y_res)
    return scaler, clf


def main():
    df = pd.read_csv("train.csv")
    print(df.shape)
    print(df[TARGET].mean())
    print(df.groupby("patient_id").size().describe())
    print(df.groupby(pd.cut(df["length_of_stay"], [0, 2, 5, 10, 100]))[TARGET].mean())

    X = featurize(df)
    y = df[TARGET].to_numpy()

    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
    train_idx, hold_idx = next(gss.split(X, y, groups=df["patient_id"]))

    scaler, clf = fit(X.iloc[train_idx], y[train_idx])
    proba = clf.predict_proba(scaler.transform(X.iloc[hold_idx]))[:, 1]
    pred = (proba >= 0.5).astype(int)

    print(f"holdout ROC AUC:   {roc_auc_score(y[hold_idx], proba):.4f}")
    print(f"holdout precision: {precision_score(y[hold_idx], pred):.4f}")
    print(f"holdout recall:    {recall_score(y[hold_idx], pred):.4f}")

    coef = pd.Series(clf.coef_[0], index=X.columns).sort_values()
    print(coef.round(3))

    scaler, clf = fit(X, y)
    test = pd.read_csv("test.csv")
    X_test = featurize(test, columns=X.columns)
    pd.DataFrame({
        "encounter_id": test["encounter_id"],
        "prediction": clf.predict_proba(scaler.transform(X_test))[:, 1],
    }).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
