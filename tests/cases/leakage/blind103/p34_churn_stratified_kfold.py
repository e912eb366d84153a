"""Churn next month - 5-fold stratified CV of a scaled logistic regression.

Everything (imputation, scaling) lives in the pipeline so each fold is refitted.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"

df = (
    pd.read_csv("train.csv", parse_dates=["month"])
    .merge(pd.read_csv("accounts.csv"), on="account_id", how="left")
    .sort_values(["account_id", "month"])
    .reset_index(drop=True)
)

g = df.groupby("account_id")
df = df.assign(
    logins_prev=g["logins"].shift(1),
    logins_trend=lambda d: d.logins - d.logins_prev,
    api_prev2=g["api_calls"].transform(lambda s: s.shift(1).rolling(2, min_periods=1).mean()),
    tickets_cum=g["support_tickets"].transform(lambda s: s.shift(1).expanding().sum()),
    seat_util=lambda d: d.active_users / d.seats.clip(lower=1),
)

print(df.groupby("region")[TARGET].agg(["size", "mean"]).round(4).to_markdown())

NUM = ["seats", "active_users", "logins", "api_calls", "support_tickets", "nps_score", "mrr",
       "contract_months_left", "payment_failures", "logins_prev", "logins_trend", "api_prev2",
       "tickets_cum", "seat_util"]
CAT = ["plan_tier", "industry", "region", "sales_channel"]

X, y = df[NUM + CAT], df[TARGET]

pre = ColumnTransformer(
    [
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
    ]
)
models = {
    "dummy (prior)": Pipeline([("pre", pre), ("clf", DummyClassifier(strategy="prior"))]),
    "logreg": Pipeline([("pre", pre), ("clf", LogisticRegression(max_iter=3000, C=0.2, class_weight="balanced"))]),
}

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=21)
rows = []
for name, est in models.items():
    res = cross_validate(est, X, y, cv=cv, scoring=["average_precision", "roc_auc"], n_jobs=-1)
    rows.append(
        {"model": name,
         "pr_auc": res["test_average_precision"].mean(), "pr_auc_sd": res["test_average_precision"].std(),
         "roc_auc": res["test_roc_auc"].mean(), "roc_auc_sd": res["test_roc_auc"].std()}
    )
print(pd.DataFrame(rows).round(3).to_markdown(index=False))

final = models["logreg"].fit(X, y)
coef = pd.Series(final[-1].coef_[0], index=final[0].get_feature_names_out())
print(coef.sort_values(key=np.abs, ascending=False).head(15).round(3).to_frame("coef").to_markdown())
