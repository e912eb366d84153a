"""Claim severity model.

Target-encode the high-cardinality categoricals (smoothed mean of log loss),
then XGBoost with policy-grouped folds.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import GroupKFold
from sklearn.metrics import mean_absolute_error, r2_score

SEED = 2024
TARGET = "loss_amount"
CATS = ["vehicle_class", "region", "claim_type", "incident_severity"]
NUMS = ["vehicle_age", "driver_age", "n_prior_claims", "policy_tenure_years",
        "deductible", "annual_premium", "report_delay_days", "witness_present", "police_report"]


def smoothed_mean(frame, col, target, m=20):
    """Bayesian-smoothed mean of `target` per level of `col`."""
    prior = frame[target].mean()
    stats = frame.groupby(col)[target].agg(["mean", "count"])
    return (stats["count"] * stats["mean"] + m * prior) / (stats["count"] + m), prior


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
train["log_loss"] = np.log1p(train[TARGET])
print(train.shape, test.shape)
print(train[CATS].nunique())

# --- target encoding --------------------------------------------------------
for col in CATS:
    mapping, prior = smoothed_mean(train, col, "log_loss")
    train[f"{col}_te"] = train[col].map(mapping).fillna(prior)
    test[f"{col}_te"] = test[col].map(mapping).fillna(prior)

features = NUMS + [f"{c}_te" for c in CATS]
X = train[features]
y = train["log_loss"].values
groups = train["policy_id"].values

params = {
    "objective": "reg:squarederror",
    "eta": 0.04,
    "max_depth": 6,
    "min_child_weight": 5,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "lambda": 1.5,
    "seed": SEED,
}

oof = np.zeros(len(train))
mean_pred = np.zeros(len(train))
test_pred = np.zeros(len(test))
dtest = xgb.DMatrix(test[features])

for fold, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    dtr = xgb.DMatrix(X.iloc[tr], label=y[tr])
    dva = xgb.DMatrix(X.iloc[va], label=y[va])
    bst = xgb.train(params, dtr, num_boost_round=700)
    oof[va] = bst.predict(dva)
    mean_pred[va] = y[tr].mean()
    test_pred += bst.predict(dtest) / 5
    print(f"fold {fold} MAE={mean_absolute_error(np.expm1(y[va]), np.expm1(oof[va])):.1f}")

truth = train[TARGET].values
print("OOF MAE               :", mean_absolute_error(truth, np.expm1(oof)))
print("OOF R2 (log scale)    :", r2_score(y, oof))
print("baseline (train mean) :", mean_absolute_error(truth, np.expm1(mean_pred)))

pd.DataFrame({"claim_id": test["claim_id"], "prediction": np.expm1(test_pred)}).to_csv(
    "predictions.csv", index=False
)
