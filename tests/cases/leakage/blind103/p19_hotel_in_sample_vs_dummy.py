"""Cancellation drivers for the revenue team.

Random forest on every booking, compared with a dummy classifier, plus a per-segment table.
"""
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import f1_score, roc_auc_score

LEAKY = ["reservation_status", "reservation_status_date", "assigned_room_type"]
CATS = ["hotel", "meal", "market_segment", "distribution_channel", "deposit_type", "customer_type",
        "reserved_room_type"]


def features(d: pd.DataFrame) -> pd.DataFrame:
    return (
        d.drop(columns=["booking_id", "arrival_date", "country", "agent", "is_canceled", *LEAKY], errors="ignore")
        .assign(
            children=lambda x: x.children.fillna(0),
            total_nights=lambda x: x.stays_weekend_nights + x.stays_week_nights,
            family=lambda x: ((x.children + x.babies) > 0).astype(int),
            long_lead=lambda x: (x.lead_time > 120).astype(int),
        )
        .pipe(pd.get_dummies, columns=CATS, dtype=float)
    )


df = pd.read_csv("train.csv")
X, y = features(df), df["is_canceled"]

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=5, n_jobs=-1, random_state=1).fit(X, y)
dummy = DummyClassifier(strategy="prior").fit(X, y)

summary = pd.DataFrame(
    {
        "roc_auc": [roc_auc_score(y, dummy.predict_proba(X)[:, 1]), roc_auc_score(y, rf.predict_proba(X)[:, 1])],
        "f1": [f1_score(y, dummy.predict(X), zero_division=0), f1_score(y, rf.predict(X))],
    },
    index=["dummy", "random forest"],
)
print(summary.round(3).to_markdown())

segment_view = (
    df.assign(p_cancel=rf.predict_proba(X)[:, 1])
    .groupby(["hotel", "market_segment"])
    .agg(bookings=("p_cancel", "size"), predicted=("p_cancel", "mean"), actual=("is_canceled", "mean"))
    .query("bookings >= 100")
    .sort_values("actual", ascending=False)
)
print(segment_view.round(3).to_markdown())

print(
    pd.Series(rf.feature_importances_, index=X.columns)
    .nlargest(12)
    .round(4)
    .to_frame("importance")
    .to_markdown()
)

sub = pd.read_csv("test.csv")
X_sub = features(sub).reindex(columns=X.columns, fill_value=0.0)
pd.DataFrame({"booking_id": sub["booking_id"], "prediction": rf.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
