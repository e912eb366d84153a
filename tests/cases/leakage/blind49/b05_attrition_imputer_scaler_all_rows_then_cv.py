"""Employee attrition take-home.

Predict `left_company` for the employees in test.csv. I compare a logistic
regression against a prior-only dummy with 5-fold stratified cross-validation
on train.csv, then refit on everything for the submission.
"""
import numpy as np
import pandas as pd

from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.preprocessing import StandardScaler

TARGET = "left_company"
ID_COL = "employee_id"
# only known after the resignation is handed in
AFTER_THE_FACT = ["exit_interview_score", "notice_period_days"]
CATEGORICAL = ["department", "job_role"]
SEED = 13


def load_data():
    train = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    print("train", train.shape, "test", test.shape)
    print(train[TARGET].value_counts(normalize=True).round(3))
    return train, test


def basic_features(frame):
    out = frame.copy()
    out["overtime"] = out["overtime"].map({"Yes": 1, "No": 0})
    out["income_per_level"] = out["monthly_income"] / out["job_level"].clip(lower=1)
    out["promotion_gap"] = out["years_since_promotion"] / (out["years_at_company"] + 1)
    out["long_commute"] = (out["distance_from_home"] > 20).astype(int)
    return out


def design_matrix(frame, columns=None):
    X = frame.drop(columns=[TARGET, ID_COL] + AFTER_THE_FACT, errors="ignore")
    X = pd.get_dummies(X, columns=CATEGORICAL, dtype=float)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


def summarize(name, res):
    auc = res["test_roc_auc"]
    ll = -res["test_neg_log_loss"]
    print(f"{name:20s} ROC-AUC {auc.mean():.3f} +/- {auc.std():.3f} | log-loss {ll.mean():.3f}")


def main():
    train, test = load_data()
    train = basic_features(train)
    test = basic_features(test)

    print(train.groupby("department")[TARGET].mean().sort_values())
    print(train[["job_satisfaction", "env_satisfaction", TARGET]].corr().round(2))

    X = design_matrix(train)
    y = train[TARGET]
    print("features:", X.shape[1])

    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    scoring = ["roc_auc", "neg_log_loss"]

    # impute + scale once up front so every model sees the same matrix
    imputer = SimpleImputer(strategy="median")
    scaler = StandardScaler()
    X_ready = scaler.fit_transform(imputer.fit_transform(X))

    model = LogisticRegression(max_iter=3000, C=0.3)
    res_model = cross_validate(model, X_ready, y, cv=cv, scoring=scoring)

    dummy = DummyClassifier(strategy="prior")
    res_dummy = cross_validate(dummy, X_ready, y, cv=cv, scoring=scoring)

    summarize("dummy (prior)", res_dummy)
    summarize("logistic regression", res_model)

    # refit on all training rows for the submission
    model.fit(X_ready, y)
    coefs = pd.Series(model.coef_[0], index=X.columns)
    print(coefs.abs().sort_values(ascending=False).head(10))

    X_test = design_matrix(test, columns=X.columns)
    preds = model.predict_proba(scaler.transform(imputer.transform(X_test)))[:, 1]
    pd.DataFrame({ID_COL: test[ID_COL], "prediction": preds}).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv", preds.mean().round(3))


if __name__ == "__main__":
    main()
