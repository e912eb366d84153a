"""
Marketplace seller churn (churned in the next 4 weeks) - take-home submission.

Approach
--------
* weekly seller snapshots -> per-seller lag / trailing-window features (past weeks only)
* evaluation mimics production: fit on earlier weeks, score later weeks of sellers
  the model has never seen
* LightGBM vs. a prior-rate baseline, reported with ROC-AUC and PR-AUC
"""
import numpy as np
import polars as pl
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_4w"
ID = "snapshot_id"
NEVER_FEATURES = [TARGET, ID, "week_start", "seller_id",
                  "account_closed_flag", "offboarding_ticket_opened"]
LAG_COLS = ["gmv_usd", "orders", "support_tickets", "days_since_last_login", "cancel_rate"]


def build_features(frame: pl.DataFrame) -> pl.DataFrame:
    frame = frame.sort(["seller_id", "week_start"])
    exprs = []
    for c in LAG_COLS:
        exprs.append(pl.col(c).shift(1).over("seller_id").alias(f"{c}_lag1"))
        exprs.append(
            pl.col(c).shift(1).rolling_mean(window_size=4, min_periods=1)
            .over("seller_id").alias(f"{c}_prev4_mean")
        )
    frame = frame.with_columns(exprs)
    frame = frame.with_columns(
        (pl.col("gmv_usd") / (pl.col("gmv_usd_prev4_mean") + 1.0)).alias("gmv_vs_prev4"),
        (pl.col("orders") - pl.col("orders_lag1")).alias("orders_delta"),
        pl.col("week_start").dt.month().alias("month"),
        pl.int_range(pl.len()).over("seller_id").alias("weeks_observed"),
    )
    return frame.to_dummies(columns=["category", "fee_tier", "region"])


raw = pl.read_csv("train.csv", try_parse_dates=True)
print(raw.shape, raw.get_column(TARGET).mean())
df = build_features(raw)

# ---- split: later weeks AND unseen sellers ---------------------------------
weeks = df.get_column("week_start").unique().sort()
cutoff = weeks[int(len(weeks) * 0.8)]
sellers = df.get_column("seller_id").unique().sort().to_numpy()
rng = np.random.default_rng(42)
holdout_sellers = rng.choice(sellers, size=len(sellers) // 4, replace=False).tolist()

train = df.filter((pl.col("week_start") < cutoff) & ~pl.col("seller_id").is_in(holdout_sellers))
test = df.filter((pl.col("week_start") >= cutoff) & pl.col("seller_id").is_in(holdout_sellers))
print(f"cutoff={cutoff}  train={train.height}  test={test.height}")

feature_cols = [c for c in df.columns if c not in NEVER_FEATURES]
X_tr, y_tr = train.select(feature_cols).to_pandas(), train.get_column(TARGET).to_numpy()
X_te, y_te = test.select(feature_cols).to_pandas(), test.get_column(TARGET).to_numpy()

pos_weight = (len(y_tr) - y_tr.sum()) / max(y_tr.sum(), 1)
model = lgb.LGBMClassifier(
    n_estimators=500,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    scale_pos_weight=pos_weight,
    random_state=42,
    verbose=-1,
)
model.fit(X_tr, y_tr)
p_model = model.predict_proba(X_te)[:, 1]

baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_base = baseline.predict_proba(X_te)[:, 1]

for name, p in [("baseline (prior)", p_base), ("lightgbm", p_model)]:
    print(f"{name:18s} roc_auc={roc_auc_score(y_te, p):.4f}  pr_auc={average_precision_score(y_te, p):.4f}")

imp = sorted(zip(model.feature_importances_, feature_cols), reverse=True)[:15]
for score, name in imp:
    print(f"  {name:30s} {score}")

# ---- final model on every labelled week, predictions for test.csv ---------
test_raw = pl.read_csv("test.csv", try_parse_dates=True)
full = build_features(pl.concat([raw, test_raw], how="diagonal"))
for c in feature_cols:
    if c not in full.columns:
        full = full.with_columns(pl.lit(0).alias(c))
labelled = full.filter(pl.col(TARGET).is_not_null())
to_score = full.filter(pl.col(ID).is_in(test_raw.get_column(ID)))

model.fit(labelled.select(feature_cols).to_pandas(), labelled.get_column(TARGET).to_numpy())
pred = model.predict_proba(to_score.select(feature_cols).to_pandas())[:, 1]
pl.DataFrame({ID: to_score.get_column(ID), "prediction": pred}).write_csv("predictions.csv")
print("wrote predictions.csv", len(pred))
