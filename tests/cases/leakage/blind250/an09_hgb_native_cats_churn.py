#!/usr/bin/env python
"""Take-home: next-month churn.

Run:  python an09_hgb_native_cats_churn.py   (expects train.csv / test.csv in cwd)

Approach
--------
* polars to read + light cleaning, pyarrow-backed pandas for sklearn
* HistGradientBoostingClassifier, categorical columns passed natively
* time-based validation on customers that are new after the cutoff
"""
import polars as pl
import polars.selectors as cs
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

TARGET = "churned_next_month"
NOT_FEATURES = {TARGET, "customer_id", "snapshot_id", "snapshot_month"}

train = pl.read_csv("train.csv", try_parse_dates=True)
test = pl.read_csv("test.csv", try_parse_dates=True)


def clean(df: pl.DataFrame) -> pl.DataFrame:
    return df.with_columns(
        cs.string().fill_null("unknown"),
        pl.col("discount_pct").fill_null(0.0),
        pl.col("snapshot_month").dt.month().alias("calendar_month"),
    )


train, test = clean(train), clean(test)
print(train.schema)
print(train.null_count())

feature_cols = [c for c in train.columns if c not in NOT_FEATURES]
cat_cols = [c for c in feature_cols if train.schema[c] == pl.String]
print("features:", feature_cols)

# --- validation split --------------------------------------------------------
cutoff = train["snapshot_month"].sort().unique()[-3]
tr = train.filter(pl.col("snapshot_month") < cutoff)
va = (
    train.filter(pl.col("snapshot_month") >= cutoff)
    .join(tr.select("customer_id").unique(), on="customer_id", how="anti")
)


def xy(df: pl.DataFrame):
    pdf = df.to_pandas(use_pyarrow_extension_array=False)
    X = pdf[feature_cols].copy()
    for c in cat_cols:
        X[c] = X[c].astype("category")
    return X, pdf[TARGET] if TARGET in pdf else None


X_tr, y_tr = xy(tr)
X_va, y_va = xy(va)
print(f"train {len(X_tr)} rows ({y_tr.mean():.3%} churn), valid {len(X_va)} rows ({y_va.mean():.3%} churn)")

# --- models ------------------------------------------------------------------
base = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
hgb = HistGradientBoostingClassifier(
    categorical_features="from_dtype",
    max_iter=500,
    learning_rate=0.05,
    early_stopping=True,
    validation_fraction=0.1,
    n_iter_no_change=30,
    class_weight="balanced",
    random_state=1,
)
hgb.fit(X_tr, y_tr)

for name, m in [("baseline (prior)", base), ("hgb", hgb)]:
    p = m.predict_proba(X_va)[:, 1]
    print(f"{name:18s} roc_auc={roc_auc_score(y_va, p):.3f} pr_auc={average_precision_score(y_va, p):.3f}")

print(classification_report(y_va, hgb.predict(X_va), digits=3))

# --- submission --------------------------------------------------------------
X_all, y_all = xy(train)
hgb.fit(X_all, y_all)
X_te, _ = xy(test)
pd.DataFrame({"snapshot_id": test["snapshot_id"].to_numpy(),
              "prediction": hgb.predict_proba(X_te)[:, 1]}).to_csv("predictions.csv", index=False)
print("done")
