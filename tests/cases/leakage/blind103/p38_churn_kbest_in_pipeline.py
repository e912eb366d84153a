"""Churn next month.

Same engineered usage features, but the top-10 mutual-information filter is a pipeline step,
fitted on the training months only. Hold-out: accounts created after the cut-off.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import Pipeline

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

train = df[df.month < CUT]
test = df[(df.month >= CUT) & ~df.account_id.isin(train.account_id)]
X_train, y_train = train[CANDIDATES].fillna(0), train[TARGET]
X_test, y_test = test[CANDIDATES].fillna(0), test[TARGET]

model = Pipeline(
    [
        ("select", SelectKBest(mutual_info_classif, k=10)),
        ("gbm", GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, random_state=0)),
    ]
).fit(X_train, y_train)
baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)

chosen = X_train.columns[model.named_steps["select"].get_support()].tolist()
print("selected on training months:", chosen)

rows = []
for name, m in [("baseline (prior)", baseline), ("select10 + gbm", model)]:
    p = m.predict_proba(X_test)[:, 1]
    rows.append({"model": name, "roc_auc": roc_auc_score(y_test, p), "pr_auc": average_precision_score(y_test, p)})
print(pd.DataFrame(rows).round(3).to_markdown(index=False))
