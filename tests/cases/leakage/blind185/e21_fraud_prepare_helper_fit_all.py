"""Card fraud - logistic regression with a shared preprocessing helper.

chargeback_flag is only known weeks after the transaction (it is effectively the
label), so it is never used. IDs are dropped as well.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "is_fraud"
CATEGORICAL = ["merchant_category", "country", "device"]
NUMERIC = ["log_amount", "hour", "weekday", "is_night", "amount_round"]


def add_basic_features(df):
    df = df.copy()
    ts = pd.to_datetime(df["transaction_time"])
    df["log_amount"] = np.log1p(df["amount"].clip(lower=0))
    df["hour"] = ts.dt.hour
    df["weekday"] = ts.dt.weekday
    df["is_night"] = df["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)
    df["amount_round"] = (df["amount"] % 1 == 0).astype(int)
    return df


def make_preprocessor():
    return ColumnTransformer(
        [
            ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUMERIC),
            ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CATEGORICAL),
        ]
    )


def prepare(frame, preprocessor, fit=False):
    cols = frame[NUMERIC + CATEGORICAL]
    return preprocessor.fit_transform(cols) if fit else preprocessor.transform(cols)


df = add_basic_features(pd.read_csv("train.csv"))
test = add_basic_features(pd.read_csv("test.csv"))
y = df[TARGET].to_numpy()
print("fraud rate", y.mean().round(4), "rows", len(df))

pre = make_preprocessor()
X = prepare(df, pre, fit=True)
X_train, X_valid, y_train, y_valid = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)

baseline = DummyClassifier(strategy="stratified", random_state=0).fit(X_train, y_train)
clf = LogisticRegression(C=0.2, class_weight="balanced", max_iter=5000)
clf.fit(X_train, y_train)

for name, model in [("baseline", baseline), ("logreg", clf)]:
    p = model.predict_proba(X_valid)[:, 1]
    print(f"{name:<9} ROC-AUC {roc_auc_score(y_valid, p):.4f}  PR-AUC {average_precision_score(y_valid, p):.4f}")

# refit on all labelled rows for the submission
pre_full = make_preprocessor()
X_full = prepare(df, pre_full, fit=True)
clf.fit(X_full, y)
pd.DataFrame(
    {"transaction_id": test["transaction_id"], "prediction": clf.predict_proba(prepare(test, pre_full))[:, 1]}
).to_csv("predictions.csv", index=False)
