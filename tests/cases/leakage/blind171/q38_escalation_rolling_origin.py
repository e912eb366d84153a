"""Escalation -- rolling-origin evaluation on new accounts.

A single cut gives one noisy number, so I evaluate at three origins. For each origin T:
    train on every ticket created before T,
    evaluate on tickets created in [T, T + 1 month) from accounts with no ticket before T.
This mirrors production (future tickets, accounts not in the training data) and shows how
stable the lift over the prior-rate baseline is.

Features are ticket metadata plus row-wise text signals; `resolution_hours` is excluded
(known only at close), ids are keys.  Metrics: AP (primary), ROC AUC.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

CATS = ["channel", "priority", "product_area", "account_tier"]
NUMS = ["seats", "prior_tickets_90d", "first_response_minutes", "body_len", "n_exclaim", "hour"]
ORIGINS = ["2024-03-01", "2024-04-01", "2024-05-01"]


def add_row_features(df):
    df = df.copy()
    df["body_len"] = df["body"].fillna("").str.len()
    df["n_exclaim"] = df["body"].fillna("").str.count("!")
    df["hour"] = df["created_at"].dt.hour
    return df


def make_model():
    enc = ColumnTransformer(
        [("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CATS)],
        remainder="passthrough",
    )
    return Pipeline([
        ("enc", enc),
        ("hgb", HistGradientBoostingClassifier(categorical_features=[0, 1, 2, 3], learning_rate=0.05,
                                               max_iter=300, min_samples_leaf=40, random_state=0)),
    ])


df = add_row_features(pd.read_csv("train.csv", parse_dates=["created_at"]))
sub = add_row_features(pd.read_csv("test.csv", parse_dates=["created_at"]))
X_COLS = CATS + NUMS

rows = []
for origin in map(pd.Timestamp, ORIGINS):
    past = df[df["created_at"] < origin]
    window = df[(df["created_at"] >= origin) & (df["created_at"] < origin + pd.DateOffset(months=1))]
    window = window[~window["account_id"].isin(past["account_id"])]
    if window["escalated"].nunique() < 2:
        continue
    model = make_model().fit(past[X_COLS], past["escalated"])
    prior = DummyClassifier(strategy="prior").fit(past[X_COLS], past["escalated"])
    p_model = model.predict_proba(window[X_COLS])[:, 1]
    p_prior = prior.predict_proba(window[X_COLS])[:, 1]
    rows.append({
        "origin": origin.date(), "n_train": len(past), "n_eval": len(window),
        "ap_baseline": average_precision_score(window["escalated"], p_prior),
        "ap_model": average_precision_score(window["escalated"], p_model),
        "auc_model": roc_auc_score(window["escalated"], p_model),
    })

summary = pd.DataFrame(rows)
print(summary.round(4).to_string(index=False))
print("mean AP lift over baseline:", round((summary["ap_model"] - summary["ap_baseline"]).mean(), 4))

final = make_model().fit(df[X_COLS], df["escalated"])
pd.DataFrame({"ticket_id": sub["ticket_id"], "prediction": final.predict_proba(sub[X_COLS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
