"""
B2B expansion take-home: will the account expand ARR next quarter?

Background: bioinformatics. Lots of candidate features relative to signal, so I screen them
with mutual information (like a univariate gene screen) -- as a pipeline step, so the screen
is re-learned inside every backtest fold and never sees the quarters it is scored on.
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GridSearchCV, TimeSeriesSplit
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

pd.options.display.width = 140
TARGET = "expanded_next_q"

acc = pd.read_csv("train.csv", parse_dates=["quarter_end"])
acc = acc.sort_values(["account_id", "quarter_end"]).reset_index(drop=True)
print(acc.shape, acc.account_id.nunique(), "accounts,", acc.quarter_end.nunique(), "quarters")
print("positive share:", round(acc[TARGET].mean(), 3))

usage = ["seats", "arr", "seat_utilization", "active_users", "logins_per_user",
         "support_tickets", "nps_score", "integrations_enabled"]
grp = acc.groupby("account_id")
for col in usage:
    acc[f"{col}_lag1"] = grp[col].shift(1)
    acc[f"{col}_d1"] = acc[col] - acc[f"{col}_lag1"]
acc["util_x_seats"] = acc["seat_utilization"] * acc["seats"]
acc["arr_per_seat"] = acc["arr"] / acc["seats"].clip(lower=1)
acc["tickets_per_user"] = acc["support_tickets"] / acc["active_users"].clip(lower=1)
acc["renewal_soon"] = (acc["months_to_renewal"] <= 3).astype(int)
acc["tenure_q"] = grp.cumcount()

# from here on rows are in calendar order (needed by TimeSeriesSplit)
acc = acc.sort_values(["quarter_end", "account_id"]).reset_index(drop=True)
dummies = pd.get_dummies(acc[["industry", "region", "plan_tier"]], dtype=int)
base_cols = (usage + [f"{c}_lag1" for c in usage] + [f"{c}_d1" for c in usage]
             + ["util_x_seats", "arr_per_seat", "tickets_per_user", "renewal_soon",
                "tenure_q", "csm_assigned", "months_to_renewal"])
X = pd.concat([acc[base_cols], dummies], axis=1).fillna(0)
y = acc[TARGET]
print("candidate features:", X.shape[1])

quarters = np.sort(acc.quarter_end.unique())
holdout_start = quarters[-4]
is_hold = (acc.quarter_end >= holdout_start).values
X_tr, X_ho = X[~is_hold], X[is_hold]
y_tr, y_ho = y[~is_hold], y[is_hold]
print(f"train rows {len(X_tr)}, holdout rows {len(X_ho)} (from {pd.Timestamp(holdout_start).date()})")

pipe = Pipeline([
    ("screen", SelectKBest(mutual_info_classif)),
    ("gbm", GradientBoostingClassifier(n_estimators=400, learning_rate=0.05,
                                       max_depth=3, subsample=0.8, random_state=5)),
])
search = GridSearchCV(pipe, {"screen__k": [10, 20, 35, "all"]},
                      cv=TimeSeriesSplit(n_splits=4), scoring="roc_auc", n_jobs=-1)
search.fit(X_tr, y_tr)
print("CV AUC by k:")
print(pd.DataFrame(search.cv_results_)[["param_screen__k", "mean_test_score", "std_test_score"]].round(4))
print("chosen:", search.best_params_)

best = search.best_estimator_
kept = X.columns[best.named_steps["screen"].get_support()]
print("kept features:", list(kept))

models = {"baseline_prior": DummyClassifier(strategy="prior").fit(X_tr, y_tr),
          "gbm_screened": best}
out = {}
for name, m in models.items():
    p = m.predict_proba(X_ho)[:, 1]
    out[name] = {"roc_auc": roc_auc_score(y_ho, p),
                 "pr_auc": average_precision_score(y_ho, p),
                 "f1@0.5": f1_score(y_ho, (p >= 0.5).astype(int), zero_division=0)}
print(pd.DataFrame(out).T.round(4))

p_ho = best.predict_proba(X_ho)[:, 1]
per_q = (pd.DataFrame({"q": acc.quarter_end[is_hold].values, "y": y_ho.values, "p": p_ho})
         .groupby("q").apply(lambda d: roc_auc_score(d.y, d.p) if d.y.nunique() > 1 else np.nan))
print("AUC by holdout quarter:\n", per_q.round(3))
