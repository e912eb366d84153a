# user_adoption.py (v2)
# Will a seat holder start using the new Dashboards module within 60 days of launch?
# One row per licensed user; users belong to customer accounts.
# The evaluation set is made of whole accounts the model has never seen.

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.model_selection import GroupShuffleSplit

CFG = {
    "users": "product/dashboards_launch_users.parquet",
    "target": "used_dashboards_60d",
    "entity": "account_id",
    "xgb": dict(n_estimators=600, max_depth=5, learning_rate=0.03, subsample=0.8,
                colsample_bytree=0.8, eval_metric="auc"),
}


def engineer(df, entity):
    g = df.groupby(entity)
    df["account_seats"] = g["user_id"].transform("count")
    df["account_admin_share"] = g["is_admin"].transform("mean")
    df["account_avg_sessions"] = g["sessions_30d"].transform("mean")
    df["sessions_vs_account"] = df["sessions_30d"] - df["account_avg_sessions"]
    df["reports_per_session"] = df["reports_built_30d"] / df["sessions_30d"].clip(lower=1)
    return df


def main():
    users = pd.read_parquet(CFG["users"])
    print(users.shape, "rows;", users[CFG["entity"]].nunique(), "accounts")
    print("label rate:", round(users[CFG["target"]].mean(), 4))

    users = engineer(users, CFG["entity"])
    feat_cols = ["sessions_30d", "reports_built_30d", "is_admin", "role_code",
                 "days_since_signup", "mobile_share", "account_seats",
                 "account_admin_share", "account_avg_sessions", "sessions_vs_account",
                 "reports_per_session"]

    gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=42)
    tr_idx, te_idx = next(gss.split(users, users[CFG["target"]], groups=users[CFG["entity"]]))
    train, test = users.iloc[tr_idx], users.iloc[te_idx]
    assert not set(train[CFG["entity"]]) & set(test[CFG["entity"]])

    X_train, y_train = train[feat_cols], train[CFG["target"]]
    X_test, y_test = test[feat_cols], test[CFG["target"]]

    model = xgb.XGBClassifier(**CFG["xgb"])
    model.fit(X_train, y_train)
    p = model.predict_proba(X_test)[:, 1]

    prior = np.full(len(y_test), y_train.mean())
    print("prior AP (= base rate):", round(average_precision_score(y_test, prior), 4))
    print("test AUC:", round(roc_auc_score(y_test, p), 4))
    print("test AP: ", round(average_precision_score(y_test, p), 4))

    top_decile = np.quantile(p, 0.9)
    print("adopters captured in top decile:",
          round(y_test[p >= top_decile].sum() / y_test.sum(), 3))


if __name__ == "__main__":
    main()
