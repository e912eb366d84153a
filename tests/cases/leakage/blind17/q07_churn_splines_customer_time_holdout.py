# Churn take-home -- spline logistic model.
# Holdout design: hash customers into a 25% holdout group, train on the
# other customers' Jan-Aug snapshots, evaluate on the holdout customers'
# Sep-Dec snapshots. So the test rows are both later in time and from people
# the model never saw.
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import pandas as pd
import sklearn
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, log_loss, roc_auc_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, SplineTransformer, StandardScaler

sklearn.set_config(transform_output="pandas")

TARGET = "churned_next_month"
CUT = "2024-09-01"


@dataclass(frozen=True)
class Metrics:
    auc: float
    ap: float
    logloss: float

    @classmethod
    def of(cls, y, p) -> "Metrics":
        return cls(roc_auc_score(y, p), average_precision_score(y, p), log_loss(y, p))


def holdout_bucket(cid) -> bool:
    return int(hashlib.md5(str(cid).encode()).hexdigest(), 16) % 4 == 0


df = (
    pd.read_csv("train.csv")
    .assign(month=lambda d: pd.to_datetime(d.snapshot_month))
    .sort_values(["customer_id", "month"])
    .assign(
        holdout=lambda d: d.customer_id.map(holdout_bucket),
        logins_lag=lambda d: d.groupby("customer_id").logins_30d.shift(1).fillna(d.logins_30d),
        login_drop=lambda d: (d.logins_lag - d.logins_30d).clip(lower=0),
        any_failure=lambda d: (d.payment_failures_90d > 0).astype(int),
    )
)

print(df.holdout.mean(), "share of rows in holdout customers")
print(df.pivot_table(index="plan", columns="region", values=TARGET, aggfunc="mean").round(3))

train = df.loc[lambda d: ~d.holdout & (d.snapshot_month < CUT)]
test = df.loc[lambda d: d.holdout & (d.snapshot_month >= CUT)]
assert not set(train.customer_id) & set(test.customer_id)
print(f"train={len(train):,} test={len(test):,} test churn={test[TARGET].mean():.3f}")

num = ["monthly_charges", "logins_30d", "logins_lag", "login_drop",
       "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
pre = ColumnTransformer([
    ("tenure_spline", SplineTransformer(n_knots=6, degree=3), ["tenure_months"]),
    ("num", StandardScaler(), num),
    ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), ["plan", "region"]),
    ("flags", "passthrough", ["has_discount", "any_failure"]),
])
model = Pipeline([("pre", pre), ("lr", LogisticRegression(C=1.0, max_iter=3000))])
features = num + ["tenure_months", "plan", "region", "has_discount", "any_failure"]
model.fit(train[features], train[TARGET])

p_model = model.predict_proba(test[features])[:, 1]
# baseline: everyone gets the training churn rate
p_base = np.full(len(test), train[TARGET].mean())

table = pd.DataFrame(
    {"baseline_rate": vars(Metrics.of(test[TARGET], p_base)),
     "spline_logreg": vars(Metrics.of(test[TARGET], p_model))}
)
print(table.round(4))

# shape of the tenure effect
grid = pd.DataFrame({"tenure_months": np.arange(0, 73)})
basis = model.named_steps["pre"].named_transformers_["tenure_spline"].transform(grid)
coef = model.named_steps["lr"].coef_.ravel()[: basis.shape[1]]
effect = basis.to_numpy() @ coef
print(pd.Series(effect, index=grid.tenure_months).iloc[::6].round(3))

# quick lift table on the holdout
lift = (test.assign(p=p_model, decile=lambda d: pd.qcut(d.p.rank(method="first"), 10, labels=False))
            .groupby("decile")[TARGET].mean()
            .div(test[TARGET].mean()))
print(lift.round(2))
