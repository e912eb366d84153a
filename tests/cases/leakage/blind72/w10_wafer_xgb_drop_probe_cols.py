# Low-yield wafer classifier, XGBoost on the inline/FDC data.
# Evaluation: 5-fold GroupKFold on lot_id (wafers from one lot are correlated).
# probe_yield_pct / bin_fail_count come from wafer sort, i.e. after the fact -> not usable.

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.model_selection import GroupKFold
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "low_yield"
POST_PROBE = ["probe_yield_pct", "bin_fail_count"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.dtypes.value_counts())

# one-hot the categorical process context
cats = ["tool_id", "chamber", "recipe"]
full = pd.get_dummies(pd.concat([train, test], keys=["tr", "te"]), columns=cats, dtype=float)
tr_df = full.xs("tr")
te_df = full.xs("te")

X = tr_df.drop(columns=[TARGET, "wafer_id", "lot_id"] + POST_PROBE)
y = tr_df[TARGET].astype(int)
groups = tr_df["lot_id"]
print("n features:", X.shape[1])

params = dict(
    n_estimators=600,
    learning_rate=0.03,
    max_depth=5,
    subsample=0.8,
    colsample_bytree=0.7,
    min_child_weight=3,
    scale_pos_weight=(y == 0).sum() / (y == 1).sum(),
    eval_metric="logloss",
    n_jobs=4,
)

fold_auc, fold_ap = [], []
for k, (i_tr, i_va) in enumerate(GroupKFold(n_splits=5).split(X, y, groups)):
    m = xgb.XGBClassifier(**params, random_state=k)
    m.fit(X.iloc[i_tr], y.iloc[i_tr])
    p = m.predict_proba(X.iloc[i_va])[:, 1]
    fold_auc.append(roc_auc_score(y.iloc[i_va], p))
    fold_ap.append(average_precision_score(y.iloc[i_va], p))
    print(f"[fold {k}] auc {fold_auc[-1]:.4f} ap {fold_ap[-1]:.4f}")

print("mean AUC %.4f (sd %.4f)" % (np.mean(fold_auc), np.std(fold_auc)))
print("mean AP  %.4f (sd %.4f)" % (np.mean(fold_ap), np.std(fold_ap)))

model = xgb.XGBClassifier(**params, random_state=0)
model.fit(X, y)
gain = pd.Series(model.get_booster().get_score(importance_type="gain")).sort_values(ascending=False)
print(gain.head(15))

X_te = te_df.reindex(columns=X.columns)
pd.DataFrame({"wafer_id": te_df["wafer_id"].values,
              "prediction": model.predict_proba(X_te)[:, 1]}).to_csv("predictions.csv", index=False)
