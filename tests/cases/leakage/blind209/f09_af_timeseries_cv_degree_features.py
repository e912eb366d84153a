"""Fraudulent new accounts - degree features on the shared-attribute graph.

Each application is scored on how connected it is at signup time: how many
earlier applications used the same device / IP / phone / address, how many
distinct devices the phone has been seen on, and how fast the device is being
re-used. Model quality is estimated with forward-chaining CV over signup time.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import TimeSeriesSplit, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier

TARGET = "is_fraud_account"
TIME = "signup_time"

train = pd.read_csv("train.csv", parse_dates=[TIME])
test = pd.read_csv("test.csv", parse_dates=[TIME])
print(train.shape, test.shape, train[TARGET].mean())


def degree_features(df):
    df = df.sort_values(TIME, kind="mergesort").copy()
    for col in ["device_id", "ip_address", "phone_hash", "billing_address", "email_domain"]:
        df[f"deg_{col}"] = df.groupby(col).cumcount()
    # how many distinct devices has this phone / address been used from so far
    for col in ["phone_hash", "billing_address"]:
        first = (~df.duplicated([col, "device_id"])).astype(int)
        df[f"devices_per_{col}"] = first.groupby(df[col]).cumsum()
    # velocity: seconds since the previous application on the same device / ip
    for col in ["device_id", "ip_address"]:
        prev = df.groupby(col)[TIME].shift(1)
        df[f"secs_since_prev_{col}"] = (df[TIME] - prev).dt.total_seconds()
    df["apps_same_device_24h"] = (
        df.set_index(TIME).groupby("device_id")["application_id"]
        .transform(lambda s: s.rolling("24h", closed="left").count())
        .fillna(0).to_numpy()
    )
    df["hour"] = df[TIME].dt.hour
    df["log_income"] = np.log1p(df["declared_income"].clip(lower=0))
    return df


FEATURES = [
    "deg_device_id", "deg_ip_address", "deg_phone_hash", "deg_billing_address",
    "deg_email_domain", "devices_per_phone_hash", "devices_per_billing_address",
    "secs_since_prev_device_id", "secs_since_prev_ip_address",
    "apps_same_device_24h", "hour", "age", "log_income", "session_seconds",
    "n_form_edits", "card_bin",
]

both = degree_features(pd.concat([train, test], ignore_index=True))
lab = both[both[TARGET].notna()].reset_index(drop=True)
unl = both[both[TARGET].isna()].reset_index(drop=True)
X, y = lab[FEATURES], lab[TARGET].astype(int)
print(X.describe().T[["mean", "max"]])

cv = TimeSeriesSplit(n_splits=5)
models = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": Pipeline([
        ("imp", SimpleImputer(strategy="median")),
        ("sc", StandardScaler()),
        ("lr", LogisticRegression(C=0.3, class_weight="balanced", max_iter=3000)),
    ]),
    "hgb": HistGradientBoostingClassifier(learning_rate=0.05, max_iter=300,
                                          max_leaf_nodes=15, random_state=3),
}
for name, est in models.items():
    res = cross_validate(est, X, y, cv=cv, scoring=["roc_auc", "average_precision"])
    print(f"{name:8s} AUC {res['test_roc_auc'].mean():.4f} +/- {res['test_roc_auc'].std():.4f}"
          f"   AP {res['test_average_precision'].mean():.4f}")

final = models["hgb"].fit(X, y)
pd.DataFrame({
    "application_id": unl["application_id"],
    "prediction": final.predict_proba(unl[FEATURES])[:, 1],
}).to_csv("predictions.csv", index=False)
