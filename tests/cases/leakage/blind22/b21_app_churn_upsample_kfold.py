"""Mobile app churn (one row per user snapshot): upsampled minority, CatBoost 5-fold."""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier
from sklearn.metrics import f1_score, roc_auc_score, recall_score
from sklearn.model_selection import KFold
from sklearn.utils import resample

TARGET = "churned_30d"
CAT_FEATURES = ["platform", "country", "acquisition_channel", "plan"]


def load(path):
    df = pd.read_csv(path)
    df["sessions_per_active_day"] = df["sessions_28d"] / df["active_days_28d"].clip(lower=1)
    df["minutes_per_session"] = df["minutes_28d"] / df["sessions_28d"].clip(lower=1)
    df["days_since_last_open"] = df["days_since_last_open"].clip(upper=60)
    df["push_opt_in"] = df["push_opt_in"].astype(int)
    for c in CAT_FEATURES:
        df[c] = df[c].fillna("unknown")
    return df


def balance(df, label, ratio=1.0, seed=0):
    major = df[df[label] == 0]
    minor = df[df[label] == 1]
    minor_up = resample(minor, replace=True, n_samples=int(len(major) * ratio), random_state=seed)
    return pd.concat([major, minor_up]).sample(frac=1.0, random_state=seed).reset_index(drop=True)


users = load("train.csv")
print("churn rate:", round(users[TARGET].mean(), 4))

data = balance(users, TARGET, ratio=0.5)
features = [c for c in data.columns if c not in ("user_id", TARGET)]
X, y = data[features], data[TARGET].values

kf = KFold(n_splits=5, shuffle=True, random_state=10)
oof = np.zeros(len(X))
iters = []
for fold, (tr, va) in enumerate(kf.split(X)):
    model = CatBoostClassifier(
        iterations=3000,
        learning_rate=0.05,
        depth=6,
        l2_leaf_reg=5,
        eval_metric="AUC",
        random_seed=fold,
        verbose=0,
    )
    model.fit(X.iloc[tr], y[tr], cat_features=CAT_FEATURES, eval_set=(X.iloc[va], y[va]), early_stopping_rounds=200)
    oof[va] = model.predict_proba(X.iloc[va])[:, 1]
    iters.append(model.get_best_iteration())
    print(f"fold {fold}: AUC {roc_auc_score(y[va], oof[va]):.4f}")

print(f"OOF AUC    {roc_auc_score(y, oof):.4f}")
print(f"OOF F1     {f1_score(y, oof > 0.5):.4f}")
print(f"OOF recall {recall_score(y, oof > 0.5):.4f}")
print("mean best iteration:", int(np.mean(iters)))
