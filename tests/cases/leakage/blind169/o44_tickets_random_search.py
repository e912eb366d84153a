"""Ticket escalation - XGBoost tuned with randomized search.

Hold out 20% first; the search runs 4-fold CV on the remaining 80% only.
The held-out part is scored once with the selected configuration.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from scipy.stats import loguniform, randint, uniform
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import RandomizedSearchCV, StratifiedKFold, train_test_split

RANDOM_STATE = 31

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(df.shape, df.escalated.mean())


def features(d):
    f = pd.DataFrame(index=d.index)
    for c in ["plan_mrr", "first_response_minutes", "replies_first_day", "sentiment_score", "prior_tickets_90d", "attachments"]:
        f[c] = d[c]
    f["tier_rank"] = d["customer_tier"].map({"free": 0, "basic": 1, "pro": 2, "enterprise": 3})
    f["is_phone"] = (d["channel"] == "phone").astype(int)
    f["is_chat"] = (d["channel"] == "chat").astype(int)
    f["body_len"] = d["body"].fillna("").str.len()
    f["subject_q"] = d["subject"].fillna("").str.contains(r"\?").astype(int)
    return f


X, y = features(df), df["escalated"]
X_dev, X_hold, y_dev, y_hold = train_test_split(X, y, test_size=0.2, stratify=y, random_state=RANDOM_STATE)

search = RandomizedSearchCV(
    xgb.XGBClassifier(eval_metric="logloss", tree_method="hist", random_state=RANDOM_STATE),
    param_distributions={
        "n_estimators": randint(150, 900),
        "max_depth": randint(2, 8),
        "learning_rate": loguniform(0.01, 0.3),
        "subsample": uniform(0.6, 0.4),
        "colsample_bytree": uniform(0.5, 0.5),
        "min_child_weight": randint(1, 20),
        "reg_lambda": loguniform(0.1, 20),
    },
    n_iter=40,
    scoring="roc_auc",
    cv=StratifiedKFold(n_splits=4, shuffle=True, random_state=RANDOM_STATE),
    n_jobs=-1,
    random_state=RANDOM_STATE,
    verbose=1,
)
search.fit(X_dev, y_dev)
print("best CV AUC:", round(search.best_score_, 4))
print("best params:", search.best_params_)

best = search.best_estimator_
p_hold = best.predict_proba(X_hold)[:, 1]
dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev)
p_dummy = dummy.predict_proba(X_hold)[:, 1]
print(f"hold-out  dummy AUC {roc_auc_score(y_hold, p_dummy):.4f}  AP {average_precision_score(y_hold, p_dummy):.4f}")
print(f"hold-out  xgb   AUC {roc_auc_score(y_hold, p_hold):.4f}  AP {average_precision_score(y_hold, p_hold):.4f}")

cv_table = pd.DataFrame(search.cv_results_).sort_values("rank_test_score")
print(cv_table[["mean_test_score", "std_test_score", "param_max_depth", "param_learning_rate"]].head(8))

best.fit(X, y)
pd.DataFrame({"ticket_id": sub["ticket_id"], "prediction": best.predict_proba(features(sub))[:, 1]}).to_csv(
    "predictions.csv", index=False)
