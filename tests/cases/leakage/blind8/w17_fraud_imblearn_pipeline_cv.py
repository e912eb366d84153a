"""Card fraud: SMOTE + logistic regression, resampling kept inside the CV folds."""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline as ImbPipeline
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "is_fraud"
NUM = ["amount", "hour", "device_age_days", "card_present"]
CAT = ["merchant_category", "country"]


def load():
    df = pd.read_csv("train.csv")
    test = pd.read_csv("test.csv")
    for d in (df, test):
        d["log_amount"] = np.log1p(d["amount"])
        d["hour_sin"] = np.sin(2 * np.pi * d["hour"] / 24)
        d["hour_cos"] = np.cos(2 * np.pi * d["hour"] / 24)
    return df, test


def build(sampling_strategy=0.2):
    pre = ColumnTransformer([
        ("num", ImbPipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]),
         NUM + ["log_amount", "hour_sin", "hour_cos"]),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT),
    ])
    return ImbPipeline([
        ("pre", pre),
        ("smote", SMOTE(sampling_strategy=sampling_strategy, k_neighbors=5, random_state=0)),
        ("clf", LogisticRegression(max_iter=3000, C=0.3)),
    ])


def main():
    df, test = load()
    cols = NUM + CAT + ["log_amount", "hour_sin", "hour_cos"]
    X, y = df[cols], df[TARGET]
    print(X.shape, "positives:", int(y.sum()))

    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    scoring = ["average_precision", "roc_auc", "recall"]

    base = cross_validate(DummyClassifier(strategy="prior"), X, y, cv=cv, scoring=["average_precision", "roc_auc"])
    print("baseline  AP %.4f  AUC %.4f" % (base["test_average_precision"].mean(), base["test_roc_auc"].mean()))

    for ratio in (0.1, 0.2, 0.5):
        res = cross_validate(build(ratio), X, y, cv=cv, scoring=scoring)
        print("smote %.1f  AP %.4f +- %.4f  AUC %.4f  recall %.3f" % (
            ratio, res["test_average_precision"].mean(), res["test_average_precision"].std(),
            res["test_roc_auc"].mean(), res["test_recall"].mean()))

    final = build(0.2).fit(X, y)
    pd.DataFrame({"transaction_id": test["transaction_id"],
                  "prediction": final.predict_proba(test[cols])[:, 1]}).to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
