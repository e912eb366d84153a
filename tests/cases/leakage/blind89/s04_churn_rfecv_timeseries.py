"""Churn: RFECV with time-ordered folds on the training window, final check on the last quarter."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import RFECV
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import TimeSeriesSplit

TARGET = "churned"
CUTOFF = pd.Timestamp("2023-10-01")

df = pd.read_csv("train.csv", parse_dates=["snapshot_date"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_date"])
df = df.sort_values("snapshot_date", kind="mergesort").reset_index(drop=True)

usage_cols = [c for c in df.columns if c.startswith(("voice_", "data_", "sms_", "app_", "roam_"))]
base_cols = ["tenure_months", "monthly_charge", "n_lines", "support_tickets_90d", "payment_delays_12m"]


def build(frame):
    out = frame[usage_cols + base_cols].copy()
    out[usage_cols] = out[usage_cols].fillna(0)
    # ratio of the last 4 weeks to the previous 8 weeks of data usage (row-wise)
    recent = frame[[f"data_mb_w{w:02d}" for w in range(1, 5)]].sum(axis=1)
    older = frame[[f"data_mb_w{w:02d}" for w in range(5, 13)]].sum(axis=1)
    out["data_trend"] = recent / (older / 2 + 1)
    for c in ["plan_type", "contract_type"]:
        out = out.join(pd.get_dummies(frame[c], prefix=c, dtype=float))
    return out


X_all = build(df)
X_sub = build(test).reindex(columns=X_all.columns, fill_value=0)
y_all = df[TARGET].astype(int)

train_idx = df["snapshot_date"] < CUTOFF
X_tr, y_tr = X_all[train_idx], y_all[train_idx]
X_te, y_te = X_all[~train_idx], y_all[~train_idx]
print("train rows", len(X_tr), "holdout rows", len(X_te))

estimator = lgb.LGBMClassifier(n_estimators=200, learning_rate=0.05, num_leaves=15,
                               colsample_bytree=0.5, random_state=0, verbose=-1)
selector = RFECV(
    estimator=estimator,
    step=10,
    cv=TimeSeriesSplit(n_splits=4),
    scoring="average_precision",
    min_features_to_select=10,
    n_jobs=-1,
)
selector.fit(X_tr, y_tr)
selected = list(X_tr.columns[selector.support_])
print("optimal number of features:", selector.n_features_)

cv_curve = pd.DataFrame({
    "n_features": selector.cv_results_["n_features"],
    "mean_ap": selector.cv_results_["mean_test_score"],
    "std_ap": selector.cv_results_["std_test_score"],
})
print(cv_curve.tail(15).to_string(index=False))

final_params = dict(n_estimators=500, learning_rate=0.03, num_leaves=31,
                    colsample_bytree=0.7, random_state=0, verbose=-1)
model = lgb.LGBMClassifier(**final_params).fit(X_tr[selected], y_tr)
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

p_model = model.predict_proba(X_te[selected])[:, 1]
p_dummy = dummy.predict_proba(X_te)[:, 1]
print(f"holdout ROC AUC  model {roc_auc_score(y_te, p_model):.4f}  dummy {roc_auc_score(y_te, p_dummy):.4f}")
print(f"holdout PR AUC   model {average_precision_score(y_te, p_model):.4f}  dummy {average_precision_score(y_te, p_dummy):.4f}")

full_model = lgb.LGBMClassifier(**final_params).fit(X_all[selected], y_all)
pd.DataFrame({
    "snapshot_id": test["snapshot_id"],
    "prediction": full_model.predict_proba(X_sub[selected])[:, 1],
}).to_csv("predictions.csv", index=False)
