"""Session-level conversion model for a shopping app (one row per session)."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import roc_auc_score, log_loss
from sklearn.model_selection import StratifiedKFold

TARGET = "converted"

sessions = pd.read_csv("sessions.csv")
print(sessions.shape)

per_user = sessions.groupby("user_id").size()
print("sessions per user:")
print(per_user.describe(percentiles=[0.5, 0.9, 0.99]).round(1))
print("users with 10+ sessions:", int((per_user >= 10).sum()))

sessions["pages_per_min"] = sessions["pages_viewed"] / sessions["duration_sec"].clip(lower=1) * 60
sessions["cart_adds_share"] = sessions["cart_adds"] / sessions["product_views"].clip(lower=1)
sessions["searched"] = (sessions["n_searches"] > 0).astype(int)
sessions["used_coupon_page"] = sessions["coupon_page_views"].gt(0).astype(int)
sessions["log_duration"] = np.log1p(sessions["duration_sec"])
sessions = pd.get_dummies(sessions, columns=["device", "traffic_source", "os"], dtype=np.uint8)

FEATURES = [c for c in sessions.columns if c not in ("session_id", "user_id", TARGET, "session_start")]
X = sessions[FEATURES]
y = sessions[TARGET].values

params = {
    "objective": "binary",
    "learning_rate": 0.05,
    "num_leaves": 63,
    "min_data_in_leaf": 50,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "verbose": -1,
}

skf = StratifiedKFold(n_splits=5, shuffle=True, random_state=2)
oof = np.zeros(len(X))
for fold, (trn, val) in enumerate(skf.split(X, y)):
    gbm = lgb.train(
        params,
        lgb.Dataset(X.iloc[trn], y[trn]),
        num_boost_round=2000,
        valid_sets=[lgb.Dataset(X.iloc[val], y[val])],
        callbacks=[lgb.early_stopping(100, verbose=False)],
    )
    oof[val] = gbm.predict(X.iloc[val], num_iteration=gbm.best_iteration)
    print(f"fold {fold}: AUC {roc_auc_score(y[val], oof[val]):.4f}")

print(f"OOF AUC {roc_auc_score(y, oof):.4f}  logloss {log_loss(y, oof):.4f}")
