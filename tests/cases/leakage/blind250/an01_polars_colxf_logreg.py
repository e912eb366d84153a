"""Churn take-home: monthly snapshots -> will the customer churn next month.

Plan: polars for loading / cheap features, sklearn ColumnTransformer with
set_output(pandas) so I can still see column names, logistic regression.
Validation = last 3 months, restricted to customers who only appear after the
cutoff (otherwise the same person sits on both sides).
"""
import numpy as np
import pandas as pd
import polars as pl
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
NUM_COLS = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
            "data_usage_gb", "late_payments_6m", "charge_per_tenure", "tickets_clipped",
            "no_logins"]
CAT_COLS = ["plan", "contract_type", "payment_method", "region"]


def add_features(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.with_columns(
        (pl.col("monthly_charges") / (pl.col("tenure_months") + 1)).alias("charge_per_tenure"),
        pl.col("support_tickets_30d").clip(0, 20).alias("tickets_clipped"),
        (pl.col("logins_30d") == 0).cast(pl.Int8).alias("no_logins"),
    )


df = add_features(pl.read_csv("train.csv", try_parse_dates=True))
print(df.shape)
print(
    df.group_by("snapshot_month")
    .agg(pl.len().alias("rows"), pl.col(TARGET).mean().alias("churn_rate"))
    .sort("snapshot_month")
)
print(df.select(NUM_COLS).describe())

pdf = df.to_pandas()

pre = ColumnTransformer(
    [
        ("num", StandardScaler(), NUM_COLS),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CAT_COLS),
    ]
).set_output(transform="pandas")

# encode everything once, then cut
X_all = pre.fit_transform(pdf)

months = sorted(pdf["snapshot_month"].unique())
cutoff = months[-3]
is_train = pdf["snapshot_month"] < cutoff
seen_customers = set(pdf.loc[is_train, "customer_id"])
is_valid = (~is_train) & (~pdf["customer_id"].isin(seen_customers))
print(f"cutoff={cutoff}  train rows={is_train.sum()}  valid rows={is_valid.sum()}")

X_tr, y_tr = X_all.loc[is_train], pdf.loc[is_train, TARGET]
X_va, y_va = X_all.loc[is_valid], pdf.loc[is_valid, TARGET]

baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_base = baseline.predict_proba(X_va)[:, 1]

clf = LogisticRegression(C=0.5, max_iter=2000, class_weight="balanced")
clf.fit(X_tr, y_tr)
p_va = clf.predict_proba(X_va)[:, 1]

print(f"baseline  AUC={roc_auc_score(y_va, p_base):.3f}  AP={average_precision_score(y_va, p_base):.3f}")
print(f"logreg    AUC={roc_auc_score(y_va, p_va):.3f}  AP={average_precision_score(y_va, p_va):.3f}")

coefs = pd.Series(clf.coef_[0], index=X_tr.columns).sort_values()
print(coefs.head(8))
print(coefs.tail(8))

# predictions for the platform test file
test = add_features(pl.read_csv("test.csv", try_parse_dates=True)).to_pandas()
clf.fit(X_all, pdf[TARGET])
test_pred = clf.predict_proba(pre.transform(test))[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": test_pred}).to_csv(
    "predictions.csv", index=False
)
print("wrote predictions.csv", len(test))
