"""Hyper-parameter search with folds that respect both time and customers.

    development  = Jan-Jun rows of 80% of customers   (grid search with custom folds)
    test         = Jul-Sep rows of the other 20%      (scored once at the end)

Inside development every fold trains on Jan-Apr of 4/5 of the customers and
validates on May-Jun of the remaining 1/5.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
NUM = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
CAT = ["plan"]
RNG = np.random.RandomState(77)


def assign_customer_buckets(customers, n):
    return pd.Series(RNG.randint(0, n, size=len(customers)), index=customers)


def forward_group_folds(dev, n_folds=5, val_from="2024-05"):
    """(train_idx, val_idx) positions into `dev`: past months of other customers -> later months of fold customers."""
    bucket = assign_customer_buckets(dev["customer_id"].unique(), n_folds)
    row_bucket = dev["customer_id"].map(bucket).to_numpy()
    ym = dev["snapshot_month"].dt.strftime("%Y-%m").to_numpy()
    folds = []
    for k in range(n_folds):
        tr = np.flatnonzero((row_bucket != k) & (ym < val_from))
        va = np.flatnonzero((row_bucket == k) & (ym >= val_from))
        folds.append((tr, va))
    return folds


def pipeline():
    pre = ColumnTransformer([("num", StandardScaler(), NUM),
                             ("cat", OneHotEncoder(handle_unknown="ignore"), CAT)])
    return Pipeline([("pre", pre), ("hgb", HistGradientBoostingClassifier(random_state=0))])


GRID = {
    "hgb__learning_rate": [0.03, 0.1],
    "hgb__max_leaf_nodes": [15, 31],
    "hgb__min_samples_leaf": [20, 80],
    "hgb__l2_regularization": [0.0, 1.0],
}


def main():
    df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
    sub = pd.read_csv("test.csv", parse_dates=["snapshot_month"])

    customers = df["customer_id"].unique()
    test_customers = set(RNG.choice(customers, size=len(customers) // 5, replace=False))
    is_test_cust = df["customer_id"].isin(test_customers)
    late = df["snapshot_month"] >= "2024-07-01"
    dev = df[~is_test_cust & ~late].reset_index(drop=True)
    test = df[is_test_cust & late].reset_index(drop=True)
    print(f"development rows {len(dev)}, test rows {len(test)} (churn {test[TARGET].mean():.4f})")

    folds = forward_group_folds(dev)
    for k, (tr, va) in enumerate(folds):
        print(f"  fold {k}: {len(tr)} train / {len(va)} valid rows")

    search = GridSearchCV(pipeline(), GRID, cv=folds, scoring="average_precision", n_jobs=-1, refit=True)
    search.fit(dev[NUM + CAT], dev[TARGET])
    cv_table = pd.DataFrame(search.cv_results_).sort_values("rank_test_score")
    print(cv_table[["params", "mean_test_score", "std_test_score"]].head(8).to_string(index=False))
    print("best params:", search.best_params_, "cv AP %.4f" % search.best_score_)

    # the test customers' Jul-Sep rows, once
    baseline = DummyClassifier(strategy="prior").fit(dev[NUM], dev[TARGET])
    p_base = baseline.predict_proba(test[NUM])[:, 1]
    p_best = search.predict_proba(test[NUM + CAT])[:, 1]
    for name, p in [("prior baseline", p_base), ("tuned hgb", p_best)]:
        print(f"TEST {name:15s} AUC {roc_auc_score(test[TARGET], p):.4f}  AP {average_precision_score(test[TARGET], p):.4f}")

    # submission model: best params, refit on every labelled row
    final = pipeline().set_params(**search.best_params_)
    final.fit(df[NUM + CAT], df[TARGET])
    pd.DataFrame({"snapshot_id": sub["snapshot_id"],
                  "prediction": final.predict_proba(sub[NUM + CAT])[:, 1]}).to_csv("predictions.csv", index=False)
    print("predictions.csv written")


if __name__ == "__main__":
    main()
