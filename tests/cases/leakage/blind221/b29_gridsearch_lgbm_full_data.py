"""Hyper-parameter search for a LightGBM fraud model."""
import time
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.model_selection import train_test_split, GridSearchCV, StratifiedKFold
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score, precision_score, recall_score

SEED = 3

df = pd.read_csv("train.csv")
sub_df = pd.read_csv("test.csv")

cat_cols = ["merchant_category", "country", "device_type"]
num_cols = ["amount", "hour", "card_age_days", "tx_count_24h"]


def features(d):
    f = d[num_cols].copy()
    f["log_amount"] = np.log1p(f["amount"])
    f["velocity_x_new"] = f["tx_count_24h"] * (f["card_age_days"] < 60)
    dummies = pd.get_dummies(d[cat_cols], dtype=np.uint8)
    return pd.concat([f, dummies], axis=1)


X = features(df)
y = df["is_fraud"]
X_sub = features(sub_df).reindex(columns=X.columns, fill_value=0)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)

param_grid = {
    "num_leaves": [15, 31, 63],
    "min_child_samples": [20, 80],
    "learning_rate": [0.03, 0.1],
    "n_estimators": [300, 600],
    "scale_pos_weight": [1, 10, 30],
}

base = LGBMClassifier(subsample=0.8, subsample_freq=1, colsample_bytree=0.8, random_state=SEED, verbose=-1)
search = GridSearchCV(
    base,
    param_grid,
    scoring="average_precision",
    cv=StratifiedKFold(n_splits=4, shuffle=True, random_state=SEED),
    n_jobs=-1,
    verbose=1,
)
t0 = time.time()
search.fit(X, y)
print(f"search took {time.time() - t0:.0f}s")
print("best params:", search.best_params_)
print("best CV AP:", round(search.best_score_, 4))

cv_res = pd.DataFrame(search.cv_results_).sort_values("rank_test_score")
print(cv_res[["params", "mean_test_score", "std_test_score"]].head(10).to_string())

best = search.best_estimator_
proba = best.predict_proba(X_test)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
dummy_proba = dummy.predict_proba(X_test)[:, 1]

print("\n== test split ==")
print("LGBM  AP :", round(average_precision_score(y_test, proba), 4), " AUC:", round(roc_auc_score(y_test, proba), 4))
print("dummy AP :", round(average_precision_score(y_test, dummy_proba), 4), " AUC:", round(roc_auc_score(y_test, dummy_proba), 4))

# 250 reviews per batch of this size
top = np.argsort(-proba)[:250]
flag = np.zeros(len(proba), dtype=int)
flag[top] = 1
print("precision@250:", precision_score(y_test, flag), "recall@250:", recall_score(y_test, flag))

pd.DataFrame({"transaction_id": sub_df["transaction_id"], "prediction": best.predict_proba(X_sub)[:, 1]}).to_csv(
    "predictions.csv", index=False)
