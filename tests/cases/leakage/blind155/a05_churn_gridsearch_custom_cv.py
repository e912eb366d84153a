# churn-snapshots take-home
# 1) hold out Aug-Sep snapshots of a customer pool the model never trains on
# 2) tune on Jan-Jul with a time+customer aware splitter passed to GridSearchCV
# 3) score the holdout once, compare with a prior baseline, refit, predict Oct-Dec
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder

cfg = json.load(open("task.json"))
y_col, t_col, g_col, id_col = cfg["target"], cfg["time_column"], cfg["group_column"], cfg["id_column"]

raw = pd.read_csv("train.csv", parse_dates=[t_col])
sub_df = pd.read_csv("test.csv", parse_dates=[t_col])

feature_cols = ["tenure_months", "plan", "region", "monthly_charges", "has_discount",
                "logins_30d", "days_since_last_login", "support_tickets_30d",
                "payment_failures_90d"]

# customer pools
cust = np.sort(raw[g_col].unique())
rng = np.random.default_rng(2024)
holdout_cust = set(rng.choice(cust, size=len(cust) // 5, replace=False))
cutoff = pd.Timestamp("2024-08-01")

dev = raw[(raw[t_col] < cutoff) & ~raw[g_col].isin(holdout_cust)].reset_index(drop=True)
hold = raw[(raw[t_col] >= cutoff) & raw[g_col].isin(holdout_cust)].reset_index(drop=True)
print(f"dev rows {len(dev)}, holdout rows {len(hold)}, holdout churn {hold[y_col].mean():.3f}")


def month_customer_folds(frame, n_folds=3, seed=0):
    """Expanding window inside the dev period; validation customers are a
    fresh slice of customers each fold and are removed from training."""
    months = frame[t_col].dt.to_period("M").to_numpy()
    uniq = np.sort(np.unique(months))
    r = np.random.default_rng(seed)
    customers = frame[g_col].unique()
    folds = []
    for m in uniq[-n_folds:]:
        val_c = set(r.choice(customers, size=len(customers) // 5, replace=False))
        is_val_c = frame[g_col].isin(val_c).to_numpy()
        tr = np.flatnonzero((months < m) & ~is_val_c)
        va = np.flatnonzero((months == m) & is_val_c)
        folds.append((tr, va))
    return folds


cv_folds = month_customer_folds(dev)

pipe = Pipeline([
    ("enc", ColumnTransformer([("oh", OneHotEncoder(handle_unknown="ignore"), ["plan", "region"])],
                              remainder="passthrough")),
    ("clf", GradientBoostingClassifier(random_state=0)),
])
grid = {
    "clf__n_estimators": [150, 300],
    "clf__max_depth": [2, 3],
    "clf__learning_rate": [0.03, 0.1],
    "clf__subsample": [0.8],
}
search = GridSearchCV(pipe, grid, scoring="roc_auc", cv=cv_folds, n_jobs=-1, refit=True)
search.fit(dev[feature_cols], dev[y_col])
print("best params:", search.best_params_)
print("cv auc: %.4f" % search.best_score_)

# holdout: touched once
p_hold = search.predict_proba(hold[feature_cols])[:, 1]
dummy = DummyClassifier(strategy="prior").fit(dev[feature_cols], dev[y_col])
p_dummy = dummy.predict_proba(hold[feature_cols])[:, 1]
print("holdout AUC  model %.4f | baseline %.4f" % (roc_auc_score(hold[y_col], p_hold),
                                                   roc_auc_score(hold[y_col], p_dummy)))
print("holdout AP   model %.4f | baseline %.4f" % (average_precision_score(hold[y_col], p_hold),
                                                   average_precision_score(hold[y_col], p_dummy)))

final = search.best_estimator_.fit(raw[feature_cols], raw[y_col])
pd.DataFrame({id_col: sub_df[id_col],
              "prediction": final.predict_proba(sub_df[feature_cols])[:, 1]}).to_csv("predictions.csv", index=False)
