"""Churn prediction -- random forest, quick version for the take-home.

Holdout: the last quarter (Oct-Dec), restricted to customers whose first snapshot
is in that quarter, so no customer is on both sides.
"""
import pandas as pd
import numpy as np
from sklearn.compose import ColumnTransformer, make_column_selector
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

TARGET = "churned_next_month"

df = (
    pd.read_csv("train.csv")
    .assign(
        snapshot_month=lambda d: pd.to_datetime(d["snapshot_month"]),
        first_month=lambda d: d.groupby("customer_id")["snapshot_month"].transform("min"),
    )
)
print(df.dtypes)
print(df.describe(include="all").T[["count", "unique", "mean"]])

# first_month is only used to define the holdout, it is not a feature
holdout_mask = pd.to_datetime(df["first_month"]) >= "2024-10-01"
train = df[(df["snapshot_month"] < "2024-10-01") & ~holdout_mask]
test = df[(df["snapshot_month"] >= "2024-10-01") & holdout_mask]
print(f"{len(train)=} {len(test)=}")

cols = ["tenure_months", "plan", "region", "monthly_charges", "has_discount", "logins_30d",
        "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]

pipe = Pipeline([
    ("prep", ColumnTransformer(
        [("oh", OneHotEncoder(handle_unknown="ignore"), make_column_selector(dtype_include=object))],
        remainder="passthrough")),
    ("rf", RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=0)),
])
pipe.fit(train[cols], train[TARGET])

dummy = DummyClassifier(strategy="most_frequent").fit(train[cols], train[TARGET])

acc_model = accuracy_score(test[TARGET], pipe.predict(test[cols]))
acc_dummy = accuracy_score(test[TARGET], dummy.predict(test[cols]))
print(f"baseline (always 'stays') accuracy: {acc_dummy:.4f}")
print(f"random forest accuracy:             {acc_model:.4f}")
print(f"train accuracy: {pipe.score(train[cols], train[TARGET]):.4f}")

# feature importances for the write-up
names = pipe.named_steps["prep"].get_feature_names_out()
imp = pd.Series(pipe.named_steps["rf"].feature_importances_, index=names).sort_values(ascending=False)
print(imp.head(12))

pipe.fit(df[cols], df[TARGET])
sub = pd.read_csv("test.csv")
sub["prediction"] = pipe.predict_proba(sub[cols])[:, 1]
sub[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
