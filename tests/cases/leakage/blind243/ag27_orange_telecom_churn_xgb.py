"""Orange Telecom churn (Kaggle: mnassrib/telecom-churn-datasets).

The data comes pre-split: churn-bigml-80.csv (train) and churn-bigml-20.csv (test).
Gradient boosting with the native xgboost API and early stopping.
"""
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, log_loss, average_precision_score

TRAIN_CSV = "data/churn-bigml-80.csv"
TEST_CSV = "data/churn-bigml-20.csv"


def prepare(df):
    df = df.copy()
    df["Churn"] = df["Churn"].astype(int)
    df["International plan"] = (df["International plan"] == "Yes").astype(int)
    df["Voice mail plan"] = (df["Voice mail plan"] == "Yes").astype(int)
    # total charges / minutes over the day
    df["total_charge"] = df[["Total day charge", "Total eve charge", "Total night charge", "Total intl charge"]].sum(axis=1)
    df["total_minutes"] = df[["Total day minutes", "Total eve minutes", "Total night minutes", "Total intl minutes"]].sum(axis=1)
    df["many_service_calls"] = (df["Customer service calls"] >= 4).astype(int)
    df = pd.get_dummies(df, columns=["State", "Area code"], dtype=int)
    return df


train = prepare(pd.read_csv(TRAIN_CSV))
test = prepare(pd.read_csv(TEST_CSV)).reindex(columns=train.columns, fill_value=0)
print("train", train.shape, "test", test.shape, "churn rate", round(train["Churn"].mean(), 3))

features = [c for c in train.columns if c != "Churn"]
dtrain = xgb.DMatrix(train[features], label=train["Churn"])
dtest = xgb.DMatrix(test[features], label=test["Churn"])

params = {
    "objective": "binary:logistic",
    "eval_metric": "auc",
    "eta": 0.03,
    "max_depth": 5,
    "subsample": 0.8,
    "colsample_bytree": 0.7,
    "min_child_weight": 3,
    "seed": 1,
}
booster = xgb.train(
    params, dtrain, num_boost_round=3000,
    evals=[(dtrain, "train"), (dtest, "test")],
    early_stopping_rounds=100, verbose_eval=200,
)
print("best iteration:", booster.best_iteration)

y_test = test["Churn"].values
p = booster.predict(dtest, iteration_range=(0, booster.best_iteration + 1))

# baseline: everybody gets the training churn rate
p_base = np.full(len(y_test), train["Churn"].mean())
print("baseline  logloss %.4f  PR-AUC %.3f" % (log_loss(y_test, p_base), average_precision_score(y_test, p_base)))
print("xgboost   logloss %.4f  PR-AUC %.3f  ROC-AUC %.4f" % (
    log_loss(y_test, p), average_precision_score(y_test, p), roc_auc_score(y_test, p)))

gain = booster.get_score(importance_type="gain")
print(sorted(gain.items(), key=lambda kv: -kv[1])[:10])
