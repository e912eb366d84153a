import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss

# Churn take-home. Validation = expanding-origin backtest, scored months restricted to
# customers with no snapshot before the origin; bootstrap CI on the last origin.

TARGET = "churned_next_month"
NOT_FEATURES = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
                "retention_offer_accepted"]          # accepted offers happen after the churn signal

df = pd.read_csv("train.csv")
df["month"] = pd.to_datetime(df["snapshot_month"]).dt.month
df = pd.get_dummies(df, columns=["plan", "region"], dtype=float)
FEATURES = [c for c in df.columns if c not in NOT_FEATURES + ["month"]]
print(len(FEATURES), "features:", FEATURES)

params = {"objective": "binary:logistic", "eval_metric": "aucpr", "eta": 0.05,
          "max_depth": 4, "subsample": 0.8, "colsample_bytree": 0.8, "min_child_weight": 5,
          "seed": 13}


def train(frame, rounds=300):
    d = xgb.DMatrix(frame[FEATURES], label=frame[TARGET])
    return xgb.train(params, d, num_boost_round=rounds)


def score(booster, frame):
    return booster.predict(xgb.DMatrix(frame[FEATURES]))


rows, last = [], None
for origin in [5, 6, 7, 8, 9]:
    past = df[df.month < origin]
    now = df[(df.month == origin) & ~df.customer_id.isin(past.customer_id)]
    bst = train(past)
    p = score(bst, now)
    prior = past[TARGET].mean()
    rows.append({
        "origin": origin, "n": len(now),
        "auc": roc_auc_score(now[TARGET], p),
        "ap": average_precision_score(now[TARGET], p),
        "brier": brier_score_loss(now[TARGET], p),
        "brier_baseline_prior": brier_score_loss(now[TARGET], np.full(len(now), prior)),
    })
    last = (now[TARGET].to_numpy(), p)

res = pd.DataFrame(rows)
print(res.round(4))
print(res[["auc", "ap", "brier", "brier_baseline_prior"]].mean().round(4))

y_last, p_last = last
rng = np.random.default_rng(2024)
ci = []
for _ in range(1000):
    i = rng.integers(0, len(y_last), len(y_last))
    if y_last[i].any():
        ci.append(average_precision_score(y_last[i], p_last[i]))
print("September AP 95%% CI: %.3f..%.3f" % tuple(np.quantile(ci, [0.025, 0.975])))

booster = train(df)
test = pd.read_csv("test.csv")
test = pd.get_dummies(test, columns=["plan", "region"], dtype=float)
for c in FEATURES:
    if c not in test:
        test[c] = 0.0
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": score(booster, test)}).to_csv(
    "predictions.csv", index=False)
