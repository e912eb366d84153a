# Purchase conversion per session -- LightGBM with visitor profile features
#
# Visitors behave very differently (browsers vs. buyers), so on top of the
# session counters I describe each visitor with a small profile.  Holdout is
# the last months and only brand-new visitors, so no visitor is on both sides.

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

TARGET = "purchased"
TIME = "session_ts"
NOT_FEATURES = ["session_id", "visitor_id", TIME, "order_total", "payment_type", TARGET]
CAT_COLS = ["device", "traffic_source", "country", "landing_page_type"]
CUTOFF = pd.Timestamp("2023-10-01")

PARAMS = dict(n_estimators=400, learning_rate=0.03, num_leaves=31,
              min_child_samples=50, subsample=0.8, subsample_freq=1,
              colsample_bytree=0.8, reg_lambda=1.0, random_state=7, verbose=-1)


def load(path):
    df = pd.read_csv(path, parse_dates=[TIME])
    return df.sort_values(["visitor_id", TIME]).reset_index(drop=True)


def visitor_profile(df):
    """How engaged is this visitor overall?"""
    g = df.groupby("visitor_id")
    df["v_sessions"] = g["session_id"].transform("count")
    df["v_cart_adds"] = g["cart_adds"].transform("sum")
    df["v_product_views"] = g["product_views"].transform("sum")
    df["v_avg_duration"] = g["session_duration_sec"].transform("mean")
    df["v_span_days"] = (g[TIME].transform("max") - g[TIME].transform("min")).dt.days
    df["v_logged_in_share"] = g["is_logged_in"].transform("mean")
    df["session_no"] = g.cumcount() + 1
    df["share_of_visits"] = df["session_no"] / df["v_sessions"]
    return df


def basic_features(df):
    df["hour"] = df[TIME].dt.hour
    df["weekday"] = df[TIME].dt.weekday
    df["log_duration"] = np.log1p(df["session_duration_sec"])
    df["views_per_page"] = df["product_views"] / df["pages_viewed"].clip(lower=1)
    return df


def to_matrix(df):
    X = df.drop(columns=[c for c in NOT_FEATURES if c in df.columns])
    X = pd.get_dummies(X, columns=CAT_COLS, dummy_na=True)
    return X.astype(float)


def scores(y, p):
    return {
        "roc_auc": roc_auc_score(y, p),
        "pr_auc": average_precision_score(y, p),
        "logloss": log_loss(y, np.clip(p, 1e-6, 1 - 1e-6)),
    }


df = load("train.csv")
df = basic_features(visitor_profile(df))
print(df.shape, "conversion rate:", round(df[TARGET].mean(), 4))

before = df[TIME] < CUTOFF
train_df = df[before]
test_df = df[~before & ~df["visitor_id"].isin(df.loc[before, "visitor_id"])]
print(f"train {len(train_df)} sessions / holdout {len(test_df)} sessions")

X_all = to_matrix(df)
X_train, y_train = X_all.loc[train_df.index], train_df[TARGET]
X_test, y_test = X_all.loc[test_df.index], test_df[TARGET]

rows = {}
base = DummyClassifier(strategy="prior").fit(X_train, y_train)
rows["baseline (prior)"] = scores(y_test, base.predict_proba(X_test)[:, 1])

model = lgb.LGBMClassifier(**PARAMS).fit(X_train, y_train)
p_test = model.predict_proba(X_test)[:, 1]
rows["lightgbm + profile"] = scores(y_test, p_test)

table = pd.DataFrame(rows).T
print(table.round(4))

imp = (pd.Series(model.booster_.feature_importance("gain"), index=X_train.columns)
         .sort_values(ascending=False))
print("\ngain importance\n", (imp / imp.sum()).head(12).round(3))

# conversion by profile bucket, sanity check of the new features
chk = test_df.assign(p=p_test)
print(chk.groupby(pd.cut(chk["v_sessions"], [0, 1, 2, 4, 8, 1000]))[[TARGET, "p"]].mean().round(4))

# submission
sub = pd.read_csv("test.csv", parse_dates=[TIME])
both = pd.concat([df[sub.columns.intersection(df.columns)].assign(_lab=1), sub.assign(_lab=0)],
                 ignore_index=True)
both = basic_features(visitor_profile(both.sort_values(["visitor_id", TIME]).reset_index(drop=True)))
Xb = to_matrix(both.drop(columns="_lab")).reindex(columns=X_all.columns, fill_value=0.0)
final = lgb.LGBMClassifier(**PARAMS).fit(X_all, df[TARGET])
out = both["_lab"] == 0
pd.DataFrame({"session_id": both.loc[out, "session_id"],
              "prediction": final.predict_proba(Xb[out])[:, 1]}).to_csv("predictions.csv", index=False)
