"""Churn model with time-aware tuning.

Hold-out: the last three months, restricted to customers who do not appear
before them. Tuning: GridSearchCV with TimeSeriesSplit on the earlier months.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, TimeSeriesSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OrdinalEncoder

LEAKY = ["cancellation_reason", "retention_call_made"]
CAT = ["plan", "region"]


def prepare(frame):
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    grp = frame.groupby("customer_id")
    frame["usage_lag1"] = grp["usage_gb"].shift(1)
    frame["usage_lag2"] = grp["usage_gb"].shift(2)
    frame["usage_trend"] = frame["usage_lag1"] - frame["usage_lag2"]
    frame["tickets_lag1"] = grp["support_tickets"].shift(1)
    frame["charges_change"] = frame["monthly_charges"] - grp["monthly_charges"].shift(1)
    return frame


df = pd.read_csv("train.csv", parse_dates=["snapshot_month"]).drop(columns=LEAKY)
df = prepare(df)
df = df.sort_values("snapshot_month").reset_index(drop=True)  # TimeSeriesSplit needs row order = time order

FEATURES = [
    "tenure_months", "monthly_charges", "support_tickets", "usage_gb", "late_payments",
    "usage_lag1", "usage_lag2", "usage_trend", "tickets_lag1", "charges_change",
] + CAT

cut = df["snapshot_month"].sort_values().unique()[-3]
train = df[df["snapshot_month"] < cut]
test = df[(df["snapshot_month"] >= cut) & ~df["customer_id"].isin(train["customer_id"])]
print(f"train rows {len(train)}  test rows {len(test)}  test customers {test['customer_id'].nunique()}")

pre = make_column_transformer(
    (OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), CAT),
    remainder="passthrough",
)
pipe = make_pipeline(
    pre,
    HistGradientBoostingClassifier(categorical_features=[0, 1], random_state=0),
)
grid = {
    "histgradientboostingclassifier__learning_rate": [0.03, 0.1],
    "histgradientboostingclassifier__max_leaf_nodes": [15, 31],
    "histgradientboostingclassifier__l2_regularization": [0.0, 1.0],
}
search = GridSearchCV(pipe, grid, cv=TimeSeriesSplit(n_splits=5), scoring="average_precision", n_jobs=-1)
search.fit(train[FEATURES], train["churned"])
print("best params", search.best_params_)
print("cv PR-AUC", round(search.best_score_, 4))

proba = search.predict_proba(test[FEATURES])[:, 1]
print("hold-out PR-AUC", round(average_precision_score(test["churned"], proba), 4))
print("hold-out ROC-AUC", round(roc_auc_score(test["churned"], proba), 4))

# submission: refit the chosen configuration on all labelled months
best = search.best_estimator_.fit(df[FEATURES], df["churned"])
sub = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
hist = pd.concat(
    [df.drop(columns=["churned", "usage_lag1", "usage_lag2", "usage_trend", "tickets_lag1", "charges_change"]),
     sub.drop(columns=LEAKY, errors="ignore")],
    ignore_index=True,
)
hist = prepare(hist)
hist = hist[hist["snapshot_id"].isin(sub["snapshot_id"])]
pd.DataFrame({"snapshot_id": hist["snapshot_id"], "prediction": best.predict_proba(hist[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
