"""Give Me Some Credit - baseline logistic regression scorecard.

Predict SeriousDlqin2yrs (90+ days past due within two years).
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, classification_report
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

DATA = "cs-training.csv"
TARGET = "SeriousDlqin2yrs"


def load(path):
    df = pd.read_csv(path, index_col=0)
    # cap the silly utilisation values (> 10 is a data error)
    df["RevolvingUtilizationOfUnsecuredLines"] = df["RevolvingUtilizationOfUnsecuredLines"].clip(upper=10)
    df["DebtRatio"] = np.log1p(df["DebtRatio"])
    return df


def build_model():
    # imputer + scaler live inside the pipeline, so they only see training rows
    return make_pipeline(
        SimpleImputer(strategy="median"),
        StandardScaler(),
        LogisticRegression(max_iter=1000, class_weight="balanced"),
    )


def main():
    df = load(DATA)
    print(df.shape)
    print(df[TARGET].value_counts(normalize=True))

    X = df.drop(columns=[TARGET])
    y = df[TARGET]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.25, stratify=y, random_state=42
    )

    dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
    print("Dummy AUC:", roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))

    clf = build_model()
    clf.fit(X_train, y_train)
    proba = clf.predict_proba(X_test)[:, 1]
    print("Logistic AUC:", round(roc_auc_score(y_test, proba), 4))
    print(classification_report(y_test, clf.predict(X_test)))

    coefs = pd.Series(clf[-1].coef_[0], index=X.columns).sort_values()
    print(coefs)


if __name__ == "__main__":
    main()
