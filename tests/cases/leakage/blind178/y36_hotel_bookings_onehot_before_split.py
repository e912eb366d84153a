"""Hotel booking demand: will the booking be cancelled?

hotel_bookings.csv (Antonio, Almeida & Nunes 2019). Random forest on one-hot
encoded categoricals.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder

df = pd.read_csv("hotel_bookings.csv")

# reservation_status is recorded after the stay (Check-Out / Canceled) -> remove
df = df.drop(columns=["reservation_status", "reservation_status_date",
                      "company", "agent"])
df["children"] = df["children"].fillna(0)
df["country"] = df["country"].fillna("UNK")

df["total_nights"] = df["stays_in_weekend_nights"] + df["stays_in_week_nights"]
df["total_guests"] = df["adults"] + df["children"] + df["babies"]
df = df[df["total_guests"] > 0]

cat_cols = ["hotel", "meal", "country", "market_segment", "distribution_channel",
            "reserved_room_type", "assigned_room_type", "deposit_type",
            "customer_type", "arrival_date_month"]
num_cols = ["lead_time", "arrival_date_week_number", "arrival_date_day_of_month",
            "stays_in_weekend_nights", "stays_in_week_nights", "adults", "children",
            "babies", "is_repeated_guest", "previous_cancellations",
            "previous_bookings_not_canceled", "booking_changes",
            "days_in_waiting_list", "adr", "required_car_parking_spaces",
            "total_of_special_requests", "total_nights", "total_guests"]

ohe = OneHotEncoder(handle_unknown="ignore", min_frequency=20, sparse_output=False)
cat_encoded = ohe.fit_transform(df[cat_cols])
cat_df = pd.DataFrame(cat_encoded, columns=ohe.get_feature_names_out(cat_cols),
                      index=df.index)

X = pd.concat([df[num_cols], cat_df], axis=1)
y = df["is_canceled"]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, random_state=3, stratify=y)

rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=2, n_jobs=-1,
                            random_state=3)
rf.fit(X_train, y_train)
proba = rf.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)

print("accuracy:", round(accuracy_score(y_test, pred), 4))
print("ROC AUC :", round(roc_auc_score(y_test, proba), 4))
print(classification_report(y_test, pred))
