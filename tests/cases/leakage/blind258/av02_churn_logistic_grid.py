"""Churn take-home -- logistic regression, tuned with GridSearchCV.

Rows are customer-month snapshots. The CV should look like the real use of the
model: fit on earlier months, score a later month, and never score a customer
that the model was fitted on.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GridSearchCV, cross_val_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

TARGET = "churned_next_month"
DROP = ["snapshot_id", "customer_id", "snapshot_month", TARGET,
        "retention_offer_accepted", "account_closed_date_known"]


def month_customer_folds(frame, n_folds=5, seed=0):
    """Expanding-window folds: fit on months < cut, score month == cut,
    and only customers from a bucket that was kept out of the fitting part."""
    months = np.sort(frame["snapshot_month"].unique())
    custs = frame["customer_id"].unique()
    rng = np.random.RandomState(seed)
    bucket = pd.Series(rng.randint(0, n_folds, size=len(custs)), index=custs)
    b = frame["customer_id"].map(bucket).to_numpy()
    m = frame["snapshot_month"].to_numpy()
    folds = []
    for k, cut in enumerate(months[-n_folds:]):
        fit_idx = np.flatnonzero((m < cut) & (b != k))
        test_idx = np.flatnonzero((m == cut) & (b == k))
        folds.append((fit_idx, test_idx))
    return folds


df = pd.read_csv("train.csv")
print(df.shape)
print(df[TARGET].value_counts(normalize=True))
print(df.groupby("snapshot_month")[TARGET].mean().round(3))
print(df.isna().mean().sort_values(ascending=False).head(8))

df = df.sort_values(["snapshot_month", "customer_id"]).reset_index(drop=True)
X = df.drop(columns=DROP)
y = df[TARGET]

folds = month_customer_folds(df, n_folds=5)
for i, (a, b) in enumerate(folds):
    print(f"fold {i}: fit {len(a)} rows, score {len(b)} rows, "
          f"positives in scored part {y.iloc[b].mean():.3f}")

cat_cols = X.select_dtypes("object").columns.tolist()
num_cols = [c for c in X.columns if c not in cat_cols]
print("categorical:", cat_cols)

pre = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                      ("sc", StandardScaler())]), num_cols),
    ("cat", OneHotEncoder(handle_unknown="ignore"), cat_cols),
])
pipe = Pipeline([("pre", pre),
                 ("clf", LogisticRegression(max_iter=2000, class_weight="balanced"))])

grid = {"clf__C": [0.01, 0.03, 0.1, 0.3, 1.0, 3.0]}
search = GridSearchCV(pipe, grid, scoring="roc_auc", cv=folds, n_jobs=-1,
                      return_train_score=True)
search.fit(X, y)

res = pd.DataFrame(search.cv_results_)[
    ["param_clf__C", "mean_train_score", "mean_test_score", "std_test_score"]]
print(res.sort_values("mean_test_score", ascending=False).to_string(index=False))
print("best params:", search.best_params_)
print(f"CV ROC AUC (forward months, unseen customers): {search.best_score_:.4f}")

# sanity check against a prior-only model on the same folds
dummy = DummyClassifier(strategy="prior")
dummy_auc = cross_val_score(dummy, X, y, cv=folds, scoring="roc_auc")
print(f"dummy CV ROC AUC: {dummy_auc.mean():.4f}")

# AP as well, positives are only ~5%
ap = cross_val_score(search.best_estimator_, X, y, cv=folds,
                     scoring="average_precision")
print(f"CV average precision: {ap.mean():.4f} (base rate {y.mean():.4f})")

# final model on all of train.csv, predict the later months
test = pd.read_csv("test.csv")
final = search.best_estimator_.fit(X, y)
X_sub = test.drop(columns=[c for c in DROP if c in test.columns])
proba = final.predict_proba(X_sub)[:, 1]
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": proba}).to_csv(
    "predictions.csv", index=False)
print("wrote predictions.csv", len(test))
