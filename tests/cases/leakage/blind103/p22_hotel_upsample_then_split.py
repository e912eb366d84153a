"""Hotel cancellations - logistic regression with class balancing by upsampling.

Cancellations are ~37% of bookings; I upsample them to 50/50 so the model does not lean
towards 'not cancelled', then train/test split and score.
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

RNG = 17
LEAKY = ["reservation_status", "reservation_status_date", "assigned_room_type"]
CATS = ["hotel", "meal", "market_segment", "distribution_channel", "deposit_type", "customer_type"]
NUMS = ["lead_time", "stays_weekend_nights", "stays_week_nights", "adults", "children", "babies",
        "is_repeated_guest", "previous_cancellations", "previous_bookings_not_canceled",
        "booking_changes", "days_in_waiting_list", "adr", "required_car_parking_spaces",
        "total_of_special_requests"]

df = (
    pd.read_csv("train.csv")
    .drop(columns=LEAKY)
    .assign(children=lambda d: d.children.fillna(0), log_lead=lambda d: np.log1p(d.lead_time))
)
print(df.is_canceled.value_counts().to_markdown())

# --- balance the classes ----------------------------------------------------
cancelled = df.query("is_canceled == 1")
kept = df.query("is_canceled == 0")
extra = cancelled.sample(n=len(kept) - len(cancelled), replace=True, random_state=RNG)
balanced = pd.concat([df, extra], ignore_index=True).sample(frac=1.0, random_state=RNG)
print(balanced.is_canceled.value_counts(normalize=True).round(3).to_markdown())

X = pd.get_dummies(balanced[NUMS + ["log_lead"] + CATS], columns=CATS, dtype=float)
y = balanced["is_canceled"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=RNG)

clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000, C=0.8))
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]

print(f"roc_auc = {roc_auc_score(y_test, proba):.3f}")
print(f"f1      = {f1_score(y_test, proba >= 0.5):.3f}")
print(pd.DataFrame(confusion_matrix(y_test, proba >= 0.5), index=["true 0", "true 1"], columns=["pred 0", "pred 1"]).to_markdown())

coef = (
    pd.Series(clf[-1].coef_[0], index=X.columns)
    .sort_values()
    .pipe(lambda s: pd.concat([s.head(8), s.tail(8)]))
)
print(coef.round(3).to_frame("coef").to_markdown())

sub = pd.read_csv("test.csv").assign(
    children=lambda d: d.children.fillna(0), log_lead=lambda d: np.log1p(d.lead_time)
)
X_sub = pd.get_dummies(sub[NUMS + ["log_lead"] + CATS], columns=CATS, dtype=float).reindex(
    columns=X.columns, fill_value=0.0
)
clf.fit(X, y)
sub[["booking_id"]].assign(prediction=clf.predict_proba(X_sub)[:, 1]).to_csv("predictions.csv", index=False)
