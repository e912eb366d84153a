"""Card-transaction fraud model (Sparkov simulated data, fraudTrain.csv).

Columns used: trans_date_trans_time, cc_num, category, amt, city_pop, is_fraud
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

SRC = "fraudTrain.csv"


def load(path=SRC):
    tx = pd.read_csv(path, usecols=["trans_date_trans_time", "cc_num", "category",
                                    "amt", "city_pop", "is_fraud"])
    tx["ts"] = pd.to_datetime(tx["trans_date_trans_time"])
    tx = tx.sort_values("ts").reset_index(drop=True)
    return tx


def card_features(tx):
    tx = tx.copy()
    tx["hour"] = tx["ts"].dt.hour
    tx["dow"] = tx["ts"].dt.dayofweek
    g = tx.groupby("cc_num")["amt"]
    tx["card_mean_amt"] = g.transform("mean")
    tx["card_std_amt"] = g.transform("std").fillna(0)
    tx["card_n_tx"] = g.transform("count")
    tx["amt_vs_card"] = tx["amt"] / (tx["card_mean_amt"] + 1)
    tx["log_amt"] = np.log1p(tx["amt"])
    tx = pd.get_dummies(tx, columns=["category"], prefix="cat")
    return tx


def time_split(tx, frac=0.8):
    cut = tx["ts"].quantile(frac)
    return tx[tx["ts"] < cut], tx[tx["ts"] >= cut]


if __name__ == "__main__":
    tx = card_features(load())
    train, test = time_split(tx)
    feats = [c for c in tx.columns if c not in ("trans_date_trans_time", "ts", "cc_num", "is_fraud")]
    print(len(train), len(test), train["is_fraud"].mean(), test["is_fraud"].mean())

    dummy = DummyClassifier(strategy="prior").fit(train[feats], train["is_fraud"])
    print("prior baseline AP:", average_precision_score(test["is_fraud"], dummy.predict_proba(test[feats])[:, 1]))

    model = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.05, num_leaves=63,
                               is_unbalance=True, random_state=1, verbose=-1)
    model.fit(train[feats], train["is_fraud"])
    p = model.predict_proba(test[feats])[:, 1]
    print("LGBM AUC:", round(roc_auc_score(test["is_fraud"], p), 4))
    print("LGBM AP :", round(average_precision_score(test["is_fraud"], p), 4))
