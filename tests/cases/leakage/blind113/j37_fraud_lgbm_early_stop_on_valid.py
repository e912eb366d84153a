# fraud_lgbm.py
# LightGBM with early stopping; writes predictions.csv for test.csv

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 99
CAT = ["merchant_category"]
NUM = ["amount", "hour", "country_mismatch", "card_present", "txns_last_24h",
       "avg_amount_30d", "distance_from_home_km", "device_new"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape, test.shape)
print(df["is_fraud"].value_counts())
print(df[NUM].describe().T[["mean", "std", "min", "max"]])


def build(frame):
    X = frame[NUM + CAT].copy()
    X["merchant_category"] = X["merchant_category"].astype("category")
    X["log_amount"] = np.log1p(X["amount"])
    X["hour_sin"] = np.sin(2 * np.pi * X["hour"] / 24)
    X["hour_cos"] = np.cos(2 * np.pi * X["hour"] / 24)
    return X


X = build(df)
y = df["is_fraud"]
X_dev, X_test, y_dev, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
X_train, X_valid, y_train, y_valid = train_test_split(X_dev, y_dev, test_size=0.2, stratify=y_dev,
                                                      random_state=SEED)
print("train/valid/test:", len(X_train), len(X_valid), len(X_test))

# prior baseline
prior = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("prior AP:", average_precision_score(y_test, prior.predict_proba(X_test)[:, 1]))

params = dict(
    objective="binary", learning_rate=0.03, num_leaves=48, min_child_samples=40,
    feature_fraction=0.8, bagging_fraction=0.8, bagging_freq=1,
    scale_pos_weight=10, n_estimators=5000, random_state=SEED, verbose=-1,
)
model = lgb.LGBMClassifier(**params)
model.fit(
    X_train, y_train,
    eval_set=[(X_valid, y_valid)],
    eval_metric="average_precision",
    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)],
)
print("best iteration:", model.best_iteration_)

p_test = model.predict_proba(X_test, num_iteration=model.best_iteration_)[:, 1]
print("test ROC AUC:", round(roc_auc_score(y_test, p_test), 4))
print("test AP     :", round(average_precision_score(y_test, p_test), 4))

# refit on everything with the found number of trees
final_params = {**params, "n_estimators": model.best_iteration_}
final = lgb.LGBMClassifier(**final_params).fit(X, y)
X_sub = build(test)
X_sub["merchant_category"] = pd.Categorical(X_sub["merchant_category"],
                                            categories=X["merchant_category"].cat.categories)
pd.DataFrame({"transaction_id": test["transaction_id"],
              "prediction": final.predict_proba(X_sub)[:, 1]}).to_csv("predictions.csv", index=False)
print("saved predictions.csv")
