import warnings
warnings.filterwarnings("ignore")

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import StratifiedKFold
from sklearn.metrics import roc_auc_score, average_precision_score, precision_score, recall_score

TARGET = "is_fraud"
ID = "transaction_id"

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.head())
print(train.dtypes)
print("positives:", train[TARGET].sum(), "of", len(train))

# quick look at a few relationships
print(train.groupby("chargeback_flag")[TARGET].mean())
print(train.groupby(pd.cut(train["card_age_days"], [0, 7, 30, 90, 365, 10_000]))[TARGET].mean())

cat_cols = ["merchant_category", "country", "device_type"]
for frame in (train, test):
    for c in cat_cols:
        frame[c] = frame[c].astype("category")

drop = [TARGET, ID, "card_id"]
features = [c for c in train.columns if c not in drop]
print("features:", features)

X = train[features]
y = train[TARGET].values

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=11)
oof = np.zeros(len(train))
oof_dummy = np.zeros(len(train))
test_pred = np.zeros(len(test))

params = {
    "objective": "binary",
    "learning_rate": 0.05,
    "num_leaves": 63,
    "min_child_samples": 40,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "is_unbalance": True,
    "verbose": -1,
}

for fold, (tr_idx, va_idx) in enumerate(skf.split(X, y)):
    X_tr, X_va = X.iloc[tr_idx], X.iloc[va_idx]
    y_tr, y_va = y[tr_idx], y[va_idx]

    clf = lgb.LGBMClassifier(n_estimators=500, **params)
    clf.fit(X_tr, y_tr, categorical_feature=cat_cols)
    oof[va_idx] = clf.predict_proba(X_va)[:, 1]
    test_pred += clf.predict_proba(test[features])[:, 1] / skf.n_splits

    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
    oof_dummy[va_idx] = dummy.predict_proba(X_va)[:, 1]

    print(f"fold {fold}: AUC={roc_auc_score(y_va, oof[va_idx]):.4f} AP={average_precision_score(y_va, oof[va_idx]):.4f}")

print("=" * 40)
print("OOF AUC  :", roc_auc_score(y, oof))
print("OOF AP   :", average_precision_score(y, oof))
print("dummy AP :", average_precision_score(y, oof_dummy))

# alert budget: 1.5% of transactions
budget = int(0.015 * len(oof))
cut = np.sort(oof)[::-1][budget - 1]
flag = (oof >= cut).astype(int)
print(f"at budget {budget}: precision={precision_score(y, flag):.3f} recall={recall_score(y, flag):.3f}")

pd.DataFrame({ID: test[ID], "prediction": test_pred}).to_csv("predictions.csv", index=False)
