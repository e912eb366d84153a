import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.model_selection import train_test_split

SEED = 2020
TARGET = "bad_loan"

df = pd.read_csv("loans.csv")
df["term_months"] = df["term"].str.extract(r"(\d+)").astype(float)
df["emp_length_years"] = df["emp_length"].str.extract(r"(\d+)").astype(float)
df["installment_to_income"] = df["installment"] * 12 / df["annual_inc"].clip(lower=1)
df["revol_to_income"] = df["revol_bal"] / df["annual_inc"].clip(lower=1)
df["fico_mid"] = (df["fico_range_low"] + df["fico_range_high"]) / 2
df = pd.get_dummies(df, columns=["grade", "home_ownership", "purpose", "verification_status"], dtype=np.uint8)

drop = [TARGET, "id", "term", "emp_length", "fico_range_low", "fico_range_high", "zip_code", "emp_title"]
X = df.drop(columns=drop)
y = df[TARGET]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
print("train", X_train.shape, "test", X_test.shape)


def fit_lgb(X_fit, y_fit, X_watch, y_watch, params, rounds=10000):
    d_fit = lgb.Dataset(X_fit, y_fit)
    d_watch = lgb.Dataset(X_watch, y_watch, reference=d_fit)
    return lgb.train(
        params,
        d_fit,
        num_boost_round=rounds,
        valid_sets=[d_watch],
        valid_names=["watch"],
        callbacks=[lgb.early_stopping(300), lgb.log_evaluation(250)],
    )


params = {
    "objective": "binary",
    "metric": "auc",
    "learning_rate": 0.01,
    "num_leaves": 40,
    "min_data_in_leaf": 100,
    "feature_fraction": 0.6,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l1": 0.5,
    "lambda_l2": 5.0,
    "seed": SEED,
    "verbose": -1,
}

booster = fit_lgb(X_train, y_train, X_test, y_test, params)
p_test = booster.predict(X_test, num_iteration=booster.best_iteration)

print(f"best iteration: {booster.best_iteration}")
print(f"test ROC-AUC: {roc_auc_score(y_test, p_test):.4f}")
print(f"test PR-AUC:  {average_precision_score(y_test, p_test):.4f}")

imp = pd.Series(booster.feature_importance("gain"), index=X.columns).sort_values(ascending=False)
print(imp.head(20).round(1))
