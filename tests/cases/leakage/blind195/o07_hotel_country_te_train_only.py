#!/usr/bin/env python
# Hotel cancellation take-home
# author: candidate #2231
#
# country has ~170 levels, so instead of one-hot I use a smoothed target
# encoding. Model = HistGradientBoosting; the reference point is a plain
# logistic regression on two features (lead_time + deposit type).

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score

SMOOTHING = 50.0
TARGET = "is_canceled"


def smoothed_te(train_part, col, target, m=SMOOTHING):
    """Return a mapping level -> smoothed mean of target, plus the prior."""
    prior = train_part[target].mean()
    stats = train_part.groupby(col)[target].agg(["sum", "count"])
    enc = (stats["sum"] + m * prior) / (stats["count"] + m)
    return enc, prior


def prepare(frame):
    frame = frame.copy()
    frame["booking_date"] = pd.to_datetime(frame["booking_date"])
    frame["arrival_date"] = pd.to_datetime(frame["arrival_date"])
    frame["country"] = frame["country"].fillna("UNK")
    frame["children"] = frame["children"].fillna(0)
    frame["nights"] = frame["stays_in_weekend_nights"] + frame["stays_in_week_nights"]
    frame["weekend_share"] = frame["stays_in_weekend_nights"] / frame["nights"].replace(0, np.nan)
    frame["weekend_share"] = frame["weekend_share"].fillna(0.0)
    frame["non_refund"] = (frame["deposit_type"] == "Non Refund").astype(int)
    frame["arrival_month"] = frame["arrival_date"].dt.month
    frame["is_resort"] = (frame["hotel"] == "Resort Hotel").astype(int)
    seg = pd.get_dummies(frame["market_segment"], prefix="seg", dtype=int)
    return pd.concat([frame, seg], axis=1)


df = prepare(pd.read_csv("train.csv")).sort_values("booking_date")

# out-of-time validation, new guests only
cut = df["booking_date"].quantile(0.8)
train_df = df[df["booking_date"] < cut].copy()
valid_df = df[df["booking_date"] >= cut].copy()
valid_df = valid_df[~valid_df["guest_id"].isin(train_df["guest_id"])]

# target encoding learned on the training window only
enc, prior = smoothed_te(train_df, "country", TARGET)
train_df["country_te"] = train_df["country"].map(enc).fillna(prior)
valid_df["country_te"] = valid_df["country"].map(enc).fillna(prior)

seg_cols = [c for c in df.columns if c.startswith("seg_")]
FEATURES = ["lead_time", "adr", "nights", "weekend_share", "non_refund",
            "adults", "children", "babies", "previous_cancellations",
            "previous_bookings_not_canceled", "booking_changes",
            "total_of_special_requests", "required_car_parking_spaces",
            "arrival_month", "is_resort", "country_te"] + seg_cols

baseline = LogisticRegression(max_iter=1000)
baseline.fit(train_df[["lead_time", "non_refund"]], train_df[TARGET])
p_base = baseline.predict_proba(valid_df[["lead_time", "non_refund"]])[:, 1]

hgb = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.06,
                                     max_leaf_nodes=31, random_state=0)
hgb.fit(train_df[FEATURES], train_df[TARGET])
p_hgb = hgb.predict_proba(valid_df[FEATURES])[:, 1]

print(f"baseline logreg  AUC={roc_auc_score(valid_df[TARGET], p_base):.4f} "
      f"logloss={log_loss(valid_df[TARGET], p_base):.4f}")
print(f"HistGB           AUC={roc_auc_score(valid_df[TARGET], p_hgb):.4f} "
      f"logloss={log_loss(valid_df[TARGET], p_hgb):.4f}")

# final fit on all labelled rows, encoding re-estimated on them
enc_all, prior_all = smoothed_te(df, "country", TARGET)
df["country_te"] = df["country"].map(enc_all).fillna(prior_all)
test = prepare(pd.read_csv("test.csv"))
test["country_te"] = test["country"].map(enc_all).fillna(prior_all)
for c in seg_cols:
    if c not in test:
        test[c] = 0

final = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.06,
                                       max_leaf_nodes=31, random_state=0)
final.fit(df[FEATURES], df[TARGET])
pd.DataFrame({"booking_id": test["booking_id"],
              "prediction": final.predict_proba(test[FEATURES])[:, 1]}
             ).to_csv("predictions.csv", index=False)
