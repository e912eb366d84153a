"""Promo response - evaluate on unseen stores.

I split by store so that no store is on both sides (a store's own history would make the
score look too good). Logistic regression in a pipeline, dummy model for reference.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

df = (
    pd.read_csv("train.csv", parse_dates=["week_start"])
    .merge(pd.read_csv("stores.csv"), on="store_id", how="left")
    .sort_values(["store_id", "week_start"])
    .reset_index(drop=True)
)

df = df.assign(
    footfall_lag1=lambda d: d.groupby("store_id")["footfall"].shift(1),
    footfall_lag4_mean=lambda d: d.groupby("store_id")["footfall"].transform(
        lambda s: s.shift(1).rolling(4, min_periods=1).mean()
    ),
    weeks_since_last_promo=lambda d: d.groupby("store_id")["week_start"].diff().dt.days.div(7),
    month=lambda d: d.week_start.dt.month,
)

print(
    df.pivot_table(index="month", values="responded", columns="store_format", aggfunc="mean")
    .round(3)
    .to_markdown()
)

NUM = ["discount_pct", "footfall", "avg_weekly_sales", "weather_temp", "store_size_sqm",
       "footfall_lag1", "footfall_lag4_mean", "weeks_since_last_promo"]
CAT = ["promo_type", "region", "store_format", "month"]
BIN = ["flyer", "competitor_promo"]

X = df[NUM + CAT + BIN]
y = df["responded"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=42)
train_idx, test_idx = next(gss.split(X, y, groups=df["store_id"]))
X_train, X_test = X.iloc[train_idx], X.iloc[test_idx]
y_train, y_test = y.iloc[train_idx], y.iloc[test_idx]
print("stores in train/test:", df.store_id.iloc[train_idx].nunique(), df.store_id.iloc[test_idx].nunique())

pre = ColumnTransformer(
    [
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUM),
        ("cat", OneHotEncoder(handle_unknown="ignore"), CAT),
        ("bin", "passthrough", BIN),
    ]
)
model = Pipeline([("pre", pre), ("clf", LogisticRegression(max_iter=2000, C=0.3))])
model.fit(X_train, y_train)
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)

out = pd.DataFrame(
    [
        (name, roc_auc_score(y_test, m.predict_proba(X_test)[:, 1]),
         average_precision_score(y_test, m.predict_proba(X_test)[:, 1]))
        for name, m in [("dummy", dummy), ("logreg", model)]
    ],
    columns=["model", "roc_auc", "avg_precision"],
)
print(out.round(3).to_markdown(index=False))

sub = (
    pd.read_csv("test.csv", parse_dates=["week_start"])
    .merge(pd.read_csv("stores.csv"), on="store_id", how="left")
    .sort_values(["store_id", "week_start"])
    .assign(
        footfall_lag1=lambda d: d.groupby("store_id")["footfall"].shift(1),
        footfall_lag4_mean=lambda d: d.groupby("store_id")["footfall"].transform(
            lambda s: s.shift(1).rolling(4, min_periods=1).mean()
        ),
        weeks_since_last_promo=lambda d: d.groupby("store_id")["week_start"].diff().dt.days.div(7),
        month=lambda d: d.week_start.dt.month,
    )
)
model.fit(X, y)
sub[["row_id"]].assign(prediction=model.predict_proba(sub[NUM + CAT + BIN])[:, 1]).to_csv(
    "predictions.csv", index=False
)
