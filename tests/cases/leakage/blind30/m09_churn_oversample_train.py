"""
Churn: only ~5% positives, so I oversample churners -- in the training months only.
Validation = later months, customers not present in training.
"""
from datetime import date

import polars as pl
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

TARGET = "churned_next_month"
CUTOFF = date(2023, 7, 1)
SEED = 2024


def build_features(lf: pl.LazyFrame) -> pl.LazyFrame:
    by_cust = "customer_id"
    return (
        lf.sort(by_cust, "snapshot_month")
        .with_columns(
            pl.col("monthly_spend").shift(1).over(by_cust).alias("spend_prev"),
            pl.col("monthly_spend").shift(1).rolling_mean(3, min_periods=1).over(by_cust).alias("spend_prev_mean3"),
            pl.col("logins_30d").shift(1).rolling_min(3, min_periods=1).over(by_cust).alias("logins_prev_min3"),
            pl.col("support_tickets").shift(1).cum_sum().over(by_cust).alias("tickets_hist"),
            pl.col("discount_pct").fill_null(0.0),
        )
        .with_columns(pl.col("^.*_prev.*$", "tickets_hist").fill_null(0.0))
    )


FEATURES = [
    "monthly_spend", "logins_30d", "support_tickets", "tenure_months", "discount_pct",
    "spend_prev", "spend_prev_mean3", "logins_prev_min3", "tickets_hist",
]

snapshots = build_features(pl.scan_csv("train.csv", try_parse_dates=True)).collect()

train = snapshots.filter(pl.col("snapshot_month") < CUTOFF)
valid = (
    snapshots.filter(pl.col("snapshot_month") >= CUTOFF)
    .join(train.select("customer_id").unique(), on="customer_id", how="anti")
)

# oversample churners x4 in the training part only; valid keeps its natural rate
pos = train.filter(pl.col(TARGET) == 1)
extra = pos.sample(n=3 * pos.height, with_replacement=True, seed=SEED)
train_bal = pl.concat([train, extra]).sample(fraction=1.0, shuffle=True, seed=SEED)
print("train rate before/after:", train[TARGET].mean(), train_bal[TARGET].mean())
print("valid rate:", valid[TARGET].mean())

X_tr = train_bal.select(FEATURES).to_numpy()
y_tr = train_bal[TARGET].to_numpy()
X_va = valid.select(FEATURES).to_numpy()
y_va = valid[TARGET].to_numpy()

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("lr", LogisticRegression(C=1.0, max_iter=5000)),
])
pipe.fit(X_tr, y_tr)
baseline = DummyClassifier(strategy="prior").fit(train[FEATURES].to_numpy(), train[TARGET].to_numpy())

scores = {
    "baseline": baseline.predict_proba(X_va)[:, 1],
    "logreg_oversampled": pipe.predict_proba(X_va)[:, 1],
}
for name, s in scores.items():
    print(f"{name:20s} auc={roc_auc_score(y_va, s):.3f} ap={average_precision_score(y_va, s):.3f} "
          f"recall@0.5={recall_score(y_va, s >= 0.5):.3f}")
