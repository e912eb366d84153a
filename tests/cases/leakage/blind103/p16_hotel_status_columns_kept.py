#!/usr/bin/env python
"""Hotel cancellation model.

Keeps every column the booking system exports (except ids and dates) and lets the
gradient boosting sort out what matters.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import classification_report, roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 2024
TARGET = "is_canceled"


def prepare(raw: pd.DataFrame) -> pd.DataFrame:
    return (
        raw.drop(columns=["booking_id", "arrival_date", "reservation_status_date"])
        .assign(
            children=lambda d: d.children.fillna(0),
            country=lambda d: d.country.fillna("UNK"),
            agent=lambda d: d.agent.fillna(0),
            total_guests=lambda d: d.adults + d.children + d.babies,
            total_nights=lambda d: d.stays_weekend_nights + d.stays_week_nights,
            adr_per_guest=lambda d: d.adr / d.total_guests.replace(0, np.nan),
        )
    )


df = pd.read_csv("train.csv").pipe(prepare)

print(df.select_dtypes("object").nunique().sort_values().to_markdown())
print(
    df.pivot_table(index="market_segment", columns="hotel", values=TARGET, aggfunc="mean")
    .round(3)
    .to_markdown()
)

cat_cols = df.select_dtypes("object").columns.tolist()
X = pd.get_dummies(df.drop(columns=[TARGET]), columns=cat_cols, dtype=float).fillna(0)
y = df[TARGET]
print("categoricals one-hot encoded:", cat_cols)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=SEED)

gbm = GradientBoostingClassifier(n_estimators=300, learning_rate=0.08, max_depth=4, random_state=SEED)
gbm.fit(X_train, y_train)
dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

print("dummy roc_auc :", round(roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]), 4))
print("gbm   roc_auc :", round(roc_auc_score(y_test, gbm.predict_proba(X_test)[:, 1]), 4))
print(classification_report(y_test, gbm.predict(X_test), digits=3))

top = pd.Series(gbm.feature_importances_, index=X.columns).nlargest(15)
print(top.round(4).to_frame("importance").to_markdown())

# predictions for the hand-in
sub_raw = pd.read_csv("test.csv")
sub = sub_raw.pipe(prepare)
X_sub = pd.get_dummies(sub, columns=[c for c in cat_cols if c in sub], dtype=float).reindex(
    columns=X.columns, fill_value=0.0
).fillna(0)
gbm.fit(X, y)
pd.DataFrame({"booking_id": sub_raw["booking_id"], "prediction": gbm.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
