"""Promo response model: region x promo-type response profile (train period only) + GBM.

Evaluation mimics the use case: stores that open after the cut-off date.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score

RANDOM_STATE = 7
TARGET = "responded"
CATS = ["promo_type", "region"]
CUTOFF = "2023-07-01"


def load(path):
    return (
        pd.read_csv(path, parse_dates=["week_start"])
        .sort_values(["store_id", "week_start"])
        .reset_index(drop=True)
    )


def add_calendar(d):
    return d.assign(
        month=d.week_start.dt.month,
        week_of_year=d.week_start.dt.isocalendar().week.astype(int),
        q4=lambda x: x.month.isin([10, 11, 12]).astype(int),
    )


def add_lags(d):
    g = d.groupby("store_id")
    return d.assign(
        footfall_lag1=g["footfall"].shift(1),
        footfall_4w=g["footfall"].transform(lambda s: s.shift(1).rolling(4, min_periods=1).mean()),
        discount_vs_last=d["discount_pct"] - g["discount_pct"].shift(1),
    )


def region_profile(train):
    """Response rate per region x promo type, learned on the training rows only."""
    wide = train.pivot_table(index="region", columns="promo_type", values=TARGET, aggfunc="mean")
    return wide.reset_index().melt(id_vars="region", var_name="promo_type", value_name="region_type_resp")


def attach_profile(d, prof, fallback):
    return (
        d.merge(prof, on=["region", "promo_type"], how="left")
        .assign(region_type_resp=lambda x: x.region_type_resp.fillna(fallback))
    )


df = load("train.csv").pipe(add_calendar).pipe(add_lags)

train = df.query("week_start < @CUTOFF")
seen_stores = train["store_id"].unique()
test = df.query("week_start >= @CUTOFF and store_id not in @seen_stores")
print(f"train {len(train):,} rows / test {len(test):,} rows from {test.store_id.nunique()} new stores")

prof = region_profile(train)
train = attach_profile(train, prof, train[TARGET].mean())
test = attach_profile(test, prof, train[TARGET].mean())

print(prof.pivot(index="region", columns="promo_type", values="region_type_resp").round(3).to_markdown())

FEATURES = [
    "discount_pct", "footfall", "avg_weekly_sales", "competitor_promo", "flyer", "weather_temp",
    "month", "week_of_year", "q4", "region_type_resp",
    "footfall_lag1", "footfall_4w", "discount_vs_last",
]


def matrix(d, columns=None):
    X = pd.get_dummies(d[FEATURES + CATS], columns=CATS, dtype=float).fillna(-1)
    return X if columns is None else X.reindex(columns=columns, fill_value=0.0)


X_train = matrix(train)
X_test = matrix(test, X_train.columns)
y_train, y_test = train[TARGET], test[TARGET]

clf = GradientBoostingClassifier(
    n_estimators=300, learning_rate=0.05, max_depth=3, subsample=0.8, random_state=RANDOM_STATE
).fit(X_train, y_train)
dummy = DummyClassifier(strategy="most_frequent").fit(X_train, y_train)

rows = []
for name, m in [("baseline: most frequent", dummy), ("gbm", clf)]:
    p = m.predict_proba(X_test)[:, 1]
    rows.append({
        "model": name,
        "roc_auc": roc_auc_score(y_test, p),
        "accuracy": accuracy_score(y_test, (p >= 0.5).astype(int)),
        "f1": f1_score(y_test, (p >= 0.5).astype(int), zero_division=0),
    })
print(pd.DataFrame(rows).round(3).to_markdown(index=False))

# ---- submission: refit on everything, profile from all labelled weeks ----
prof_all = region_profile(df)
full = attach_profile(df, prof_all, df[TARGET].mean())
sub = load("test.csv").pipe(add_calendar).pipe(add_lags).pipe(attach_profile, prof_all, df[TARGET].mean())
X_full = matrix(full)
clf.fit(X_full, full[TARGET])
sub[["row_id"]].assign(prediction=clf.predict_proba(matrix(sub, X_full.columns))[:, 1]).to_csv(
    "predictions.csv", index=False
)
