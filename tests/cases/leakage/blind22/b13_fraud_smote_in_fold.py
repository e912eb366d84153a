"""Card fraud: scaling and SMOTE learned per fold on the training part, XGBoost."""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import RobustScaler
from xgboost import XGBClassifier

SEED = 99
LABEL = "Class"

data = pd.read_csv("train.csv")
data["hour"] = (data["Time"] % 86400) // 3600
data["log_amount"] = np.log1p(data["Amount"])
data = data.drop(columns=["Time"])

X = data.drop(columns=[LABEL])
y = data[LABEL].values
scale_cols = ["Amount", "log_amount"]
print(f"{len(y)} transactions, fraud share {y.mean():.5f}")

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
oof = np.zeros(len(y))
oof_dummy = np.zeros(len(y))

for k, (tr, va) in enumerate(skf.split(X, y)):
    X_tr, X_va = X.iloc[tr].copy(), X.iloc[va].copy()
    y_tr, y_va = y[tr], y[va]

    scaler = RobustScaler().fit(X_tr[scale_cols])
    X_tr[scale_cols] = scaler.transform(X_tr[scale_cols])
    X_va[scale_cols] = scaler.transform(X_va[scale_cols])

    X_res, y_res = SMOTE(sampling_strategy=0.1, random_state=SEED + k).fit_resample(X_tr, y_tr)

    clf = XGBClassifier(
        n_estimators=600,
        max_depth=5,
        learning_rate=0.05,
        subsample=0.8,
        colsample_bytree=0.8,
        eval_metric="aucpr",
        tree_method="hist",
        random_state=SEED,
    )
    clf.fit(X_res, y_res)
    oof[va] = clf.predict_proba(X_va)[:, 1]
    oof_dummy[va] = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_va)[:, 1]
    print(f"fold {k}: PR-AUC {average_precision_score(y_va, oof[va]):.4f} (train rows after SMOTE: {len(y_res)})")

print("                 ROC-AUC   PR-AUC")
print(f"dummy (prior)    {roc_auc_score(y, oof_dummy):.4f}    {average_precision_score(y, oof_dummy):.4f}")
print(f"xgb + smote      {roc_auc_score(y, oof):.4f}    {average_precision_score(y, oof):.4f}")
