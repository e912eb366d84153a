"""Hotel cancellations - logistic regression, upsampling applied to the training part only.

Split first; the test part keeps its natural ~37% cancellation share.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import confusion_matrix, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.utils import resample

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

train, test = train_test_split(df, test_size=0.2, stratify=df.is_canceled, random_state=RNG)

# --- balance the training part only -----------------------------------------
pos, neg = train[train.is_canceled == 1], train[train.is_canceled == 0]
pos_up = resample(pos, replace=True, n_samples=len(neg), random_state=RNG)
train_bal = pd.concat([neg, pos_up]).sample(frac=1.0, random_state=RNG)
print(
    pd.DataFrame(
        {"train (raw)": train.is_canceled.value_counts(normalize=True),
         "train (balanced)": train_bal.is_canceled.value_counts(normalize=True),
         "test": test.is_canceled.value_counts(normalize=True)}
    ).round(3).to_markdown()
)


def matrix(d, cols=None):
    X = pd.get_dummies(d[NUMS + ["log_lead"] + CATS], columns=CATS, dtype=float)
    return X if cols is None else X.reindex(columns=cols, fill_value=0.0)


X_train = matrix(train_bal)
X_test = matrix(test, X_train.columns)
y_train, y_test = train_bal.is_canceled, test.is_canceled

clf = make_pipeline(StandardScaler(), LogisticRegression(max_iter=3000, C=0.8)).fit(X_train, y_train)
baseline = DummyClassifier(strategy="stratified", random_state=RNG).fit(matrix(train, X_train.columns), train.is_canceled)

proba = clf.predict_proba(X_test)[:, 1]
p_base = baseline.predict_proba(X_test)[:, 1]
print(
    pd.DataFrame(
        {"roc_auc": [roc_auc_score(y_test, p_base), roc_auc_score(y_test, proba)],
         "f1": [f1_score(y_test, p_base >= 0.5), f1_score(y_test, proba >= 0.5)]},
        index=["baseline (stratified dummy)", "logreg + upsampling"],
    ).round(3).to_markdown()
)
print(pd.DataFrame(confusion_matrix(y_test, proba >= 0.5), index=["true 0", "true 1"], columns=["pred 0", "pred 1"]).to_markdown())

sub = pd.read_csv("test.csv").assign(
    children=lambda d: d.children.fillna(0), log_lead=lambda d: np.log1p(d.lead_time)
)
full_pos = df[df.is_canceled == 1]
full_bal = pd.concat([df[df.is_canceled == 0], resample(full_pos, replace=True, n_samples=(df.is_canceled == 0).sum(), random_state=RNG)])
X_full = matrix(full_bal)
clf.fit(X_full, full_bal.is_canceled)
sub[["booking_id"]].assign(prediction=clf.predict_proba(matrix(sub, X_full.columns))[:, 1]).to_csv(
    "predictions.csv", index=False
)
