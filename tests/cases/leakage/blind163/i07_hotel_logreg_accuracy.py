#!/usr/bin/env python
"""Simple, explainable cancellation model for the revenue team.

Logistic regression on a handful of booking attributes. About a quarter of
bookings cancel, so plain accuracy is readable enough for the stakeholders;
I compare it with always predicting "not canceled".
"""
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUMERIC = ["lead_time", "adults", "children", "adr", "previous_cancellations",
           "booking_changes", "total_special_requests", "required_parking"]
CATEGORICAL = ["hotel_type", "market_segment", "deposit_type", "customer_type"]


def main():
    bookings = pd.read_csv("train.csv", parse_dates=["booking_date"])
    bookings = bookings.sort_values("booking_date")
    print(bookings["is_canceled"].value_counts())

    cut = pd.Timestamp("2023-07-01")
    past = bookings[bookings["booking_date"] < cut]
    future = bookings[bookings["booking_date"] >= cut]
    print(f"fit on {len(past)} bookings before {cut.date()}, check on {len(future)} after")

    pre = ColumnTransformer([
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CATEGORICAL),
    ])
    model = Pipeline([("pre", pre), ("lr", LogisticRegression(max_iter=2000, C=0.5))])
    model.fit(past[NUMERIC + CATEGORICAL], past["is_canceled"])

    majority = int(past["is_canceled"].mode()[0])
    acc_majority = accuracy_score(future["is_canceled"], [majority] * len(future))
    acc_model = accuracy_score(future["is_canceled"], model.predict(future[NUMERIC + CATEGORICAL]))
    print(f"majority-class accuracy: {acc_majority:.3f}")
    print(f"logistic regression accuracy: {acc_model:.3f}")

    coefs = pd.Series(model.named_steps["lr"].coef_[0],
                      index=model.named_steps["pre"].get_feature_names_out())
    print(coefs.sort_values().to_string())

    model.fit(bookings[NUMERIC + CATEGORICAL], bookings["is_canceled"])
    test = pd.read_csv("test.csv")
    out = pd.DataFrame({"booking_id": test["booking_id"],
                        "prediction": model.predict_proba(test[NUMERIC + CATEGORICAL])[:, 1]})
    out.to_csv("predictions.csv", index=False)


if __name__ == "__main__":
    main()
