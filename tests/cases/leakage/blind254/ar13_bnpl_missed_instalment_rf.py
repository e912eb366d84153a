# BNPL take-home: will this instalment be missed?
# Random forest on order / customer / card features.

import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

df = pd.read_csv("train.csv", parse_dates=["due_date"])
print(df.shape)
print(df["missed"].value_counts(normalize=True))

# ---- feature engineering ----
df["share_of_order"] = df["instalment_amount"] / df["order_value"]
df["is_first_instalment"] = (df["instalment_no"] == 1).astype(int)
df["prior_miss_ratio"] = df["prior_missed"] / df["prior_orders"].clip(lower=1)
df["card_expires_soon"] = (df["card_expiry_months"] <= 2).astype(int)
df["night_order"] = df["hour_of_order"].between(0, 5).astype(int)
df["due_dow"] = df["due_date"].dt.dayofweek
df["due_day"] = df["due_date"].dt.day  # paydays cluster at start / end of month

cats = ["merchant_category", "card_type", "device_type"]
df = pd.get_dummies(df, columns=cats, drop_first=False)

not_features = ["instalment_id", "order_id", "customer_id", "merchant_id", "due_date",
                "late_fee_charged", "days_late", "reminder_sms_count", "missed"]
features = [c for c in df.columns if c not in not_features]

X_train, X_test, y_train, y_test = train_test_split(
    df[features], df["missed"], test_size=0.2, random_state=42, stratify=df["missed"])

rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=20, n_jobs=-1,
                            class_weight="balanced_subsample", random_state=42)
rf.fit(X_train, y_train)
y_pred = rf.predict(X_test)

# naive baseline: predict "paid" for everyone
majority = np.zeros_like(y_test)
print("baseline accuracy (always paid):", round(accuracy_score(y_test, majority), 4))
print("random forest accuracy         :", round(accuracy_score(y_test, y_pred), 4))

imp = pd.Series(rf.feature_importances_, index=features).sort_values(ascending=False)
print(imp.head(12).round(4))
