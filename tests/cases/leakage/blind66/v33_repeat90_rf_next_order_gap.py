# Repeat-purchase classifier (90 days), random forest
# -----------------------------------------------------
# Validation design: snapshots before 2023-07-01 for training, snapshots from 2023-07-01 on for
# validation, restricted to customers who are not in the training months at all.

import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import accuracy_score

TARGET = "purchased_next_90d"
CUT = "2023-07-01"

snap = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
snap_test = pd.read_csv("test.csv", parse_dates=["snapshot_date"])

print(snap.shape)
print(snap.dtypes)
print(snap[TARGET].value_counts())

# --- cleaning -------------------------------------------------------------------
def prepare(df):
    df = df.copy()
    # gap to the next order is missing when there is no next order in the export
    df["days_to_next_order"] = df["days_to_next_order"].fillna(999)
    df["avg_discount_pct"] = df["avg_discount_pct"].fillna(0)
    df["tier"] = df["loyalty_tier"].map({"none": 0, "silver": 1, "gold": 2, "platinum": 3}).fillna(0)
    df["eu"] = df["country"].isin(["DE", "FR", "NL", "ES", "IT", "AT", "BE"]).astype(int)
    df["aov"] = df["monetary_365d"] / df["frequency_365d"].replace(0, 1)
    df["sessions_per_order"] = df["sessions_30d"] / (df["orders_90d"] + 1)
    return df

snap = prepare(snap)
snap_test = prepare(snap_test)

FEATURES = ["recency_days", "frequency_365d", "monetary_365d", "tenure_days", "orders_90d",
            "sessions_30d", "cart_adds_30d", "wishlist_adds_30d", "avg_discount_pct", "email_clicks_30d",
            "days_to_next_order", "tier", "eu", "aov", "sessions_per_order"]

# --- split ----------------------------------------------------------------------
early = snap[snap["snapshot_date"] < CUT]
late = snap[snap["snapshot_date"] >= CUT]
late_new = late[~late["customer_id"].isin(early["customer_id"])]
print("train rows:", len(early), " validation rows:", len(late_new))

X_tr, y_tr = early[FEATURES], early[TARGET]
X_va, y_va = late_new[FEATURES], late_new[TARGET]

# --- model ----------------------------------------------------------------------
rf = RandomForestClassifier(n_estimators=300, max_depth=10, min_samples_leaf=20, n_jobs=-1, random_state=1)
rf.fit(X_tr, y_tr)

print("train accuracy     :", round(accuracy_score(y_tr, rf.predict(X_tr)), 4))
print("validation accuracy:", round(accuracy_score(y_va, rf.predict(X_va)), 4))

for name, imp in sorted(zip(FEATURES, rf.feature_importances_), key=lambda t: -t[1]):
    print(f"  {name:<22}{imp:.3f}")

# --- refit & predict ------------------------------------------------------------
rf.fit(snap[FEATURES], snap[TARGET])
out = pd.DataFrame({"row_id": snap_test["row_id"], "prediction": rf.predict_proba(snap_test[FEATURES])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.describe())
