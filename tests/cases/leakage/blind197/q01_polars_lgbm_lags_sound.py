"""Churn snapshots - polars feature build + LightGBM.

Validation scheme: fit on Jan-Jul 2024 snapshots, validate on Aug-Sep
snapshots of customers that never show up in the fitting window, so the
check is both forward in time and on unseen customers.
"""
import numpy as np
import polars as pl
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
ID_COL = "snapshot_id"
CUTOFF = "2024-08"
LAGGED = ["monthly_spend", "logins_30d", "support_tickets_30d"]

train = pl.read_csv("train.csv")
test = pl.read_csv("test.csv")

# Stack both files so that October rows can see their September lags.
# Every derived column below only looks backwards (shift(1) within a customer).
full = (
    pl.concat(
        [train.with_columns(pl.lit("train").alias("part")),
         test.with_columns(pl.lit("test").alias("part"))],
        how="diagonal",
    )
    .with_columns(pl.col("snapshot_month").cast(pl.Utf8).str.slice(0, 7).alias("ym"))
    .sort(["customer_id", "ym"])
)

full = full.with_columns(
    [pl.col(c).shift(1).over("customer_id").alias(f"{c}_lag1") for c in LAGGED]
).with_columns(
    (pl.col("monthly_spend") - pl.col("monthly_spend_lag1")).alias("spend_delta"),
    (pl.col("logins_30d") - pl.col("logins_30d_lag1")).alias("logins_delta"),
    pl.col("support_tickets_30d").shift(1).cum_sum().over("customer_id").alias("tickets_before"),
    pl.col("ym").cum_count().over("customer_id").alias("n_snapshots_so_far"),
)

# one-hot is stateless, fine to do on the stacked frame
full = full.to_dummies(columns=["plan", "region"])

FEATURES = [
    c for c in full.columns
    if c.startswith(("plan_", "region_"))
] + [
    "tenure_months", "monthly_spend", "logins_30d", "support_tickets_30d",
    "days_since_last_login", "spend_delta", "logins_delta", "tickets_before",
    "n_snapshots_so_far",
] + [f"{c}_lag1" for c in LAGGED]

labelled = full.filter(pl.col("part") == "train")
unlabelled = full.filter(pl.col("part") == "test")

fit_df = labelled.filter(pl.col("ym") < CUTOFF)
val_df = (
    labelled.filter(pl.col("ym") >= CUTOFF)
    .join(fit_df.select("customer_id").unique(), on="customer_id", how="anti")
)
print(f"fit rows={fit_df.height}  val rows={val_df.height}  "
      f"val customers={val_df['customer_id'].n_unique()}")


def xy(frame: pl.DataFrame):
    X = frame.select(FEATURES).to_pandas()
    y = frame[TARGET].to_numpy().astype(int)
    return X, y


X_fit, y_fit = xy(fit_df)
X_val, y_val = xy(val_df)

params = dict(
    n_estimators=450,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=60,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    reg_lambda=1.0,
    random_state=7,
    verbose=-1,
)
model = lgb.LGBMClassifier(**params)
model.fit(X_fit, y_fit)
p_val = model.predict_proba(X_val)[:, 1]

baseline = DummyClassifier(strategy="prior").fit(X_fit, y_fit)
p_base = baseline.predict_proba(X_val)[:, 1]

print(f"baseline  AUC={roc_auc_score(y_val, p_base):.4f}  AP={average_precision_score(y_val, p_base):.4f}")
print(f"lightgbm  AUC={roc_auc_score(y_val, p_val):.4f}  AP={average_precision_score(y_val, p_val):.4f}")

imp = sorted(zip(FEATURES, model.feature_importances_), key=lambda t: -t[1])[:10]
for name, score in imp:
    print(f"  {name:<28}{score}")

# final model on every labelled month
X_all, y_all = xy(labelled)
final = lgb.LGBMClassifier(**params).fit(X_all, y_all)
pred = final.predict_proba(unlabelled.select(FEATURES).to_pandas())[:, 1]

pl.DataFrame({ID_COL: unlabelled[ID_COL], "prediction": np.clip(pred, 0, 1)}).write_csv("predictions.csv")
print("wrote predictions.csv", len(pred))
