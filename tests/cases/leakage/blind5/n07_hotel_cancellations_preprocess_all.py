import pandas as pd
import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.model_selection import train_test_split
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score, roc_auc_score, classification_report, confusion_matrix

# hotel booking demand (Antonio, Almeida & Nunes) - predict is_canceled
df = pd.read_csv("hotel_bookings.csv")
print(df.shape)
print(df.head())
print(df["is_canceled"].value_counts(normalize=True))
print(df.isnull().sum()[df.isnull().sum() > 0])

# reservation_status says "Canceled" / "Check-Out" -> it IS the answer, remove it
df = df.drop(columns=["reservation_status", "reservation_status_date"])
# assigned_room_type is only fixed at check-in
df = df.drop(columns=["assigned_room_type"])
# company is 94% missing, agent is an id with hundreds of levels
df = df.drop(columns=["company", "agent"])

# some bookings have 0 guests - drop them
df = df[(df["adults"] + df["children"].fillna(0) + df["babies"]) > 0]
df = df[df["adr"] >= 0]

print(df.groupby("hotel")["is_canceled"].mean())
print(df.groupby("deposit_type")["is_canceled"].mean())
print(df.groupby("market_segment")["is_canceled"].mean().sort_values())

# feature engineering
df["total_nights"] = df["stays_in_weekend_nights"] + df["stays_in_week_nights"]
df["total_guests"] = df["adults"] + df["children"].fillna(0) + df["babies"]
df["has_kids"] = ((df["children"].fillna(0) + df["babies"]) > 0).astype(int)
df["adr_per_guest"] = df["adr"] / df["total_guests"]
df["prev_cancel_ratio"] = df["previous_cancellations"] / (
    df["previous_cancellations"] + df["previous_bookings_not_canceled"] + 1)
df["lead_time_log"] = np.log1p(df["lead_time"])
month_map = {m: i for i, m in enumerate(["January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December"], 1)}
df["arrival_month_num"] = df["arrival_date_month"].map(month_map)

num_cols = ["lead_time", "lead_time_log", "arrival_date_week_number", "arrival_date_day_of_month",
            "arrival_month_num", "stays_in_weekend_nights", "stays_in_week_nights", "total_nights",
            "adults", "children", "babies", "total_guests", "has_kids", "is_repeated_guest",
            "previous_cancellations", "previous_bookings_not_canceled", "prev_cancel_ratio",
            "booking_changes", "days_in_waiting_list", "adr", "adr_per_guest",
            "required_car_parking_spaces", "total_of_special_requests"]
cat_cols = ["hotel", "meal", "country", "market_segment", "distribution_channel",
            "reserved_room_type", "deposit_type", "customer_type"]

X = df[num_cols + cat_cols]
y = df["is_canceled"]

num_pipe = Pipeline([("imputer", SimpleImputer(strategy="median")),
                     ("scaler", StandardScaler())])
cat_pipe = Pipeline([("imputer", SimpleImputer(strategy="most_frequent")),
                     ("onehot", OneHotEncoder(handle_unknown="ignore", min_frequency=20))])
preprocessor = ColumnTransformer([("num", num_pipe, num_cols),
                                  ("cat", cat_pipe, cat_cols)])

X_prep = preprocessor.fit_transform(X)
print("encoded shape:", X_prep.shape)

X_train, X_test, y_train, y_test = train_test_split(X_prep, y, test_size=0.25,
                                                    stratify=y, random_state=1)

rf = RandomForestClassifier(n_estimators=300, max_depth=None, min_samples_leaf=2,
                            n_jobs=-1, random_state=1)
rf.fit(X_train, y_train)

y_pred = rf.predict(X_test)
y_proba = rf.predict_proba(X_test)[:, 1]
print("accuracy:", accuracy_score(y_test, y_pred))
print("roc auc :", roc_auc_score(y_test, y_proba))
print(confusion_matrix(y_test, y_pred))
print(classification_report(y_test, y_pred))

names = preprocessor.get_feature_names_out()
imp = pd.Series(rf.feature_importances_, index=names).sort_values(ascending=False)
print(imp.head(15))
