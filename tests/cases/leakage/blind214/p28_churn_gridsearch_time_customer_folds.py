"""
Churn: hyper-parameter search with time- and customer-aware folds.

sklearn's KFold/GroupKFold would mix months, and TimeSeriesSplit on rows would put a customer's
earlier months in training and later ones in validation. So the folds are built by hand:
fold k trains on months < M_k and validates on month-M_k snapshots of customers with no earlier rows.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GridSearchCV, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression

TARGET = "churned_next_month"
NUMERIC = ["monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]
CATEG = ["plan"]

data = pd.read_csv("train.csv")
data["snapshot_month"] = pd.to_datetime(data["snapshot_month"])
data = data.sort_values("snapshot_month").reset_index(drop=True)
holdout_sub = pd.read_csv("test.csv")

print(data.shape, data[TARGET].mean().round(4))
print(data.groupby(data.snapshot_month.dt.month)[TARGET].mean().round(4))


def time_customer_folds(frame, first_val_month=6):
    months = frame["snapshot_month"].dt.month
    folds = []
    for m in range(first_val_month, months.max() + 1):
        tr = np.where(months < m)[0]
        seen = set(frame["customer_id"].iloc[tr])
        va = np.where((months == m) & (~frame["customer_id"].isin(seen)))[0]
        if len(va) and frame[TARGET].iloc[va].nunique() == 2:
            folds.append((tr, va))
    return folds


folds = time_customer_folds(data)
for tr, va in folds:
    print("fold: train", len(tr), "valid", len(va))

X = data[NUMERIC + CATEG]
y = data[TARGET]

prep = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), NUMERIC),
    ("cat", OneHotEncoder(handle_unknown="ignore"), CATEG),
])

# reference numbers on the same folds
dummy = Pipeline([("prep", prep), ("clf", DummyClassifier(strategy="prior"))])
print("dummy      ap", cross_val_score(dummy, X, y, cv=folds, scoring="average_precision").mean().round(4))
logit = Pipeline([("prep", prep), ("clf", LogisticRegression(max_iter=2000, class_weight="balanced"))])
print("logistic   ap", cross_val_score(logit, X, y, cv=folds, scoring="average_precision").mean().round(4))

pipe = Pipeline([("prep", prep), ("clf", HistGradientBoostingClassifier(random_state=0))])
grid = {
    "clf__learning_rate": [0.03, 0.1],
    "clf__max_leaf_nodes": [15, 31],
    "clf__max_iter": [200, 500],
    "clf__l2_regularization": [0.0, 1.0],
}
search = GridSearchCV(pipe, grid, cv=folds, scoring={"ap": "average_precision", "auc": "roc_auc"},
                      refit="ap", n_jobs=-1, verbose=1)
search.fit(X, y)

res = pd.DataFrame(search.cv_results_)
cols = ["params", "mean_test_ap", "std_test_ap", "mean_test_auc"]
print(res.sort_values("mean_test_ap", ascending=False)[cols].head(8).to_string())
print("best params:", search.best_params_)
print("best cv ap: %.4f" % search.best_score_)

# search.best_estimator_ has been refit on all rows (refit='ap'); use it for the submission
best = search.best_estimator_
pred = best.predict_proba(holdout_sub[NUMERIC + CATEG])[:, 1]
pd.DataFrame({"snapshot_id": holdout_sub["snapshot_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("saved predictions for", len(pred), "snapshots")
