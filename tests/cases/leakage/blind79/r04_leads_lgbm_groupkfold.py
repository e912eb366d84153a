"""Lead conversion scoring - LightGBM with account-level CV.

Several leads share an account, so folds are built on account_id.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import GroupKFold
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "converted"
DROP = ["lead_id", "account_id", "opportunity_stage", "close_reason", "contract_value", TARGET]
CATS = ["lead_source", "industry", "employee_band", "country", "job_title_level"]

PARAMS = dict(objective="binary", learning_rate=0.03, num_leaves=31, min_child_samples=40,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, n_estimators=600, verbose=-1)


def lift_at(y, p, frac=0.1):
    k = max(1, int(len(y) * frac))
    top = np.argsort(-p)[:k]
    return y[top].mean() / y.mean()


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
for c in CATS:
    train[c] = train[c].astype("category")
    test[c] = pd.Categorical(test[c], categories=train[c].cat.categories)

features = [c for c in train.columns if c not in DROP]
X = train[features]
y = train[TARGET].values
groups = train["account_id"].values

oof = np.zeros(len(train))
oof_base = np.zeros(len(train))
fold_rows = []
for k, (tr, va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    m = lgb.LGBMClassifier(**PARAMS)
    m.fit(X.iloc[tr], y[tr], categorical_feature=CATS)
    oof[va] = m.predict_proba(X.iloc[va])[:, 1]
    # baseline: training-fold conversion rate for everyone
    oof_base[va] = y[tr].mean()
    fold_rows.append({
        "fold": k,
        "auc": roc_auc_score(y[va], oof[va]),
        "pr_auc": average_precision_score(y[va], oof[va]),
        "pr_auc_baseline": average_precision_score(y[va], oof_base[va]),
        "lift@10%": lift_at(y[va], oof[va]),
    })

folds = pd.DataFrame(fold_rows)
print(folds.round(3))
print(folds.mean().round(3))
print("OOF AUC lgbm    :", round(roc_auc_score(y, oof), 4))
print("OOF AUC baseline:", round(roc_auc_score(y, oof_base), 4))

final = lgb.LGBMClassifier(**PARAMS).fit(X, y, categorical_feature=CATS)
pd.DataFrame({"lead_id": test["lead_id"],
              "prediction": final.predict_proba(test[features])[:, 1]}).to_csv("predictions.csv", index=False)
