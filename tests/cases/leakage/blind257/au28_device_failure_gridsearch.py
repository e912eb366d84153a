"""Device-day failure model: hyper-parameter search + final holdout.

train.csv -> 80/20 split on device_id (holdout devices never seen in training),
grid search on the training devices, then one score on the holdout.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit, GridSearchCV, GroupKFold
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

RANDOM_STATE = 0
TARGET = "failure_7d"
LEAKY = ["rma_created", "failure_code"]

df = pd.read_csv("train.csv", parse_dates=["date"]).drop(columns=LEAKY)
print(df.shape, df[TARGET].mean())

# simple per-device context
df = df.sort_values(["device_id", "date"])
df["days_in_service"] = df.groupby("device_id").cumcount()
df["err_ewm"] = df.groupby("device_id")["error_log_count"].transform(lambda s: s.ewm(span=5).mean())
df["temp_ewm"] = df.groupby("device_id")["temp_max_c"].transform(lambda s: s.ewm(span=5).mean())
df = pd.get_dummies(df, columns=["device_model", "site_type"], drop_first=True, dtype=int)

feats = [c for c in df.columns if c not in ("reading_id", "device_id", "date", "firmware", TARGET)]
X = df[feats].fillna(-1)
y = df[TARGET]

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=RANDOM_STATE)
dev_idx, hold_idx = next(gss.split(X, y, groups=df["device_id"]))
X_dev, y_dev = X.iloc[dev_idx], y.iloc[dev_idx]
X_hold, y_hold = X.iloc[hold_idx], y.iloc[hold_idx]

grid = {
    "n_estimators": [150, 300],
    "max_depth": [2, 3],
    "learning_rate": [0.05, 0.1],
    "subsample": [0.8],
}
search = GridSearchCV(
    GradientBoostingClassifier(random_state=RANDOM_STATE),
    grid,
    scoring="average_precision",
    cv=GroupKFold(n_splits=4),      # folds by device too, same as the holdout
    n_jobs=-1,
    verbose=1,
)
search.fit(X_dev, y_dev, groups=df["device_id"].iloc[dev_idx])
print("best params:", search.best_params_)
print("best CV AP :", round(search.best_score_, 4))

dummy = DummyClassifier(strategy="prior").fit(X_dev, y_dev)
p_hold = search.best_estimator_.predict_proba(X_hold)[:, 1]
print("holdout AP  (dummy):", round(average_precision_score(y_hold, dummy.predict_proba(X_hold)[:, 1]), 4))
print("holdout AP  (gbm)  :", round(average_precision_score(y_hold, p_hold), 4))
print("holdout AUC (gbm)  :", round(roc_auc_score(y_hold, p_hold), 4))
