"""Churn next month.

40-odd engineered usage features; keep the 10 with the highest mutual information with
the label, then gradient boosting. Hold-out: accounts created after the cut-off.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
CUT = pd.Timestamp("2024-01-01")
BASE_COLS = ["seats", "active_users", "logins", "api_calls", "support_tickets", "nps_score", "mrr",
             "payment_failures"]

df = (
    pd.read_csv("train.csv", parse_dates=["month"])
    .sort_values(["account_id", "month"])
    .reset_index(drop=True)
)

g = df.groupby("account_id")
engineered = pd.concat(
    [
        g[BASE_COLS].shift(1).add_suffix("_lag1"),
        g[BASE_COLS].shift(2).add_suffix("_lag2"),
        g[BASE_COLS].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean()).add_suffix("_avg3"),
        g[BASE_COLS].transform(lambda s: s.shift(1).rolling(6, min_periods=1).std()).add_suffix("_sd6"),
        (df[BASE_COLS] - g[BASE_COLS].shift(1)).add_suffix("_diff"),
    ],
    axis=1,
)
df = pd.concat([df, engineered], axis=1).assign(
    seat_util=lambda d: d.active_users / d.seats.clip(lower=1),
    renewal_window=lambda d: d.contract_months_left.le(2).astype(int),
)

CANDIDATES = BASE_COLS + ["contract_months_left", "seat_util", "renewal_window"] + engineered.columns.tolist()
print(f"{len(CANDIDATES)} candidate features")

X_all = df[CANDIDATES].fillna(0)
selector = SelectKBest(mutual_info_classif, k=10).fit(X_all, df[TARGET])
chosen = X_all.columns[selector.get_support()].tolist()
print(
    pd.Series(selector.scores_, index=CANDIDATES)
    .sort_values(ascending=False)
    .head(15)
    .round(4)
    .to_frame("mutual_info")
    .to_markdown()
)

train = df[df.month < CUT]
test = df[(df.month >= CUT) & ~df.account_id.isin(train.account_id)]

gbm = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, random_state=0)
gbm.fit(train[chosen].fillna(0), train[TARGET])
p = gbm.predict_proba(test[chosen].fillna(0))[:, 1]

print(
    pd.DataFrame(
        {"roc_auc": [roc_auc_score(test[TARGET], p)], "pr_auc": [average_precision_score(test[TARGET], p)],
         "n_features": [len(chosen)]},
        index=["gbm (top-10 MI)"],
    ).round(3).to_markdown()
)
