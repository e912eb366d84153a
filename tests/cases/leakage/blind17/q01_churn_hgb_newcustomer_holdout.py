"""Churn take-home: predict churned_next_month from monthly snapshots.

Validation plan: train on Jan-Sep 2024 snapshots and score Oct-Dec snapshots of
customers that never show up in the training window. The hidden test set is
later months, and I don't want the model to get credit for memorising a
customer it has already seen.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

TARGET = "churned_next_month"
ID = "snapshot_id"
DROP = [ID, "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]
CUTOFF = pd.Timestamp("2024-10-01")


@dataclass
class Split:
    train: pd.DataFrame
    test: pd.DataFrame
    features: list[str] = field(default_factory=list)

    def xy(self, part: str) -> tuple[pd.DataFrame, pd.Series]:
        frame = getattr(self, part)
        return frame[self.features], frame[TARGET]


def load(path: str) -> pd.DataFrame:
    return (
        pd.read_csv(path)
        .assign(snapshot_month=lambda d: pd.to_datetime(d["snapshot_month"]))
        .sort_values(["customer_id", "snapshot_month"])
        .astype({"plan": "category", "region": "category"})
        .reset_index(drop=True)
    )


def add_features(df: pd.DataFrame) -> pd.DataFrame:
    by_cust = df.groupby("customer_id", observed=True)
    return df.assign(
        logins_prev=by_cust["logins_30d"].shift(1),
        logins_delta=lambda d: d["logins_30d"] - d["logins_prev"],
        tickets_prev_3m=by_cust["support_tickets_30d"].transform(
            lambda s: s.shift(1).rolling(3, min_periods=1).sum()
        ),
        charge_per_tenure=lambda d: d.eval("monthly_charges / (tenure_months + 1)"),
        month_num=lambda d: d["snapshot_month"].dt.month,
    )


def make_split(df: pd.DataFrame) -> Split:
    train = df.loc[lambda d: d["snapshot_month"] < CUTOFF]
    test = df.loc[
        lambda d: (d["snapshot_month"] >= CUTOFF) & ~d["customer_id"].isin(train["customer_id"])
    ]
    feats = [c for c in df.columns if c not in DROP]
    return Split(train, test, feats)


def scores(y_true: pd.Series, proba: np.ndarray) -> dict[str, float]:
    return {
        "roc_auc": roc_auc_score(y_true, proba),
        "avg_precision": average_precision_score(y_true, proba),
        "brier": brier_score_loss(y_true, proba),
    }


df = load("train.csv").pipe(add_features)
print(df.shape)
print(df[TARGET].mean().round(4), "churn rate overall")

# quick look: churn by plan and by month
(df.groupby(["snapshot_month", "plan"], observed=True)[TARGET]
   .mean()
   .unstack()
   .plot(marker="o", figsize=(8, 4), title="churn rate by month / plan"))
plt.tight_layout()
plt.show()

df[["logins_30d", "days_since_last_login", "payment_failures_90d"]].hist(bins=30, figsize=(10, 3), layout=(1, 3))
plt.show()

split = make_split(df)
print("train rows", len(split.train), "test rows", len(split.test),
      "test customers", split.test["customer_id"].nunique())
assert split.train["customer_id"].isin(split.test["customer_id"]).sum() == 0

X_tr, y_tr = split.xy("train")
X_te, y_te = split.xy("test")

baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
model = HistGradientBoostingClassifier(
    categorical_features="from_dtype",
    learning_rate=0.05,
    max_iter=400,
    l2_regularization=1.0,
    random_state=0,
).fit(X_tr, y_tr)

results = pd.DataFrame({
    "baseline_prior": scores(y_te, baseline.predict_proba(X_te)[:, 1]),
    "hgb": scores(y_te, model.predict_proba(X_te)[:, 1]),
}).T
print(results.round(4))

# TODO: calibration plot? brier already looks fine vs the prior
# final fit on every labelled month, predict the bundle's test file
full_X = df[split.features]
final = HistGradientBoostingClassifier(
    categorical_features="from_dtype", learning_rate=0.05, max_iter=400,
    l2_regularization=1.0, random_state=0,
).fit(full_X, df[TARGET])

test_df = load("test.csv")
# lags need the history, so stitch the labelled months in front before computing them
both = pd.concat([df.drop(columns=split.features[-5:]), test_df], ignore_index=True)
both = (both.sort_values(["customer_id", "snapshot_month"])
            .astype({"plan": "category", "region": "category"})
            .pipe(add_features))
sub_rows = both.loc[lambda d: d[ID].isin(test_df[ID])]
pd.DataFrame({ID: sub_rows[ID], "prediction": final.predict_proba(sub_rows[split.features])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
