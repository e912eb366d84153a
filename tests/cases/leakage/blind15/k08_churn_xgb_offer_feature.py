# churn_model.py
# Out-of-time, out-of-customer evaluation of an XGBoost churn model.

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss

TARGET = "churned_next_month"
rng = np.random.default_rng(123)

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])

# --- quick look --------------------------------------------------------------
print(df.dtypes)
print(df[TARGET].value_counts(normalize=True))
print(pd.crosstab(df["retention_offer_accepted"], df[TARGET], normalize="index"))
print(df["account_closed_date_known"].value_counts())

# account_closed_date_known is literally filled in when the account closes -> drop.
# retention_offer_accepted comes from the CRM campaign table; offers go out
# during the month, so this is information we have at snapshot time.
df = df.drop(columns=["account_closed_date_known"])

df = pd.get_dummies(df, columns=["plan", "region"], dtype=float)
feature_cols = [c for c in df.columns
                if c not in ("snapshot_id", "customer_id", "snapshot_month", TARGET)]

# --- split: Jan-Sep train / Oct-Dec test, test restricted to new customers ----
train = df[df["snapshot_month"] < "2024-10-01"]
test = df[df["snapshot_month"] >= "2024-10-01"]
test = test[~test["customer_id"].isin(train["customer_id"])]

# validation for early stopping: last training month, customers not seen before it
inner_fit = train[train["snapshot_month"] < "2024-09-01"]
inner_val = train[(train["snapshot_month"] >= "2024-09-01")
                  & ~train["customer_id"].isin(inner_fit["customer_id"])]

dfit = xgb.DMatrix(inner_fit[feature_cols], label=inner_fit[TARGET])
dval = xgb.DMatrix(inner_val[feature_cols], label=inner_val[TARGET])
params = {
    "objective": "binary:logistic",
    "eval_metric": "aucpr",
    "eta": 0.03,
    "max_depth": 4,
    "min_child_weight": 10,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "lambda": 2.0,
}
booster = xgb.train(params, dfit, num_boost_round=3000, evals=[(dval, "val")],
                    early_stopping_rounds=200, verbose_eval=250)
n_rounds = booster.best_iteration + 1
print("rounds:", n_rounds)

# refit on the full training window with the chosen number of rounds
dtrain = xgb.DMatrix(train[feature_cols], label=train[TARGET])
booster = xgb.train(params, dtrain, num_boost_round=n_rounds)

dtest = xgb.DMatrix(test[feature_cols])
p = booster.predict(dtest)
y = test[TARGET].to_numpy()

prior = train[TARGET].mean()
print(f"AP     {average_precision_score(y, p):.3f}   baseline (prevalence) {y.mean():.3f}")
print(f"AUC    {roc_auc_score(y, p):.3f}")
print(f"Brier  {brier_score_loss(y, p):.4f}   baseline (constant prior) {brier_score_loss(y, np.full_like(p, prior)):.4f}")

boot = []
for _ in range(1000):
    i = rng.integers(0, len(y), len(y))
    if y[i].sum():
        boot.append(average_precision_score(y[i], p[i]))
print("AP CI95", np.percentile(boot, [2.5, 97.5]).round(3))

gain = booster.get_score(importance_type="gain")
print(sorted(gain.items(), key=lambda kv: -kv[1])[:10])
