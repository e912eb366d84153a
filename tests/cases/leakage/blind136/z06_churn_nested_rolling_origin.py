# Churn - nested evaluation with rolling-origin folds.
# Each fold trains on all months before month m and validates on month m,
# keeping only customers that never appear in the fold's training months
# (the submission customers are new customers, in later months).
# Outer folds estimate performance, inner folds (built the same way on the
# outer-training months only) pick hyper-parameters.
import json

import numpy as np
import pandas as pd
from scipy import stats
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

meta = json.load(open("task.json"))
Y, ID, T, G = meta["target"], meta["id_column"], meta["time_column"], meta["group_column"]

train = pd.read_csv("train.csv", parse_dates=[T]).sort_values(T).reset_index(drop=True)
test = pd.read_csv("test.csv", parse_dates=[T])
FEATS = ["plan", "region", "tenure_months", "monthly_charges", "has_discount", "logins_30d",
         "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
CATS = ["plan", "region"]
NUMS = [c for c in FEATS if c not in CATS]


def rolling_origin(frame, eval_months):
    """Yield positional (train_idx, val_idx): train = months before m, val = month m minus seen customers."""
    for m in eval_months:
        tr_mask = frame[T] < m
        seen = set(frame.loc[tr_mask, G])
        va_mask = (frame[T] == m) & ~frame[G].isin(seen)
        yield np.flatnonzero(tr_mask.to_numpy()), np.flatnonzero(va_mask.to_numpy())


def prep():
    return ColumnTransformer([("cat", OneHotEncoder(handle_unknown="ignore"), CATS),
                              ("num", StandardScaler(), NUMS)])


grids = {
    "logreg": (Pipeline([("prep", prep()), ("m", LogisticRegression(max_iter=3000))]),
               {"m__C": [0.01, 0.1, 1.0]}),
    "hgb": (Pipeline([("prep", prep()), ("m", HistGradientBoostingClassifier(random_state=0))]),
            {"m__learning_rate": [0.03, 0.1], "m__max_leaf_nodes": [15, 31]}),
}

months = sorted(train[T].unique())
outer_months = months[-3:]  # Jul, Aug, Sep
results = {name: [] for name in list(grids) + ["dummy_prior"]}
pr_results = {name: [] for name in results}

for tr_idx, va_idx in rolling_origin(train, outer_months):
    outer_tr = train.iloc[tr_idx].reset_index(drop=True)
    outer_va = train.iloc[va_idx]
    inner_months = sorted(outer_tr[T].unique())[-2:]
    inner_cv = list(rolling_origin(outer_tr, inner_months))
    for name, (pipe, grid) in grids.items():
        gs = GridSearchCV(pipe, grid, cv=inner_cv, scoring="roc_auc").fit(outer_tr[FEATS], outer_tr[Y])
        p = gs.predict_proba(outer_va[FEATS])[:, 1]
        results[name].append(roc_auc_score(outer_va[Y], p))
        pr_results[name].append(average_precision_score(outer_va[Y], p))
    dummy = DummyClassifier(strategy="prior").fit(outer_tr[FEATS], outer_tr[Y])
    pd_ = dummy.predict_proba(outer_va[FEATS])[:, 1]
    results["dummy_prior"].append(roc_auc_score(outer_va[Y], pd_))
    pr_results["dummy_prior"].append(average_precision_score(outer_va[Y], pd_))

table = pd.DataFrame({
    "roc_auc_mean": {k: np.mean(v) for k, v in results.items()},
    "roc_auc_sd": {k: np.std(v) for k, v in results.items()},
    "pr_auc_mean": {k: np.mean(v) for k, v in pr_results.items()},
})
print(table.round(3))
t, p = stats.ttest_rel(results["hgb"], results["logreg"])
print(f"paired t-test hgb vs logreg over {len(outer_months)} outer folds: t={t:.2f} p={p:.3f} (few folds, low power)")

winner = max(grids, key=lambda k: np.mean(results[k]))
pipe, grid = grids[winner]
final = GridSearchCV(pipe, grid, cv=list(rolling_origin(train, months[-3:])), scoring="roc_auc")
final.fit(train[FEATS], train[Y])
print(winner, final.best_params_)
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[FEATS])[:, 1]}).to_csv("predictions.csv", index=False)
