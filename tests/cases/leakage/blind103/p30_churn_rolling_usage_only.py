"""Churn next month - GBM on rolling usage features (all windows end at the previous month).

Evaluation: accounts that appear only after the cut-off month.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
CUTOFF = pd.Timestamp("2024-01-01")


def rolling_features(d: pd.DataFrame) -> pd.DataFrame:
    g = d.groupby("account_id")
    prev = lambda col, w, how="mean": g[col].transform(lambda s: s.shift(1).rolling(w, min_periods=1).agg(how))
    return d.assign(
        logins_3m=prev("logins", 3),
        api_3m=prev("api_calls", 3),
        tickets_3m=prev("support_tickets", 3, "sum"),
        payfail_6m=prev("payment_failures", 6, "sum"),
        active_users_max_6m=prev("active_users", 6, "max"),
        nps_delta=d["nps_score"] - g["nps_score"].shift(1),
        months_observed=g.cumcount(),
    )


df = (
    pd.read_csv("train.csv", parse_dates=["month"])
    .merge(pd.read_csv("accounts.csv", parse_dates=["signup_month"]), on="account_id", how="left")
    .sort_values(["account_id", "month"])
    .reset_index(drop=True)
    .pipe(rolling_features)
    .assign(
        tenure=lambda d: (d.month.dt.year - d.signup_month.dt.year) * 12 + d.month.dt.month - d.signup_month.dt.month,
        seat_util=lambda d: d.active_users / d.seats.clip(lower=1),
        logins_vs_3m=lambda d: d.logins / d.logins_3m.replace(0, np.nan),
        users_vs_peak=lambda d: d.active_users / d.active_users_max_6m.replace(0, np.nan),
    )
)

print(
    df.pivot_table(index="industry", columns="plan_tier", values=TARGET, aggfunc="mean")
    .mul(100)
    .round(2)
    .to_markdown()
)

FEATURES = ["seats", "active_users", "logins", "api_calls", "support_tickets", "nps_score", "mrr",
            "contract_months_left", "payment_failures", "tenure", "seat_util", "months_observed",
            "logins_3m", "api_3m", "tickets_3m", "payfail_6m", "nps_delta", "logins_vs_3m", "users_vs_peak"]

train = df[df.month < CUTOFF]
test = df[(df.month >= CUTOFF) & ~df.account_id.isin(set(train.account_id))]
assert train.month.max() < test.month.min()

X_train, y_train = train[FEATURES].fillna(-999), train[TARGET]
X_test, y_test = test[FEATURES].fillna(-999), test[TARGET]

gbm = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, subsample=0.8, random_state=5)
gbm.fit(X_train, y_train)
base = DummyClassifier(strategy="prior").fit(X_train, y_train)

res = pd.DataFrame(
    [
        ("dummy prior", roc_auc_score(y_test, base.predict_proba(X_test)[:, 1]),
         average_precision_score(y_test, base.predict_proba(X_test)[:, 1])),
        ("gbm", roc_auc_score(y_test, gbm.predict_proba(X_test)[:, 1]),
         average_precision_score(y_test, gbm.predict_proba(X_test)[:, 1])),
    ],
    columns=["model", "roc_auc", "pr_auc"],
)
print(res.round(3).to_markdown(index=False))

lift = (
    test.assign(p=gbm.predict_proba(X_test)[:, 1])
    .assign(decile=lambda d: 10 - pd.qcut(d.p.rank(method="first"), 10, labels=False))
    .groupby("decile")[TARGET]
    .agg(["size", "mean"])
    .assign(lift=lambda t: t["mean"] / y_test.mean())
)
print(lift.round(3).to_markdown())
