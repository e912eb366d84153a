"""Churn-snapshots: tuned XGBoost.

* outer validation: Jul-Sep 2024 snapshots of customers unseen before July
* hyper-parameters: randomized search on the Jan-Jun part, scored on a single inner split built the
  same way (fit Jan-Apr, score May-Jun snapshots of customers unseen before May)
* baseline: DummyClassifier(prior)
"""
import json

import numpy as np
import pandas as pd
from scipy.stats import randint, uniform
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import RandomizedSearchCV
from xgboost import XGBClassifier

SEED = 7
TARGET, TIME, CUST, ID = "churned_next_month", "snapshot_month", "customer_id", "snapshot_id"
USE = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d"]


def featurize(df):
    X = df[USE].copy()
    X["no_login_2w"] = (X["days_since_last_login"] > 14).astype(float)
    X["charges_per_login"] = X["monthly_charges"] / (X["logins_30d"] + 1)
    X["new"] = (X["tenure_months"] < 6).astype(float)
    X = X.join(pd.get_dummies(df["plan"], prefix="plan", dtype=float))
    X = X.join(pd.get_dummies(df["region"], prefix="region", dtype=float))
    return X


df = pd.read_csv("train.csv", parse_dates=[TIME])
sub = pd.read_csv("test.csv", parse_dates=[TIME])
X_all = featurize(df)
y_all = df[TARGET]
X_sub = featurize(sub).reindex(columns=X_all.columns, fill_value=0.0)

cut = pd.Timestamp("2024-07-01")
dev = (df[TIME] < cut).values
val = ((df[TIME] >= cut) & ~df[CUST].isin(df.loc[dev, CUST])).values
X_dev, y_dev = X_all[dev], y_all[dev]
X_val, y_val = X_all[val], y_all[val]
print("dev", X_dev.shape, "val", X_val.shape)

dev_df = df[dev].reset_index(drop=True)
X_dev, y_dev = X_dev.reset_index(drop=True), y_dev.reset_index(drop=True)
inner_cut = pd.Timestamp("2024-05-01")
inner_fit = np.where(dev_df[TIME] < inner_cut)[0]
inner_eval = np.where((dev_df[TIME] >= inner_cut)
                      & ~dev_df[CUST].isin(dev_df.loc[inner_fit, CUST]))[0]
inner_cv = [(inner_fit, inner_eval)]
print("inner fit", len(inner_fit), "inner eval", len(inner_eval))

search = RandomizedSearchCV(
    XGBClassifier(eval_metric="logloss", random_state=SEED, n_jobs=4),
    param_distributions={
        "n_estimators": randint(100, 600),
        "max_depth": randint(2, 7),
        "learning_rate": uniform(0.01, 0.15),
        "subsample": uniform(0.6, 0.4),
        "colsample_bytree": uniform(0.5, 0.5),
        "min_child_weight": randint(1, 20),
        "scale_pos_weight": [1, 5, 10, 19],
    },
    n_iter=30,
    scoring="roc_auc",
    cv=inner_cv,
    random_state=SEED,
    n_jobs=1,
    verbose=1,
)
search.fit(X_dev, y_dev)
print("best inner-split roc_auc: %.4f" % search.best_score_)
print("best params:", search.best_params_)

best = search.best_estimator_
p_val = best.predict_proba(X_val)[:, 1]
p_dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev).predict_proba(X_val)[:, 1]

print("validation   dummy  auc=%.4f ap=%.4f" % (roc_auc_score(y_val, p_dummy), average_precision_score(y_val, p_dummy)))
print("validation   xgb    auc=%.4f ap=%.4f" % (roc_auc_score(y_val, p_val), average_precision_score(y_val, p_val)))

final = XGBClassifier(eval_metric="logloss", random_state=SEED, n_jobs=4, **search.best_params_)
final.fit(X_all, y_all)
pd.DataFrame({ID: sub[ID], "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
json.dump({"roc_auc": roc_auc_score(y_val, p_val), "average_precision": average_precision_score(y_val, p_val)},
          open("metrics.json", "w"), indent=1)
