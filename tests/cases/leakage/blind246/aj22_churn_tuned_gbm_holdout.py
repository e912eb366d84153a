"""Churn: tuned gradient boosting with an untouched outer holdout.

Outer: time cut, last three labelled months; only customers who first appear
after the cut are scored (anyone with earlier rows was in training).
Inner: hyper-parameter search on the training window only, with the same
design one level down (last two training months, new customers only).
The outer holdout is scored exactly once, after the search is done.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV, PredefinedSplit
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET = "churned_next_month"

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.sort_values(["snapshot_month", "customer_id"]).reset_index(drop=True)
print(df.shape)
print(df.isna().sum()[lambda s: s > 0])

# lags of the same customer (sorted by month inside each customer via groupby order)
g = df.sort_values("snapshot_month").groupby("customer_id")
df["logins_lag1"] = g["logins_30d"].shift(1)
df["logins_lag2"] = g["logins_30d"].shift(2)
df["tickets_lag1"] = g["support_tickets_30d"].shift(1)
df["charges_delta"] = df["monthly_charges"] - g["monthly_charges"].shift(1)

num = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
       "logins_lag1", "logins_lag2", "tickets_lag1", "charges_delta"]
cat = ["plan"]

months = np.sort(df["snapshot_month"].unique())
cut = months[-3]
train = df[df["snapshot_month"] < cut]
outer = df[(df["snapshot_month"] >= cut) & ~df["customer_id"].isin(train["customer_id"])]
print(f"train {len(train)}  outer holdout {len(outer)} ({outer.customer_id.nunique()} customers)")

pipe = Pipeline([
    ("prep", ColumnTransformer([
        ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cat),
        ("num", "passthrough", num),
    ])),
    ("gbm", HistGradientBoostingClassifier(categorical_features=[0], random_state=0)),
])
grid = {
    "gbm__learning_rate": [0.03, 0.1],
    "gbm__max_leaf_nodes": [15, 31],
    "gbm__min_samples_leaf": [50, 200],
    "gbm__l2_regularization": [0.0, 1.0],
}

tr_months = np.sort(train["snapshot_month"].unique())
inner_cut = tr_months[-2]
in_fit = train["snapshot_month"] < inner_cut
in_val = (train["snapshot_month"] >= inner_cut) & ~train["customer_id"].isin(train.loc[in_fit, "customer_id"])
inner = train[in_fit | in_val]
test_fold = np.where(in_val[in_fit | in_val], 0, -1)  # -1 = always in the inner fit part

search = GridSearchCV(pipe, grid, scoring="average_precision", cv=PredefinedSplit(test_fold),
                      n_jobs=-1, refit=False)
search.fit(inner[num + cat], inner[TARGET])
print("inner best:", search.best_params_, round(search.best_score_, 4))
print(pd.DataFrame(search.cv_results_).sort_values("rank_test_score")
      [["params", "mean_test_score"]].head(5).to_string())

# refit the chosen configuration on the whole training window
model = pipe.set_params(**search.best_params_).fit(train[num + cat], train[TARGET])
dummy = DummyClassifier(strategy="prior").fit(train[num + cat], train[TARGET])

y = outer[TARGET].to_numpy()
for name, est in [("dummy prior", dummy), ("tuned gbm", model)]:
    p = est.predict_proba(outer[num + cat])[:, 1]
    print(f"{name:12s} outer AUC {roc_auc_score(y, p):.4f}  PR-AUC {average_precision_score(y, p):.4f}")

# gap between inner CV score and outer score goes in the memo
