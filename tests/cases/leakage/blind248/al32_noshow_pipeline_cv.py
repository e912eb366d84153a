# No-show prediction -- grouped CV by patient
# preprocessing: scale numerics, bin age / distance, one-hot categoricals

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler, KBinsDiscretizer, OneHotEncoder
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline

bookings = pd.read_csv("train.csv", parse_dates=["scheduled_at", "appointment_at"])
bookings = bookings.drop(columns=["checkin_time", "visit_duration_min"])  # only known after the visit
print(bookings.shape, "patients:", bookings.patient_id.nunique())

bookings["lead_days"] = (bookings.appointment_at - bookings.scheduled_at).dt.days.clip(lower=0)
bookings["log_lead"] = np.log1p(bookings.lead_days)
bookings["weekday"] = bookings.appointment_at.dt.dayofweek.astype(str)
bookings["booked_same_day"] = (bookings.lead_days == 0).astype(int)
bookings["monday_or_friday"] = bookings.weekday.isin(["0", "4"]).astype(int)
# stateless dummies for the two small categoricals
bookings = pd.get_dummies(bookings, columns=["sex", "booking_channel"], drop_first=True, dtype=int)

numeric = ["log_lead", "sms_reminder", "hypertension", "diabetes", "booked_same_day", "monday_or_friday"] + \
          [c for c in bookings.columns if c.startswith(("sex_", "booking_channel_"))]
binned = ["age", "distance_km"]
categorical = ["clinic", "specialty", "insurance_type", "weekday"]

pre = ColumnTransformer([
    ("num", StandardScaler(), numeric),
    ("bins", KBinsDiscretizer(n_bins=8, encode="onehot", strategy="quantile"), binned),
    ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=30), categorical),
])
X = bookings[numeric + binned + categorical]
y = bookings["no_show"].to_numpy()
groups = bookings["patient_id"].to_numpy()
print("input columns:", X.shape)

cv = GroupKFold(n_splits=5)
scoring = ["roc_auc", "neg_log_loss", "average_precision"]

# preprocessing goes inside the pipeline so every fold refits scaler/bins/encoder on its own training part
models = {
    "dummy (prior)": Pipeline([("pre", pre), ("clf", DummyClassifier(strategy="prior"))]),
    "logistic": Pipeline([("pre", pre), ("clf", LogisticRegression(C=0.3, max_iter=3000, solver="saga"))]),
}
for name, m in models.items():
    cvres = cross_validate(m, X, y, groups=groups, cv=cv, scoring=scoring, n_jobs=-1)
    print(f"{name:14s} AUC {cvres['test_roc_auc'].mean():.3f}  "
          f"AP {cvres['test_average_precision'].mean():.3f}  "
          f"logloss {-cvres['test_neg_log_loss'].mean():.4f}")
