"""churn-snapshots: HistGradientBoosting with a small hyperparameter search.

- development window: Jan-Jul; final test window: Aug-Sep, customers unseen before August
- the search uses forward-chaining folds inside the development window: each
  fold fits on months before a cutoff and scores the cutoff month for
  customers that have no earlier row
- the test window is scored once, next to a prior-only dummy
"""
import json

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]
CAT = ["plan", "region"]
NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
       "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]

data = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
score_me = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
print(data.shape, data[TARGET].mean())

dev = data[data["snapshot_month"] < "2024-08-01"].reset_index(drop=True)
seen_dev = set(dev["customer_id"])
final_test = data[(data["snapshot_month"] >= "2024-08-01") & ~data["customer_id"].isin(seen_dev)]
print("dev", dev.shape, "test", final_test.shape)


def forward_folds(frame, cutoffs):
    folds = []
    for c in pd.to_datetime(cutoffs):
        past = frame["snapshot_month"] < c
        seen = set(frame.loc[past, "customer_id"])
        now = (frame["snapshot_month"] == c) & ~frame["customer_id"].isin(seen)
        folds.append((np.flatnonzero(past.values), np.flatnonzero(now.values)))
    return folds


folds = forward_folds(dev, ["2024-05-01", "2024-06-01", "2024-07-01"])
for tr_i, va_i in folds:
    print(len(tr_i), len(va_i))

pipe = Pipeline([
    ("enc", ColumnTransformer([("cat", OrdinalEncoder(handle_unknown="use_encoded_value",
                                                      unknown_value=-1), CAT)],
                              remainder="passthrough")),
    ("hgb", HistGradientBoostingClassifier(categorical_features=[0, 1], random_state=0)),
])
grid = {
    "hgb__learning_rate": [0.03, 0.1],
    "hgb__max_leaf_nodes": [15, 31],
    "hgb__min_samples_leaf": [20, 80],
    "hgb__l2_regularization": [0.0, 1.0],
}
search = GridSearchCV(pipe, grid, scoring="roc_auc", cv=folds, n_jobs=-1, refit=True)
search.fit(dev[CAT + NUM], dev[TARGET])
print("best params:", search.best_params_, "cv auc:", round(search.best_score_, 4))
print(pd.DataFrame(search.cv_results_)[["params", "mean_test_score", "std_test_score"]]
      .sort_values("mean_test_score", ascending=False).head(5).to_string())

dummy = DummyClassifier(strategy="prior").fit(dev[CAT + NUM], dev[TARGET])
p_model = search.predict_proba(final_test[CAT + NUM])[:, 1]
p_dummy = dummy.predict_proba(final_test[CAT + NUM])[:, 1]
y_t = final_test[TARGET]
res = {"dummy": {"roc_auc": roc_auc_score(y_t, p_dummy), "average_precision": average_precision_score(y_t, p_dummy)},
       "hgb": {"roc_auc": roc_auc_score(y_t, p_model), "average_precision": average_precision_score(y_t, p_model)}}
print(pd.DataFrame(res).T.round(4))

final = search.best_estimator_.fit(data[CAT + NUM], data[TARGET])
pd.DataFrame({ID: score_me[ID], "prediction": final.predict_proba(score_me[CAT + NUM])[:, 1]}).to_csv(
    "predictions.csv", index=False)
json.dump({k: round(v, 4) for k, v in res["hgb"].items()}, open("metrics.json", "w"))
