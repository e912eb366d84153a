"""
Churn snapshots / XGBoost with early stopping
---------------------------------------------
fit      : Jan-May snapshots
valid    : Jun snapshots of customers first seen in June   -> early stopping only
holdout  : Jul-Sep snapshots of customers first seen in July or later -> reported
           (test.csv is other customers, later months)
"""
import json
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss, log_loss

task = json.load(open("task.json"))
TARGET = task["target"]
BLOCKED = {task["id_column"], task["group_column"], task["time_column"], TARGET,
           *task.get("leaky_columns", [])}

df = pd.read_csv("train.csv")
df["t"] = pd.to_datetime(df["snapshot_month"]).dt.month
df = df.sort_values(["customer_id", "t"]).reset_index(drop=True)


def history(frame):
    h = frame.groupby("customer_id")
    frame["usage_lag1"] = h["usage_hours"].shift(1)
    frame["usage_lag2"] = h["usage_hours"].shift(2)
    frame["usage_ewm"] = h["usage_hours"].transform(lambda s: s.shift(1).ewm(alpha=0.5).mean())
    frame["tickets_lag1"] = h["support_tickets"].shift(1)
    frame["tickets_ewm"] = h["support_tickets"].transform(lambda s: s.shift(1).ewm(alpha=0.5).mean())
    frame["pay_fail_cum"] = h["payment_failures"].cumsum()
    frame["charge_delta"] = h["monthly_charges"].diff()
    frame["plan_code"] = frame["plan"].map({"basic": 0, "standard": 1, "premium": 2}).fillna(-1)
    return frame


df = history(df)
FEATS = [c for c in df.columns if c not in BLOCKED | {"t", "plan"}]
print(FEATS)

fit = df[df.t <= 5]
valid = df[(df.t == 6) & ~df.customer_id.isin(fit.customer_id)]
before_july = set(df.loc[df.t <= 6, "customer_id"])
hold = df[(df.t >= 7) & ~df.customer_id.isin(before_july)]
print("fit", fit.shape, "valid", valid.shape, "holdout", hold.shape,
      "holdout churn", hold[TARGET].mean().round(4))

spw = float((fit[TARGET] == 0).sum() / max(1, (fit[TARGET] == 1).sum()))
clf = xgb.XGBClassifier(
    n_estimators=5000, learning_rate=0.02, max_depth=5, min_child_weight=3, gamma=0.5,
    subsample=0.8, colsample_bytree=0.7, reg_lambda=3.0, scale_pos_weight=spw ** 0.5,
    eval_metric="aucpr", early_stopping_rounds=150, tree_method="hist", random_state=17,
)
clf.fit(fit[FEATS], fit[TARGET], eval_set=[(valid[FEATS], valid[TARGET])], verbose=250)
print("best iteration:", clf.best_iteration, "valid aucpr:", round(clf.best_score, 4))

p = clf.predict_proba(hold[FEATS])[:, 1]
dummy = DummyClassifier(strategy="prior").fit(fit[FEATS], fit[TARGET])
p_dummy = dummy.predict_proba(hold[FEATS])[:, 1]

report = {
    "xgboost": {"roc_auc": roc_auc_score(hold[TARGET], p),
                "pr_auc": average_precision_score(hold[TARGET], p),
                "brier": brier_score_loss(hold[TARGET], p),
                "log_loss": log_loss(hold[TARGET], p)},
    "baseline_prior": {"roc_auc": roc_auc_score(hold[TARGET], p_dummy),
                       "pr_auc": average_precision_score(hold[TARGET], p_dummy),
                       "brier": brier_score_loss(hold[TARGET], p_dummy),
                       "log_loss": log_loss(hold[TARGET], p_dummy)},
}
print(pd.DataFrame(report).T.round(4).to_markdown())

hh = hold[["t", TARGET]].assign(p=p)
hh["top"] = hh.groupby("t")["p"].rank(ascending=False, pct=True) <= 0.05
print("precision@5%:", round(hh.loc[hh.top, TARGET].mean(), 3),
      "recall@5%:", round(hh.loc[hh.top, TARGET].sum() / hh[TARGET].sum(), 3))

with open("metrics.json", "w") as fh:
    json.dump({"roc_auc": round(report["xgboost"]["roc_auc"], 4),
               "average_precision": round(report["xgboost"]["pr_auc"], 4)}, fh)

# final model for predictions.csv: same number of trees, all labelled rows
final = xgb.XGBClassifier(**{**clf.get_params(), "n_estimators": clf.best_iteration + 1,
                             "early_stopping_rounds": None})
final.fit(df[FEATS], df[TARGET])
test = history(pd.read_csv("test.csv").assign(
    t=lambda d: pd.to_datetime(d["snapshot_month"]).dt.month).sort_values(["customer_id", "t"]))
pd.DataFrame({"snapshot_id": test["snapshot_id"],
              "prediction": final.predict_proba(test[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)
