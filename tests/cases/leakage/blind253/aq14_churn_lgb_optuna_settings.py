"""Monthly churn - LightGBM + Optuna.

Split is by calendar: fit on the early months, tune on the next two, report on the
last two. Valid/test only keep customers that never appeared in an earlier part, so
the numbers are for unseen customers in unseen months. test.csv (later months,
unlabelled) only gets predictions at the end.
"""
from dataclasses import dataclass, field
from typing import List

import lightgbm as lgb
import numpy as np
import optuna
import pandas as pd
from sklearn.metrics import average_precision_score, roc_auc_score


@dataclass
class Config:
    train_end: str = "2023-06-30"
    valid_end: str = "2023-08-31"
    target: str = "churned_next_month"
    n_trials: int = 30
    seed: int = 11
    drop: List[str] = field(default_factory=lambda: [
        "snapshot_id", "customer_id", "snapshot_month",
        "retention_offer_accepted", "account_closed_date_known"])
    cats: List[str] = field(default_factory=lambda: ["plan", "contract_type", "region", "payment_method"])


cfg = Config()

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
sub = pd.read_csv("test.csv", parse_dates=["snapshot_month"])


def engineer(d):
    d = d.sort_values(["customer_id", "snapshot_month"]).copy()
    g = d.groupby("customer_id")
    for col in ["logins_30d", "support_tickets_30d", "monthly_charges"]:
        d[f"{col}_lag1"] = g[col].shift(1)
        d[f"{col}_diff1"] = d[col] - d[f"{col}_lag1"]
    d["tickets_lag2"] = g["support_tickets_30d"].shift(2)
    d["is_new"] = (d["tenure_months"] <= 3).astype(int)
    d = pd.get_dummies(d, columns=cfg.cats, dtype=float)
    return d


stack = engineer(pd.concat([df, sub], ignore_index=True))
df = stack[stack[cfg.target].notna()].copy()
sub = stack[stack[cfg.target].isna()].copy()
features = [c for c in df.columns if c not in cfg.drop + [cfg.target]]

tr = df[df.snapshot_month <= cfg.train_end]
va = df[(df.snapshot_month > cfg.train_end) & (df.snapshot_month <= cfg.valid_end)]
te = df[df.snapshot_month > cfg.valid_end]
va = va[~va.customer_id.isin(tr.customer_id)]
te = te[~te.customer_id.isin(set(tr.customer_id) | set(df.loc[(df.snapshot_month > cfg.train_end) & (df.snapshot_month <= cfg.valid_end), "customer_id"]))]
for name, part in [("train", tr), ("valid", va), ("test", te)]:
    print(f"{name:5s} rows={len(part):7d} customers={part.customer_id.nunique():6d} churn={part[cfg.target].mean():.4f}")

dtr = lgb.Dataset(tr[features], tr[cfg.target], free_raw_data=False)
dva = lgb.Dataset(va[features], va[cfg.target], reference=dtr, free_raw_data=False)


def objective(trial):
    params = {
        "objective": "binary",
        "metric": "average_precision",
        "verbosity": -1,
        "seed": cfg.seed,
        "learning_rate": trial.suggest_float("learning_rate", 0.01, 0.2, log=True),
        "num_leaves": trial.suggest_int("num_leaves", 15, 255, log=True),
        "min_data_in_leaf": trial.suggest_int("min_data_in_leaf", 20, 500, log=True),
        "feature_fraction": trial.suggest_float("feature_fraction", 0.5, 1.0),
        "lambda_l2": trial.suggest_float("lambda_l2", 1e-3, 30, log=True),
    }
    booster = lgb.train(params, dtr, num_boost_round=3000, valid_sets=[dva],
                        callbacks=[lgb.early_stopping(100, verbose=False)])
    trial.set_user_attr("best_iter", booster.best_iteration)
    return average_precision_score(va[cfg.target], booster.predict(va[features], num_iteration=booster.best_iteration))


optuna.logging.set_verbosity(optuna.logging.WARNING)
study = optuna.create_study(direction="maximize", sampler=optuna.samplers.TPESampler(seed=cfg.seed))
study.optimize(objective, n_trials=cfg.n_trials)
best_iter = study.best_trial.user_attrs["best_iter"]
print("valid AP %.4f with" % study.best_value, study.best_params, "iters", best_iter)

params = {"objective": "binary", "verbosity": -1, "seed": cfg.seed, **study.best_params}
model = lgb.train(params, dtr, num_boost_round=best_iter)
p_te = model.predict(te[features])

# baseline = everyone gets the training churn rate
p_base = np.full(len(te), tr[cfg.target].mean())
print("TEST baseline AUC %.4f AP %.4f" % (roc_auc_score(te[cfg.target], p_base), average_precision_score(te[cfg.target], p_base)))
print("TEST lgb      AUC %.4f AP %.4f" % (roc_auc_score(te[cfg.target], p_te), average_precision_score(te[cfg.target], p_te)))

# final model on all labelled months, same params, rounds scaled a bit for the extra data
full_model = lgb.train(params, lgb.Dataset(df[features], df[cfg.target]), num_boost_round=int(best_iter * 1.2))
pd.DataFrame({"snapshot_id": sub["snapshot_id"].values, "prediction": full_model.predict(sub[features])}).to_csv(
    "predictions.csv", index=False)
