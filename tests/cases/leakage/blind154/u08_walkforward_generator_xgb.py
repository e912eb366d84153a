# Churn snapshots take-home - walk-forward validation with unseen customers
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
MONTH = "snapshot_month"
CUSTOMER = "customer_id"
SNAP_ID = "snapshot_id"

# account_closed_date_known is only filled in after the customer has left -> must go.
NOT_FEATURES = [TARGET, MONTH, CUSTOMER, SNAP_ID, "account_closed_date_known"]

df = pd.read_csv("train.csv", parse_dates=[MONTH])
test = pd.read_csv("test.csv", parse_dates=[MONTH])

print(df.describe(include="all").T[["count", "unique", "mean"]])
print(df.groupby("plan")[TARGET].mean())
print(df.groupby("retention_offer_accepted")[TARGET].agg(["mean", "size"]))

for frame in (df, test):
    frame["plan"] = frame["plan"].astype("category")
    frame["region"] = frame["region"].astype("category")
    frame["recent_login"] = (frame["days_since_last_login"] <= 7).astype(int)
    frame["tickets_per_login"] = frame["support_tickets_30d"] / (frame["logins_30d"] + 1)

FEATURES = [c for c in df.columns if c not in NOT_FEATURES]
print("features:", FEATURES)


def walk_forward(months, customers, start=5, step=1):
    """Yield (train_idx, valid_idx): all months before the origin for training,
    the origin month for validation minus any customer already seen."""
    months = pd.Series(months).dt.to_period("M")
    customers = pd.Series(customers)
    order = sorted(months.unique())
    for k in range(start, len(order), step):
        origin = order[k]
        tr = (months < origin).to_numpy()
        va = (months == origin).to_numpy() & ~customers.isin(customers[tr]).to_numpy()
        yield np.flatnonzero(tr), np.flatnonzero(va)


params = {
    "objective": "binary:logistic",
    "eval_metric": "auc",
    "eta": 0.05,
    "max_depth": 4,
    "min_child_weight": 5,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "scale_pos_weight": 5.0,
}

fold_rows = []
for tr_idx, va_idx in walk_forward(df[MONTH], df[CUSTOMER]):
    dtr = xgb.DMatrix(df.iloc[tr_idx][FEATURES], label=df.iloc[tr_idx][TARGET], enable_categorical=True)
    dva = xgb.DMatrix(df.iloc[va_idx][FEATURES], enable_categorical=True)
    booster = xgb.train(params, dtr, num_boost_round=300)
    pred = booster.predict(dva)
    yva = df.iloc[va_idx][TARGET].to_numpy()
    base_rate = df.iloc[tr_idx][TARGET].mean()
    fold_rows.append({
        "valid_month": str(df.iloc[va_idx][MONTH].iloc[0].date()),
        "n": len(va_idx),
        "auc": roc_auc_score(yva, pred),
        "ap": average_precision_score(yva, pred),
        "ap_baseline_rate": average_precision_score(yva, np.full(len(yva), base_rate)),
    })

folds = pd.DataFrame(fold_rows)
print(folds)
print("walk-forward AUC: %.4f +- %.4f" % (folds.auc.mean(), folds.auc.std()))
print("AP model %.4f | AP constant-rate baseline %.4f" % (folds.ap.mean(), folds.ap_baseline_rate.mean()))

dall = xgb.DMatrix(df[FEATURES], label=df[TARGET], enable_categorical=True)
booster = xgb.train(params, dall, num_boost_round=300)
test_pred = booster.predict(xgb.DMatrix(test[FEATURES], enable_categorical=True))
pd.DataFrame({SNAP_ID: test[SNAP_ID], "prediction": test_pred}).to_csv("predictions.csv", index=False)
print(pd.Series(booster.get_score(importance_type="gain")).sort_values(ascending=False).head(10))
