# Playground S3E4 - Credit Card Fraud (ROC AUC)
# XGBoost on V1..V28 + Amount, SMOTE for the minority class, 5-fold stratified CV.
import gc
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.model_selection import StratifiedKFold
from xgboost import XGBClassifier

SEED = 2023
TARGET = "Class"

train = pd.read_csv("/kaggle/input/playground-series-s3e4/train.csv")
test = pd.read_csv("/kaggle/input/playground-series-s3e4/test.csv")
orig = pd.read_csv("/kaggle/input/creditcardfraud/creditcard.csv")

print(train.shape, test.shape, orig.shape)
print(train[TARGET].value_counts())
print("fraud share:", train[TARGET].mean().round(5), "| original:", orig[TARGET].mean().round(5))

fig, ax = plt.subplots(1, 2, figsize=(12, 4))
sns.histplot(np.log1p(train["Amount"]), bins=60, ax=ax[0])
sns.boxplot(data=train, x=TARGET, y="V14", ax=ax[1])
plt.tight_layout()
plt.savefig("eda.png")

train = pd.concat([train.drop(columns="id"), orig], ignore_index=True)
train = train.drop_duplicates(subset=[f"V{i}" for i in range(1, 29)] + ["Amount"]).reset_index(drop=True)

V_COLS = [f"V{i}" for i in range(1, 29)]


def make_features(df):
    df = df.copy()
    df["log_amount"] = np.log1p(df["Amount"])
    df["v_abs_sum"] = df[V_COLS].abs().sum(axis=1)
    df["v_neg_cnt"] = (df[V_COLS] < -3).sum(axis=1)
    df["v14_v17"] = df["V14"] * df["V17"]
    df["v10_v12"] = df["V10"] + df["V12"]
    return df


train = make_features(train)
test = make_features(test)
FEATURES = V_COLS + ["log_amount", "v_abs_sum", "v_neg_cnt", "v14_v17", "v10_v12"]

X = train[FEATURES].values
y = train[TARGET].values
X_test = test[FEATURES].values

X, y = SMOTE(sampling_strategy=0.1, k_neighbors=5, random_state=SEED).fit_resample(X, y)
print("after SMOTE:", X.shape, np.bincount(y))

params = dict(
    n_estimators=600,
    learning_rate=0.03,
    max_depth=5,
    subsample=0.8,
    colsample_bytree=0.6,
    min_child_weight=3,
    reg_lambda=2.0,
    eval_metric="auc",
    tree_method="hist",
    n_jobs=-1,
)

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
oof = np.zeros(len(X))
oof_dummy = np.zeros(len(X))
test_pred = np.zeros(len(X_test))

for fold, (tr_idx, va_idx) in enumerate(skf.split(X, y)):
    X_tr, y_tr = X[tr_idx], y[tr_idx]
    X_va, y_va = X[va_idx], y[va_idx]

    model = XGBClassifier(**params, random_state=SEED + fold)
    model.fit(X_tr, y_tr, verbose=False)
    oof[va_idx] = model.predict_proba(X_va)[:, 1]
    test_pred += model.predict_proba(X_test)[:, 1] / skf.n_splits

    dummy = DummyClassifier(strategy="stratified", random_state=SEED).fit(X_tr, y_tr)
    oof_dummy[va_idx] = dummy.predict_proba(X_va)[:, 1]

    print(f"fold {fold}: AUC={roc_auc_score(y_va, oof[va_idx]):.4f} "
          f"AP={average_precision_score(y_va, oof[va_idx]):.4f}")
    gc.collect()

print(f"OOF AUC  : {roc_auc_score(y, oof):.5f}")
print(f"OOF AP   : {average_precision_score(y, oof):.5f}")
print(f"Dummy AUC: {roc_auc_score(y, oof_dummy):.5f}  AP: {average_precision_score(y, oof_dummy):.5f}")

sub = pd.DataFrame({"id": test["id"], TARGET: test_pred})
sub.to_csv("submission.csv", index=False)
print(sub.describe())
