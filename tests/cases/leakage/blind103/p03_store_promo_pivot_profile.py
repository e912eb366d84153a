"""Promo response model: store x promo-type response profile + GBM.

Usage: python promo_model.py   (train.csv / test.csv in the working directory)
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import accuracy_score, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

RANDOM_STATE = 7
TARGET = "responded"
CATS = ["promo_type", "region"]


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


def store_profile(d):
    """How each store reacts to each promo type (wide), melted back to long."""
    wide = d.pivot_table(index="store_id", columns="promo_type", values=TARGET, aggfunc="mean")
    long = (
        wide.reset_index()
        .melt(id_vars="store_id", var_name="promo_type", value_name="store_type_resp")
    )
    overall = wide.mean(axis=1).rename("store_resp_all").reset_index()
    return long.merge(overall, on="store_id", how="left")


def add_lags(d):
    g = d.groupby("store_id")
    return d.assign(
        footfall_lag1=g["footfall"].shift(1),
        footfall_4w=g["footfall"].transform(lambda s: s.shift(1).rolling(4, min_periods=1).mean()),
        discount_vs_last=d["discount_pct"] - g["discount_pct"].shift(1),
    )


df = load("train.csv").pipe(add_calendar).pipe(add_lags)
profile = store_profile(df)
df = df.merge(profile, on=["store_id", "promo_type"], how="left")

print(df[TARGET].value_counts(normalize=True).round(3).to_markdown())
print(
    df.groupby("region")[TARGET].agg(["size", "mean"]).sort_values("mean").round(3).to_markdown()
)
print(
    df.eval("discount_x_flyer = discount_pct * flyer")
    .groupby(pd.cut(df.discount_pct, [0, 15, 30, 100]), observed=True)[TARGET]
    .mean()
    .round(3)
    .to_markdown()
)

FEATURES = [
    "discount_pct", "footfall", "avg_weekly_sales", "competitor_promo", "flyer", "weather_temp",
    "month", "week_of_year", "q4", "store_type_resp", "store_resp_all",
    "footfall_lag1", "footfall_4w", "discount_vs_last",
]

X = pd.get_dummies(df[FEATURES + CATS], columns=CATS, dtype=float).fillna(-1)
y = df[TARGET]

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=RANDOM_STATE
)

clf = GradientBoostingClassifier(
    n_estimators=300, learning_rate=0.05, max_depth=3, subsample=0.8, random_state=RANDOM_STATE
)
clf.fit(X_train, y_train)
proba = clf.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

scores = pd.Series(
    {
        "roc_auc": roc_auc_score(y_test, proba),
        "accuracy": accuracy_score(y_test, pred),
        "f1": f1_score(y_test, pred),
    }
)
print(scores.round(3).to_frame("holdout").to_markdown())

importance = pd.Series(clf.feature_importances_, index=X.columns).nlargest(12)
print(importance.round(3).to_frame("importance").to_markdown())

# ---- submission -----------------------------------------------------------
sub = (
    load("test.csv")
    .pipe(add_calendar)
    .pipe(add_lags)
    .merge(profile, on=["store_id", "promo_type"], how="left")
)
X_sub = (
    pd.get_dummies(sub[FEATURES + CATS], columns=CATS, dtype=float)
    .reindex(columns=X.columns, fill_value=0.0)
    .fillna(-1)
)
clf.fit(X, y)
sub[["row_id"]].assign(prediction=clf.predict_proba(X_sub)[:, 1]).to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(sub))
