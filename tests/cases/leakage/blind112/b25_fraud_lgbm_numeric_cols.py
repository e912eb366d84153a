"""Card fraud take-home: LightGBM on the numeric + encoded columns.

Run from the bundle folder: python b25_fraud_lgbm_numeric_cols.py
"""
import json

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split

TARGET = "is_fraud"
ID_COL = "transaction_id"
NOT_USED = [TARGET, ID_COL, "card_id", "timestamp"]
SEED = 2024


def add_features(df):
    df = df.copy()
    df["log_amount"] = np.log1p(df["amount"])
    df["amount_to_avg"] = df["amount"] / df["avg_amount_30d"].replace(0, np.nan)
    df["burst"] = (df["txns_last_24h"] >= 5).astype(int)
    for col in ["merchant_category", "device_type"]:
        df[col] = df[col].astype("category")
    return df


def feature_list(df):
    cols = [c for c in df.columns if c not in NOT_USED]
    return [c for c in cols if pd.api.types.is_numeric_dtype(df[c]) or isinstance(df[c].dtype, pd.CategoricalDtype)]


def main():
    train = add_features(pd.read_csv("train.csv"))
    test = add_features(pd.read_csv("test.csv"))
    for c in ["merchant_category", "device_type"]:
        test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)

    print(train.shape, test.shape, "fraud rate", round(train[TARGET].mean(), 4))
    print(train.describe().T)

    feats = feature_list(train)
    print("features:", feats)

    X_tr, X_va, y_tr, y_va = train_test_split(train[feats], train[TARGET], test_size=0.25,
                                              stratify=train[TARGET], random_state=SEED)

    baseline = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    ap_base = average_precision_score(y_va, baseline.predict_proba(X_va)[:, 1])

    params = dict(n_estimators=700, learning_rate=0.03, num_leaves=48, min_child_samples=30,
                  colsample_bytree=0.8, subsample=0.8, subsample_freq=1, reg_alpha=0.1,
                  random_state=SEED, verbose=-1)
    clf = lgb.LGBMClassifier(**params).fit(X_tr, y_tr)
    p_va = clf.predict_proba(X_va)[:, 1]
    ap = average_precision_score(y_va, p_va)
    print(f"validation AP {ap:.4f} (baseline {ap_base:.4f}), ROC AUC {roc_auc_score(y_va, p_va):.4f}")

    gain = pd.Series(clf.booster_.feature_importance("gain"), index=feats).sort_values(ascending=False)
    print((gain / gain.sum()).round(3).head(12))

    final = lgb.LGBMClassifier(**params).fit(train[feats], train[TARGET])
    sub = pd.DataFrame({ID_COL: test[ID_COL], "prediction": final.predict_proba(test[feats])[:, 1]})
    sub.to_csv("predictions.csv", index=False)
    with open("metrics.json", "w") as f:
        json.dump({"average_precision": round(ap, 4)}, f)


if __name__ == "__main__":
    main()
