"""
Ride cancellation take-home: will this request be cancelled (by rider or driver)?

Stratified 80/20 holdout because the positive class is small (~8%), so both sides
get the same cancel rate.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss, classification_report

TARGET = "cancelled"
GROUP = "rider_id"
DROP = ["trip_id", "cancel_fee_charged", "cancellation_reason", TARGET]

df = pd.read_csv("train.csv", parse_dates=["request_time"])
print(df.shape, "cancel rate: %.3f" % df[TARGET].mean())
print("riders:", df[GROUP].nunique(), " trips/rider (median):", df.groupby(GROUP).size().median())

# row-wise features
df["hour"] = df["request_time"].dt.hour
df["dow"] = df["request_time"].dt.dayofweek
df["night"] = df["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)
df["fare_per_km"] = df["quoted_fare"] / df["est_distance_km"].clip(lower=0.5)
df["long_pickup"] = (df["eta_to_pickup_min"] > 10).astype(int)

num_cols = ["est_distance_km", "quoted_fare", "fare_per_km", "surge_multiplier", "eta_to_pickup_min",
            "rider_rating", "rider_tenure_days", "hour", "night", "long_pickup"]
cat_cols = ["vehicle_type", "payment_method", "dow", "is_airport"]

X = df[num_cols + cat_cols]
y = df[TARGET]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)
print("train trips %d, holdout trips %d" % (len(X_train), len(X_test)))
print("cancel rate train %.3f / holdout %.3f" % (y_train.mean(), y_test.mean()))

preprocess = ColumnTransformer([
    ("num", Pipeline([("impute", SimpleImputer(strategy="median")), ("scale", StandardScaler())]), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])
clf = Pipeline([
    ("prep", preprocess),
    ("lr", LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000)),
])
clf.fit(X_train, y_train)

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)


def summarize(name, model):
    proba = model.predict_proba(X_test)[:, 1]
    out = {
        "model": name,
        "roc_auc": roc_auc_score(y_test, proba),
        "pr_auc": average_precision_score(y_test, proba),
        "brier": brier_score_loss(y_test, proba),
    }
    print("{model:<10} ROC-AUC {roc_auc:.3f}  PR-AUC {pr_auc:.3f}  Brier {brier:.4f}".format(**out))
    return out


summary = pd.DataFrame([summarize("prior", baseline), summarize("logreg", clf)])
print(summary)
print(classification_report(y_test, clf.predict(X_test), digits=3))

# coefficients, for the memo
names = num_cols + list(clf.named_steps["prep"].named_transformers_["cat"].get_feature_names_out(cat_cols))
coef = pd.Series(clf.named_steps["lr"].coef_[0], index=names).sort_values()
print(coef.head(8), coef.tail(8), sep="\n")

# final fit on all labelled trips for the submission
clf.fit(X, y)
test = pd.read_csv("test.csv", parse_dates=["request_time"])
test["hour"] = test["request_time"].dt.hour
test["dow"] = test["request_time"].dt.dayofweek
test["night"] = test["hour"].isin([0, 1, 2, 3, 4, 5]).astype(int)
test["fare_per_km"] = test["quoted_fare"] / test["est_distance_km"].clip(lower=0.5)
test["long_pickup"] = (test["eta_to_pickup_min"] > 10).astype(int)
pd.DataFrame({"trip_id": test["trip_id"], "prediction": clf.predict_proba(test[num_cols + cat_cols])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
