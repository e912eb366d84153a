"""churn-snapshots take-home.

Reference model: a plain logistic regression on the raw numeric columns
(the "baseline"). Main model: HistGradientBoosting with a few engineered
features. The gradient-boosting model is the one submitted; the logistic
regression is only there to show how much the extra work buys.

Validation: fit on Jan-Jun 2024; evaluate on Jul-Sep snapshots of customers
that have no snapshot before July (test.csv is later months of new customers).
"""
import json

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

TASK = json.load(open("task.json"))
TARGET, ID = TASK["target"], TASK["id_column"]
RAW_NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
           "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def engineer(d):
    d = d.copy()
    d["login_recency_ratio"] = d["days_since_last_login"] / (d["tenure_months"] * 30 + 1)
    d["tickets_per_login"] = d["support_tickets_30d"] / (d["logins_30d"] + 1)
    d["price_sensitivity"] = d["monthly_charges"] * (1 - d["has_discount"])
    d["plan"] = d["plan"].astype("category")
    d["region"] = d["region"].astype("category")
    return d


train = engineer(pd.read_csv("train.csv", parse_dates=["snapshot_month"]))
test = engineer(pd.read_csv("test.csv", parse_dates=["snapshot_month"]))
for c in ["plan", "region"]:
    test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)
GBM_FEATS = RAW_NUM + ["login_recency_ratio", "tickets_per_login", "price_sensitivity", "plan", "region"]
assert not set(GBM_FEATS) & set(TASK["leaky_columns"])

cut = pd.Timestamp("2024-07-01")
fit_rows = train[train["snapshot_month"] < cut]
new_after_cut = ~train["customer_id"].isin(fit_rows["customer_id"])
eval_rows = train[(train["snapshot_month"] >= cut) & new_after_cut]
print(f"fit {len(fit_rows)} | eval {len(eval_rows)} ({eval_rows['customer_id'].nunique()} customers)")

baseline = make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                         LogisticRegression(max_iter=1000))
baseline.fit(fit_rows[RAW_NUM], fit_rows[TARGET])

hgb = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, max_leaf_nodes=24,
                                     min_samples_leaf=50, categorical_features="from_dtype",
                                     random_state=0)
hgb.fit(fit_rows[GBM_FEATS], fit_rows[TARGET])

y_eval = eval_rows[TARGET]
p_base = baseline.predict_proba(eval_rows[RAW_NUM])[:, 1]
p_hgb = hgb.predict_proba(eval_rows[GBM_FEATS])[:, 1]
print("baseline logreg : AUC %.4f  AP %.4f" % (roc_auc_score(y_eval, p_base), average_precision_score(y_eval, p_base)))
print("hist gradient bt: AUC %.4f  AP %.4f" % (roc_auc_score(y_eval, p_hgb), average_precision_score(y_eval, p_hgb)))

# lift in the top decile, the number the retention team cares about
top = eval_rows.assign(p=p_hgb).nlargest(max(len(eval_rows) // 10, 1), "p")
print("top-decile churn rate %.3f vs overall %.3f" % (top[TARGET].mean(), y_eval.mean()))

final = HistGradientBoostingClassifier(learning_rate=0.05, max_iter=400, max_leaf_nodes=24,
                                       min_samples_leaf=50, categorical_features="from_dtype",
                                       random_state=0).fit(train[GBM_FEATS], train[TARGET])
pd.DataFrame({ID: test[ID], "prediction": final.predict_proba(test[GBM_FEATS])[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({"roc_auc": round(float(roc_auc_score(y_eval, p_hgb)), 4),
           "average_precision": round(float(average_precision_score(y_eval, p_hgb)), 4)},
          open("metrics.json", "w"))
