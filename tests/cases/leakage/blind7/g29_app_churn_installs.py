"""App churn model on install-level usage snapshots.

installs.csv: install_id, user_id, platform, app_version, country, plan,
sessions_30d, minutes_30d, crashes_30d, push_opt_in, notifications_30d,
support_tickets_30d, days_since_install, churned (0/1)

A user can have several installs (phone + tablet, reinstalls).
"""
import json

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold, cross_val_score, train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

CONFIG = {
    "path": "data/installs.csv",
    "test_size": 0.2,
    "seed": 8,
    "lgbm": {"n_estimators": 400, "learning_rate": 0.05, "num_leaves": 31, "subsample": 0.8,
             "subsample_freq": 1, "colsample_bytree": 0.8},
}

NUMERIC = ["sessions_30d", "minutes_30d", "crashes_30d", "notifications_30d", "support_tickets_30d",
           "days_since_install", "minutes_per_session", "crash_rate", "log_minutes"]
CATEGORICAL = ["platform", "app_version", "country", "plan", "push_opt_in"]


def load(path):
    df = pd.read_csv(path)
    print(df.shape, "| users:", df["user_id"].nunique(), "| churn rate: %.3f" % df["churned"].mean())
    installs_per_user = df.groupby("user_id").size()
    print("installs per user:\n", installs_per_user.value_counts().sort_index().head(8))
    return df


def engineer(df):
    df = df.copy()
    df["minutes_per_session"] = df["minutes_30d"] / df["sessions_30d"].clip(lower=1)
    df["crash_rate"] = df["crashes_30d"] / df["sessions_30d"].clip(lower=1)
    df["log_minutes"] = np.log1p(df["minutes_30d"])
    df["push_opt_in"] = df["push_opt_in"].astype(str)
    return df


def prepare_data(cfg):
    df = engineer(load(cfg["path"]))
    X = df[NUMERIC + CATEGORICAL]
    y = df["churned"]
    X_train, X_test, y_train, y_test = train_test_split(
        X, y, test_size=cfg["test_size"], stratify=y, random_state=cfg["seed"]
    )
    return X_train, X_test, y_train, y_test


def make_models(cfg):
    pre = ColumnTransformer([
        ("num", StandardScaler(), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=20), CATEGORICAL),
    ])
    return {
        "logreg": Pipeline([("pre", pre), ("clf", LogisticRegression(max_iter=2000, C=0.5))]),
        "lgbm": Pipeline([("pre", pre), ("clf", LGBMClassifier(random_state=cfg["seed"], verbose=-1, **cfg["lgbm"]))]),
    }


def main(cfg):
    X_train, X_test, y_train, y_test = prepare_data(cfg)
    cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=cfg["seed"])

    cv_auc = {}
    for name, model in make_models(cfg).items():
        cv_auc[name] = cross_val_score(model, X_train, y_train, cv=cv, scoring="roc_auc").mean()
        print(f"{name}: CV ROC AUC {cv_auc[name]:.4f}")

    best = max(cv_auc, key=cv_auc.get)
    model = make_models(cfg)[best].fit(X_train, y_train)
    proba = model.predict_proba(X_test)[:, 1]
    result = {
        "model": best,
        "test_roc_auc": roc_auc_score(y_test, proba),
        "test_pr_auc": average_precision_score(y_test, proba),
        "test_f1@0.5": f1_score(y_test, (proba >= 0.5).astype(int)),
        "churn_rate_test": float(y_test.mean()),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main(CONFIG)
