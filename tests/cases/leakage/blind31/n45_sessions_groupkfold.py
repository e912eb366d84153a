"""Session conversion model, evaluated on unseen shoppers.

User-level aggregates are useful features, but only if every session of a shopper stays
on one side of each split -> GroupKFold on user_id, and a final hold-out of users.
"""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold, GroupShuffleSplit, cross_validate

FEATURES = ["pages_viewed", "duration_s", "is_mobile", "n_cart_adds", "n_searches", "referrer_code",
            "user_n_sessions", "user_mean_pages", "user_mean_duration", "pages_vs_user"]


def add_user_aggregates(df):
    g = df.groupby("user_id")
    return df.assign(
        user_n_sessions=g["session_id"].transform("count"),
        user_mean_pages=g["pages_viewed"].transform("mean"),
        user_mean_duration=g["duration_s"].transform("mean"),
        pages_vs_user=lambda d: d["pages_viewed"] / d["user_mean_pages"],
    )


sessions = add_user_aggregates(pd.read_csv("sessions.csv"))
X, y, users = sessions[FEATURES], sessions["converted"], sessions["user_id"]

outer = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
dev_idx, hold_idx = next(outer.split(X, y, groups=users))
X_dev, y_dev, g_dev = X.iloc[dev_idx], y.iloc[dev_idx], users.iloc[dev_idx]
X_hold, y_hold = X.iloc[hold_idx], y.iloc[hold_idx]
assert not set(g_dev) & set(users.iloc[hold_idx])

model = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, random_state=0)
cv = GroupKFold(n_splits=5)
res = cross_validate(model, X_dev, y_dev, groups=g_dev, cv=cv, scoring=["roc_auc", "average_precision"])
print("grouped CV AUC %.4f +/- %.4f" % (res["test_roc_auc"].mean(), res["test_roc_auc"].std()))
print("grouped CV AP  %.4f +/- %.4f" % (res["test_average_precision"].mean(), res["test_average_precision"].std()))

model.fit(X_dev, y_dev)
p = model.predict_proba(X_hold)[:, 1]
p0 = DummyClassifier(strategy="prior").fit(X_dev, y_dev).predict_proba(X_hold)[:, 1]
print("hold-out users: AUC %.4f  AP %.4f  | prior AP %.4f" % (
    roc_auc_score(y_hold, p), average_precision_score(y_hold, p), average_precision_score(y_hold, p0)))

conv_by_bucket = pd.DataFrame({"p": p, "y": y_hold.to_numpy()})
conv_by_bucket["bucket"] = pd.qcut(conv_by_bucket["p"], 5, labels=False, duplicates="drop")
print(conv_by_bucket.groupby("bucket")["y"].agg(["mean", "size"]))
print(np.round(np.corrcoef(p, y_hold)[0, 1], 3))
