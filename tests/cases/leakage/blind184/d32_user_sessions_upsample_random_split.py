"""
Session-level purchase prediction for an online store.

sessions.csv - one row per browsing session:
    user_id, session_id, device, traffic_source, n_pages, n_product_pages,
    duration_sec, cart_adds, used_search, used_coupon, purchased
"""
import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, precision_score, recall_score

sessions = pd.read_csv("sessions.csv")
print(sessions.shape)
print("purchase rate:", round(sessions["purchased"].mean(), 4))

# how many sessions does a user have?
per_user = sessions.groupby("user_id")["session_id"].count()
print(per_user.describe())
print("users with 5+ sessions:", (per_user >= 5).sum())

# --- features (row-wise) ---------------------------------------------------
sessions["pages_per_min"] = sessions["n_pages"] / (sessions["duration_sec"] / 60 + 1)
sessions["product_share"] = sessions["n_product_pages"] / sessions["n_pages"].clip(lower=1)
sessions["log_duration"] = np.log1p(sessions["duration_sec"])
sessions["any_cart"] = (sessions["cart_adds"] > 0).astype(int)
sessions = pd.get_dummies(sessions, columns=["device", "traffic_source"], dtype=int)

# --- balance the classes: upsample the buyers to match the non-buyers -------
majority = sessions[sessions["purchased"] == 0]
minority = sessions[sessions["purchased"] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=123)
balanced = pd.concat([majority, minority_up]).sample(frac=1, random_state=123)
print(balanced["purchased"].value_counts())

X = balanced.drop(columns=["purchased", "user_id", "session_id"])
y = balanced["purchased"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=123)

baseline = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)
clf = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.06, max_leaf_nodes=31, random_state=123)
clf.fit(X_train, y_train)

for name, m in [("baseline", baseline), ("hist-gbm", clf)]:
    proba = m.predict_proba(X_test)[:, 1]
    pred = m.predict(X_test)
    print(f"{name:9s} AUC={roc_auc_score(y_test, proba):.3f} "
          f"F1={f1_score(y_test, pred, zero_division=0):.3f} "
          f"P={precision_score(y_test, pred, zero_division=0):.3f} "
          f"R={recall_score(y_test, pred):.3f}")
