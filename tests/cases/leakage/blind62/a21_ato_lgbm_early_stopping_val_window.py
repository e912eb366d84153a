"""ATO login scoring — LightGBM with early stopping.

Evaluation protocol: the last 20% of the log (by time) is the test window, restricted to accounts
that never appear before it, so the score reflects new accounts in the future. Early stopping uses
a validation window carved the same way out of the fit period.
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "is_ato"
TS = "login_ts"


def featurize(df):
    df = df.sort_values(TS).reset_index(drop=True)
    df["failed"] = 1 - df["login_success"]
    acc = df.groupby("account_id")
    for col in ("device_id", "ip_country", "asn"):
        df[f"new_{col}"] = (~df.duplicated(["account_id", col])).astype(int)
    df["acc_seq"] = acc.cumcount()
    df["acc_gap_h"] = acc[TS].diff().dt.total_seconds() / 3600
    df["acc_prev_failed"] = acc["failed"].shift(1)
    df = df.sort_values(["account_id", TS]).reset_index(drop=True)
    for w in ("10min", "1h", "24h"):
        df[f"acc_fail_{w}"] = (
            df.groupby("account_id").rolling(w, on=TS, closed="left")["failed"].sum().fillna(0).values
        )
    df = df.sort_values(["ip_address", TS]).reset_index(drop=True)
    df["ip_logins_1h"] = df.groupby("ip_address").rolling("1h", on=TS, closed="left")["failed"].count().fillna(0).values
    df = df.sort_values(TS).reset_index(drop=True)
    df["dev_accounts"] = df.groupby("device_id")["account_id"].transform(lambda s: (~s.duplicated()).cumsum())
    df["hour"] = df[TS].dt.hour
    df["mfa"] = df["mfa_used"].astype(int)
    return df


def split_future_new_accounts(df, q=0.8):
    cut = df[TS].quantile(q)
    early = df[df[TS] < cut]
    late = df[df[TS] >= cut]
    late = late[~late["account_id"].isin(early["account_id"])]
    return early, late


def precision_recall_at_k(y, s, k):
    top = np.argsort(-s)[:k]
    return y[top].mean(), y[top].sum() / y.sum()


train = featurize(pd.read_csv("train.csv", parse_dates=[TS]))
test = featurize(pd.read_csv("test.csv", parse_dates=[TS]))

FEATURES = [
    "new_device_id", "new_ip_country", "new_asn", "acc_seq", "acc_gap_h", "acc_prev_failed",
    "acc_fail_10min", "acc_fail_1h", "acc_fail_24h", "ip_logins_1h", "dev_accounts", "hour", "mfa",
    "login_success",
]

dev_df, test_df = split_future_new_accounts(train)
fit_df, stop_df = split_future_new_accounts(dev_df, q=0.85)
print(f"fit {len(fit_df)} rows ({fit_df[TARGET].sum()} ATO) | early-stop {len(stop_df)} rows "
      f"({stop_df[TARGET].sum()} ATO) | test {len(test_df)} rows ({test_df[TARGET].sum()} ATO)")

params = dict(
    objective="binary", learning_rate=0.02, num_leaves=15, min_child_samples=30,
    subsample=0.8, subsample_freq=1, colsample_bytree=0.7, reg_lambda=5.0,
    scale_pos_weight=25, n_estimators=5000, verbose=-1,
)
model = lgb.LGBMClassifier(**params)
model.fit(
    fit_df[FEATURES], fit_df[TARGET],
    eval_set=[(stop_df[FEATURES], stop_df[TARGET])],
    eval_metric="average_precision",
    callbacks=[lgb.early_stopping(200), lgb.log_evaluation(200)],
)
best_iter = model.best_iteration_
print("best iteration:", best_iter)

p = model.predict_proba(test_df[FEATURES], num_iteration=best_iter)[:, 1]
y = test_df[TARGET].values
metrics = {
    "average_precision": round(float(average_precision_score(y, p)), 4),
    "roc_auc": round(float(roc_auc_score(y, p)), 4),
}
for k in (50, 100, 250):
    prec, rec = precision_recall_at_k(y, p, k)
    metrics[f"precision@{k}"] = round(float(prec), 3)
    metrics[f"recall@{k}"] = round(float(rec), 3)
print(json.dumps(metrics, indent=2))

final_params = {**params, "n_estimators": best_iter}
final = lgb.LGBMClassifier(**final_params).fit(train[FEATURES], train[TARGET])
pd.DataFrame({"login_id": test["login_id"], "prediction": final.predict_proba(test[FEATURES])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
with open("metrics.json", "w") as f:
    json.dump({"average_precision": metrics["average_precision"], "roc_auc": metrics["roc_auc"]}, f)
