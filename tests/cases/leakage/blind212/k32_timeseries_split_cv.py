# churn-snapshots: walk-forward CV with TimeSeriesSplit
#
# The task is "predict next month", the test set is Oct-Dec, so random K-fold
# would let the model train on the future. TimeSeriesSplit on month-sorted rows
# always fits on earlier rows and scores later ones.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import TimeSeriesSplit
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score
import lightgbm as lgb

TARGET = "churned_next_month"
FEATS = ["plan", "monthly_charges", "tenure_months", "usage_hours", "support_tickets", "payment_failures"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
df = df.sort_values("snapshot_month", kind="mergesort").reset_index(drop=True)
for d in (df, test):
    d["plan"] = d["plan"].astype("category")

print(df.groupby(df["snapshot_month"].dt.strftime("%Y-%m")).agg(rows=(TARGET, "size"), churn=(TARGET, "mean")))

X, y = df[FEATS], df[TARGET]

tscv = TimeSeriesSplit(n_splits=4)
fold_scores = []
for fold, (tr_idx, va_idx) in enumerate(tscv.split(X)):
    X_tr, X_va = X.iloc[tr_idx], X.iloc[va_idx]
    y_tr, y_va = y.iloc[tr_idx], y.iloc[va_idx]
    m_tr = df.loc[tr_idx, "snapshot_month"]
    m_va = df.loc[va_idx, "snapshot_month"]

    model = lgb.LGBMClassifier(
        n_estimators=400,
        learning_rate=0.03,
        num_leaves=16,
        min_child_samples=50,
        subsample=0.8,
        subsample_freq=1,
        colsample_bytree=0.8,
        scale_pos_weight=4.0,
        random_state=fold,
        verbose=-1,
    )
    model.fit(X_tr, y_tr)
    dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

    p = model.predict_proba(X_va)[:, 1]
    p0 = dummy.predict_proba(X_va)[:, 1]
    row = {
        "fold": fold,
        "fit_months": f"{m_tr.min():%Y-%m}..{m_tr.max():%Y-%m}",
        "score_months": f"{m_va.min():%Y-%m}..{m_va.max():%Y-%m}",
        "auc": roc_auc_score(y_va, p),
        "ap": average_precision_score(y_va, p),
        "auc_dummy": roc_auc_score(y_va, p0),
        "ap_dummy": average_precision_score(y_va, p0),
    }
    fold_scores.append(row)
    print(row)

res = pd.DataFrame(fold_scores)
print(res.round(4).to_string(index=False))
print("mean AUC %.4f | mean AP %.4f | dummy AP %.4f" % (res.auc.mean(), res.ap.mean(), res.ap_dummy.mean()))

res.plot(x="fold", y=["ap", "ap_dummy"], marker="o", title="PR AUC per walk-forward fold")
plt.savefig("cv_folds.png", dpi=80)

final = lgb.LGBMClassifier(
    n_estimators=400,
    learning_rate=0.03,
    num_leaves=16,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    scale_pos_weight=4.0,
    random_state=0,
    verbose=-1,
)
final.fit(X, y)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(test[FEATS])[:, 1]}).to_csv(
    "predictions.csv", index=False
)
