"""Rider cancellation model.

Rows are ride requests; the holdout is a stratified 20% sample so both sides
keep the ~7% cancellation rate. Rider-history features only look at the
rider's *earlier* requests.
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

TARGET = "cancelled"
NUMERIC = ["eta_min", "surge", "price_estimate", "rider_tenure_days", "req_hour",
           "prev_requests", "prev_eta_min", "mins_since_prev"]
CATEGORICAL = ["pickup_zone", "payment_method", "device"]


def add_history(df):
    df = df.copy()
    df["requested_at"] = pd.to_datetime(df["requested_at"])
    df = df.sort_values(["rider_id", "requested_at"])
    by_rider = df.groupby("rider_id")
    df["prev_requests"] = by_rider.cumcount()
    df["prev_eta_min"] = by_rider["eta_min"].shift(1)
    df["mins_since_prev"] = by_rider["requested_at"].diff().dt.total_seconds() / 60
    df["req_hour"] = df["requested_at"].dt.hour
    return df


def make_model():
    pre = ColumnTransformer([
        ("num", Pipeline([("impute", SimpleImputer(strategy="median")),
                          ("scale", StandardScaler())]), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ])
    return Pipeline([("pre", pre),
                     ("lr", LogisticRegression(max_iter=5000, class_weight="balanced", C=0.3))])


rides = add_history(pd.read_csv("train.csv"))
rides = rides.drop(columns=["driver_rating_after_trip"])
X = rides[NUMERIC + CATEGORICAL]
y = rides[TARGET]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=0)
print(f"cancellation rate train {y_train.mean():.3f} / test {y_test.mean():.3f}")

clf = make_model().fit(X_train, y_train)
p = clf.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_train, y_train)
p_dummy = dummy.predict_proba(X_test)[:, 1]

print("               ROC-AUC   PR-AUC")
print(f"dummy          {roc_auc_score(y_test, p_dummy):.3f}     {average_precision_score(y_test, p_dummy):.3f}")
print(f"logistic reg   {roc_auc_score(y_test, p):.3f}     {average_precision_score(y_test, p):.3f}")

names = clf.named_steps["pre"].get_feature_names_out()
coef = pd.Series(clf.named_steps["lr"].coef_.ravel(), index=names)
print(coef.reindex(coef.abs().sort_values(ascending=False).index).head(12).round(3))

# final model + test predictions
raw_train = pd.read_csv("train.csv")
raw_test = pd.read_csv("test.csv")
allr = add_history(pd.concat([raw_train, raw_test], ignore_index=True))
lab = allr[allr[TARGET].notna()]
unl = allr[allr[TARGET].isna()]
final = make_model().fit(lab[NUMERIC + CATEGORICAL], lab[TARGET].astype(int))
pd.DataFrame({"ride_id": unl["ride_id"],
              "prediction": final.predict_proba(unl[NUMERIC + CATEGORICAL])[:, 1]}).to_csv("predictions.csv", index=False)
