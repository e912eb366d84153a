"""Give Me Some Credit - baseline logistic regression scorecard.

Predict SeriousDlqin2yrs (90+ days past due within two years).
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, classification_report
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

DATA = "cs-training.csv"
TARGET = "SeriousDlqin2yrs"


def load(path):
    df = pd.read_csv(path, index_col=0)
    # cap the silly utilisation values (> 10 is a data error)
    df["RevolvingUtilizationOfUnsecuredLines"] = df["RevolvingUtilizationOfUnsecuredLines"].clip(upper=10)
    df["DebtRatio"] = np.log1p(df["DebtRatio"])
    return df


def preprocess(df):
    X = df.drop(columns=[TARGET])
    y = df[TARGET]
    # fill missing income / dependents with the median
    X = X.fillna(X.median())
    scaler = StandardScaler()
    X_scaled = pd.DataFrame(scaler.fit_transform(X), columns=X.columns, index=X.index)
    return X_scaled, y


def main():
    df = load(DATA)
    print(df.shape)
    print(df[TARGET].value_counts(normalize=True))

    X, y = preprocess(df)
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=0.25, stratify=y, random_state=42
    )

    dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
    print("Dummy AUC:", roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]))

    clf = LogisticRegression(max_iter=1000, class_weight="balanced")
    clf.fit(X_train, y_train)
    proba = clf.predict_proba(X_test)[:, 1]
    print("Logistic AUC:", round(roc_auc_score(y_test, proba), 4))
    print(classification_report(y_test, clf.predict(X_test)))

    coefs = pd.Series(clf.coef_[0], index=X.columns).sort_values()
    print(coefs)


if __name__ == "__main__":
    main()
