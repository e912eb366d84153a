"""
Card fraud – LightGBM + SMOTE-NC style oversampling.

Pipeline
--------
1. calendar / amount features, one-hot categoricals
2. 80/20 stratified hold-out
3. SMOTE on the training part (the hold-out keeps the natural 3 % fraud rate)
4. 5-fold CV for a stability estimate, then hold-out score, then refit for submission
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split

RS = 2023
CATEGORICAL = ["merchant_category", "country", "device"]


def engineer(frame: pd.DataFrame) -> pd.DataFrame:
    ts = pd.to_datetime(frame["transaction_time"])
    base = pd.DataFrame(
        {
            "log_amount": np.log1p(frame["amount"].fillna(0)),
            "hour": ts.dt.hour,
            "dow": ts.dt.dayofweek,
            "is_weekend": (ts.dt.dayofweek >= 5).astype(int),
            "cents_zero": ((frame["amount"].fillna(0) * 100) % 100 == 0).astype(int),
        },
        index=frame.index,
    )
    return base.join(pd.get_dummies(frame[CATEGORICAL].fillna("NA"), dtype=float))


raw = pd.read_csv("train.csv")
raw_test = pd.read_csv("test.csv")

X = engineer(raw)
y = raw["is_fraud"]
X_sub = engineer(raw_test).reindex(columns=X.columns, fill_value=0.0)

X_tr, X_ho, y_tr, y_ho = train_test_split(X, y, test_size=0.2, stratify=y, random_state=RS)

# oversample the fraud class in the training part only
smote = SMOTE(sampling_strategy=0.25, k_neighbors=5, random_state=RS)
X_tr_res, y_tr_res = smote.fit_resample(X_tr, y_tr)
print(f"train before SMOTE: {len(y_tr)} rows, {y_tr.mean():.3%} fraud")
print(f"train after SMOTE:  {len(y_tr_res)} rows, {y_tr_res.mean():.3%} fraud")

lgbm = LGBMClassifier(
    n_estimators=500,
    learning_rate=0.05,
    num_leaves=48,
    min_child_samples=30,
    reg_lambda=1.0,
    colsample_bytree=0.8,
    random_state=RS,
    verbose=-1,
)

# stability estimate
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=RS)
cv_auc = cross_val_score(lgbm, X_tr_res, y_tr_res, cv=cv, scoring="roc_auc")
cv_ap = cross_val_score(lgbm, X_tr_res, y_tr_res, cv=cv, scoring="average_precision")
print(f"CV ROC AUC {cv_auc.mean():.4f} ± {cv_auc.std():.4f}")
print(f"CV AP      {cv_ap.mean():.4f} ± {cv_ap.std():.4f}")

# hold-out
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
lgbm.fit(X_tr_res, y_tr_res)
p_dummy = dummy.predict_proba(X_ho)[:, 1]
p_lgbm = lgbm.predict_proba(X_ho)[:, 1]
print(f"hold-out dummy ROC AUC {roc_auc_score(y_ho, p_dummy):.4f}  AP {average_precision_score(y_ho, p_dummy):.4f}")
print(f"hold-out lgbm  ROC AUC {roc_auc_score(y_ho, p_lgbm):.4f}  AP {average_precision_score(y_ho, p_lgbm):.4f}")

# refit on the full (resampled) training file
X_full, y_full = SMOTE(sampling_strategy=0.25, random_state=RS).fit_resample(X, y)
lgbm.fit(X_full, y_full)
pd.DataFrame(
    {"transaction_id": raw_test["transaction_id"], "prediction": lgbm.predict_proba(X_sub)[:, 1]}
).to_csv("predictions.csv", index=False)
