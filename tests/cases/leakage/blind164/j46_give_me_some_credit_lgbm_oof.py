"""Give Me Some Credit (Kaggle 2011): probability of serious delinquency within two years.

5-fold stratified out-of-fold evaluation of LightGBM against a prior-only dummy model,
then a refit on all training rows for the cs-test.csv submission.
"""
from pathlib import Path

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold

DATA = Path("data")
TARGET = "SeriousDlqin2yrs"

train = pd.read_csv(DATA / "cs-training.csv", index_col=0)
test = pd.read_csv(DATA / "cs-test.csv", index_col=0)
print(train.shape, test.shape, "positive rate", round(train[TARGET].mean(), 4))

LATE = ["NumberOfTime30-59DaysPastDueNotWorse", "NumberOfTime60-89DaysPastDueNotWorse", "NumberOfTimes90DaysLate"]


def features(df):
    out = df.drop(columns=[TARGET], errors="ignore").copy()
    # 96 / 98 are sentinel codes in the late-payment counters
    for col in LATE:
        out[col] = out[col].where(out[col] < 90, np.nan)
    out["income_missing"] = out["MonthlyIncome"].isna().astype(int)
    out["RevolvingUtilizationOfUnsecuredLines"] = out["RevolvingUtilizationOfUnsecuredLines"].clip(upper=5)
    out["total_late"] = out[LATE].sum(axis=1, min_count=1)
    out["debt_amount"] = out["DebtRatio"] * out["MonthlyIncome"]
    out["income_per_person"] = out["MonthlyIncome"] / (out["NumberOfDependents"].fillna(0) + 1)
    out["age"] = out["age"].clip(lower=18)
    return out


X = features(train)
y = train[TARGET].values
X_test = features(test)

params = dict(n_estimators=600, learning_rate=0.02, num_leaves=31, min_child_samples=100,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=5.0, verbose=-1)

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=2011)
oof = np.zeros(len(X))
oof_dummy = np.zeros(len(X))
for fold, (tr, va) in enumerate(skf.split(X, y)):
    m = lgb.LGBMClassifier(**params, random_state=fold)
    m.fit(X.iloc[tr], y[tr])
    oof[va] = m.predict_proba(X.iloc[va])[:, 1]
    d = DummyClassifier(strategy="prior").fit(X.iloc[tr], y[tr])
    oof_dummy[va] = d.predict_proba(X.iloc[va])[:, 1]
    print(f"fold {fold}: AUC {roc_auc_score(y[va], oof[va]):.4f}")

print(f"OOF AUC  LightGBM {roc_auc_score(y, oof):.4f}   dummy prior {roc_auc_score(y, oof_dummy):.4f}")

final = lgb.LGBMClassifier(**params, random_state=0).fit(X, y)
sub = pd.DataFrame({"Id": X_test.index, "Probability": final.predict_proba(X_test)[:, 1]})
sub.to_csv("submission.csv", index=False)
print("saved", len(sub), "rows")
