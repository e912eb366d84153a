# -----------------------------------------------------------------------------
# Hotel booking cancellations
# requirements: pandas, numpy, scikit-learn>=1.1
# run:          python y37_hotel_bookings_column_transformer.py
# data:         download from the dataset page and place it next to this file
# notes:
#   - min_frequency in OneHotEncoder needs scikit-learn 1.1
#   - metrics go to stdout; artefacts to results/y37_hotel_bookings_column_transformer.*
#   - random seeds are fixed so reruns give the same numbers
# -----------------------------------------------------------------------------
"""Hotel booking cancellations with a ColumnTransformer pipeline.

The one-hot encoder is fitted inside the pipeline, on training rows only.
Reports the model next to a majority-class DummyClassifier.
"""
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import accuracy_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.preprocessing import OneHotEncoder

CAT = ["hotel", "meal", "country", "market_segment", "distribution_channel",
       "reserved_room_type", "deposit_type", "customer_type", "arrival_date_month"]
NUM = ["lead_time", "arrival_date_week_number", "stays_in_weekend_nights",
       "stays_in_week_nights", "adults", "children", "babies", "is_repeated_guest",
       "previous_cancellations", "previous_bookings_not_canceled", "booking_changes",
       "days_in_waiting_list", "adr", "required_car_parking_spaces",
       "total_of_special_requests"]

df = pd.read_csv("hotel_bookings.csv")
df = df.drop(columns=["reservation_status", "reservation_status_date"])
X, y = df[CAT + NUM], df["is_canceled"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=3, stratify=y)

prep = ColumnTransformer([
    ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="UNK"),
                          OneHotEncoder(handle_unknown="ignore", min_frequency=20)), CAT),
    ("num", SimpleImputer(strategy="median"), NUM),
])
model = Pipeline([("prep", prep),
                  ("rf", RandomForestClassifier(n_estimators=300, min_samples_leaf=2,
                                                n_jobs=-1, random_state=3))])
model.fit(X_train, y_train)
dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

proba = model.predict_proba(X_test)[:, 1]
print("dummy accuracy :", round(accuracy_score(y_test, dummy.predict(X_test)), 4))
print("model accuracy :", round(accuracy_score(y_test, proba > 0.5), 4))
print("model ROC AUC  :", round(roc_auc_score(y_test, proba), 4))


# ---------------------------------------------------------------- save artefacts
import json
import os

import joblib

os.makedirs("results", exist_ok=True)
joblib.dump(model, "results/y37_hotel_bookings_column_transformer.joblib")
with open("results/y37_hotel_bookings_column_transformer.json", "w") as fh:
    json.dump({"script": "y37_hotel_bookings_column_transformer", "n_rows": int(len(df))}, fh, indent=2)
print("saved results/y37_hotel_bookings_column_transformer.json")
