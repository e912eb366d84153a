"""Hotel booking cancellation - take-home submission.

Approach
--------
* Validation mimics production: we train on older bookings and validate on the
  most recent 20% of booking dates, keeping only guests we have never seen in
  the training window (a returning guest would otherwise be "remembered").
* One-hot encoding lives inside the pipeline, so it only learns categories
  from the training window.
* LightGBM vs. a majority-class dummy.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

RANDOM_STATE = 7
TARGET = "is_canceled"

CAT_COLS = ["hotel", "deposit_type", "market_segment", "distribution_channel",
            "customer_type", "meal", "country"]
NUM_COLS = ["lead_time", "adr", "adults", "children", "babies",
            "stays_in_weekend_nights", "stays_in_week_nights",
            "previous_cancellations", "previous_bookings_not_canceled",
            "booking_changes", "total_of_special_requests",
            "required_car_parking_spaces", "is_repeated_guest",
            "arrival_month", "arrival_dow"]


def add_date_parts(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    frame["booking_date"] = pd.to_datetime(frame["booking_date"])
    frame["arrival_date"] = pd.to_datetime(frame["arrival_date"])
    frame["arrival_month"] = frame["arrival_date"].dt.month
    frame["arrival_dow"] = frame["arrival_date"].dt.dayofweek
    frame["children"] = frame["children"].fillna(0)
    frame["country"] = frame["country"].fillna("UNK")
    return frame


def build_model() -> Pipeline:
    pre = ColumnTransformer(
        [("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CAT_COLS)],
        remainder="passthrough",
    )
    clf = LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=63,
                         subsample=0.8, colsample_bytree=0.8,
                         random_state=RANDOM_STATE, verbose=-1)
    return Pipeline([("pre", pre), ("clf", clf)])


df = add_date_parts(pd.read_csv("train.csv"))
df = df.sort_values("booking_date").reset_index(drop=True)
print(df.shape, "cancel rate:", round(df[TARGET].mean(), 3))

# ---- time-based split with unseen guests on the validation side ----------
cutoff = df["booking_date"].quantile(0.8)
train_df = df[df["booking_date"] < cutoff]
valid_df = df[df["booking_date"] >= cutoff]
seen_guests = set(train_df["guest_id"])
valid_df = valid_df[~valid_df["guest_id"].isin(seen_guests)]
print(f"train {len(train_df)} rows | valid {len(valid_df)} rows (new guests only)")

features = CAT_COLS + NUM_COLS
X_train, y_train = train_df[features], train_df[TARGET]
X_valid, y_valid = valid_df[features], valid_df[TARGET]

dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
model = build_model().fit(X_train, y_train)

print("dummy accuracy:", round(accuracy_score(y_valid, dummy.predict(X_valid)), 4))
print("lgbm  accuracy:", round(accuracy_score(y_valid, model.predict(X_valid)), 4))

# ---- refit on everything and predict the bundle's test file --------------
final_model = build_model().fit(df[features], df[TARGET])
test = add_date_parts(pd.read_csv("test.csv"))
pd.DataFrame({
    "booking_id": test["booking_id"],
    "prediction": final_model.predict_proba(test[features])[:, 1],
}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(test))
