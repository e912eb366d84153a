"""Santander Customer Transaction Prediction - LightGBM baseline.

train / valid / test = 70 / 15 / 15. Early stopping watches the validation part;
the test part is scored once with the stopped model.
"""
import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 42
PARAMS = {
    "objective": "binary",
    "metric": "auc",
    "learning_rate": 0.02,
    "num_leaves": 13,
    "min_data_in_leaf": 80,
    "feature_fraction": 0.05,
    "bagging_fraction": 0.4,
    "bagging_freq": 5,
    "lambda_l1": 0.1,
    "max_depth": -1,
    "boost_from_average": False,
    "verbosity": -1,
    "seed": SEED,
}


def load(path: str = "input/santander/train.csv") -> pd.DataFrame:
    df = pd.read_csv(path)
    print(df.shape, "target rate:", round(df["target"].mean(), 4))
    return df


def describe(df: pd.DataFrame, features: list) -> None:
    stats = df[features].agg(["mean", "std", "min", "max"]).T
    print(stats.describe().round(3))
    print("columns with any missing:", int(df[features].isna().any().sum()))
    gap = (df.loc[df.target == 1, features].mean() - df.loc[df.target == 0, features].mean()).abs()
    print("largest class-mean gaps:", gap.sort_values(ascending=False).head(10).round(3).to_dict())


def main() -> None:
    df = load()
    features = [c for c in df.columns if c.startswith("var_")]
    describe(df, features)

    X, y = df[features], df["target"]
    X_tmp, X_test, y_tmp, y_test = train_test_split(X, y, test_size=0.15, stratify=y, random_state=SEED)
    X_train, X_valid, y_train, y_valid = train_test_split(X_tmp, y_tmp, test_size=0.15 / 0.85,
                                                          stratify=y_tmp, random_state=SEED)
    print(len(X_train), len(X_valid), len(X_test))

    dtrain = lgb.Dataset(X_train, label=y_train)
    dvalid = lgb.Dataset(X_valid, label=y_valid, reference=dtrain)
    booster = lgb.train(
        PARAMS, dtrain, num_boost_round=20000,
        valid_sets=[dtrain, dvalid], valid_names=["train", "valid"],
        callbacks=[lgb.early_stopping(300), lgb.log_evaluation(1000)],
    )
    print("best iteration:", booster.best_iteration)
    print("valid auc:", round(booster.best_score["valid"]["auc"], 5))

    dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
    print("baseline test auc:", round(roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]), 5))

    test_pred = booster.predict(X_test, num_iteration=booster.best_iteration)
    print("test auc:", round(roc_auc_score(y_test, test_pred), 5))

    imp = pd.Series(booster.feature_importance("gain"), index=features).sort_values(ascending=False)
    print(imp.head(20).round(1))


if __name__ == "__main__":
    main()
