"""Session -> purchase conversion (take-home for the shop analytics team).

Plan
  * history features built from a visitor's *earlier* sessions only
  * hold out the last months, and only visitors never seen before the cut
    (in production the model mostly scores fresh traffic)
  * compare against a prior-only baseline
  * refit on everything for the submission file
"""
import warnings

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss

warnings.filterwarnings("ignore")

TARGET = "purchased"
TIME = "session_ts"
NOT_FEATURES = ["session_id", "visitor_id", TIME, "order_total", "payment_type", TARGET]
CAT_COLS = ["device", "traffic_source", "country", "landing_page_type"]
CUTOFF = pd.Timestamp("2023-10-01")

PARAMS = dict(
    n_estimators=400,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    reg_lambda=1.0,
    random_state=7,
    verbose=-1,
)


def load(path):
    df = pd.read_csv(path, parse_dates=[TIME])
    return df.sort_values(["visitor_id", TIME]).reset_index(drop=True)


def add_history(df):
    g = df.groupby("visitor_id", sort=False)
    df["n_prev_sessions"] = g.cumcount()
    df["prev_cart_adds"] = g["cart_adds"].cumsum() - df["cart_adds"]
    df["prev_product_views"] = g["product_views"].cumsum() - df["product_views"]
    df["days_since_prev"] = g[TIME].diff().dt.total_seconds() / 86400.0
    df["prev_duration_mean"] = g["session_duration_sec"].transform(
        lambda s: s.shift(1).expanding().mean()
    )
    df["hour"] = df[TIME].dt.hour
    df["weekday"] = df[TIME].dt.weekday
    df["log_duration"] = np.log1p(df["session_duration_sec"])
    return df


def to_matrix(df):
    X = df.drop(columns=[c for c in NOT_FEATURES if c in df.columns])
    X = pd.get_dummies(X, columns=CAT_COLS, dummy_na=True)
    return X.astype(float)


def report(name, y, p):
    auc = roc_auc_score(y, p)
    ap = average_precision_score(y, p)
    ll = log_loss(y, np.clip(p, 1e-6, 1 - 1e-6))
    print(f"{name:<12} roc_auc={auc:.4f}  pr_auc={ap:.4f}  logloss={ll:.4f}")
    return {"model": name, "roc_auc": auc, "pr_auc": ap, "logloss": ll}


df = add_history(load("train.csv"))
print(df.shape, "conversion rate:", round(df[TARGET].mean(), 4))

is_train = df[TIME] < CUTOFF
train_df = df[is_train]
test_df = df[~is_train]
seen_visitors = set(train_df["visitor_id"])
test_df = test_df[~test_df["visitor_id"].isin(seen_visitors)]
print(f"train sessions {len(train_df)}, holdout sessions {len(test_df)} "
      f"({test_df['visitor_id'].nunique()} new visitors)")

X_all = to_matrix(df)
X_train, y_train = X_all.loc[train_df.index], train_df[TARGET]
X_test, y_test = X_all.loc[test_df.index], test_df[TARGET]

results = []
dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
results.append(report("baseline", y_test, dummy.predict_proba(X_test)[:, 1]))

clf = lgb.LGBMClassifier(**PARAMS)
clf.fit(X_train, y_train)
p_test = clf.predict_proba(X_test)[:, 1]
results.append(report("lightgbm", y_test, p_test))

print(pd.DataFrame(results).set_index("model").round(4))

imp = pd.Series(clf.feature_importances_, index=X_train.columns).sort_values(ascending=False)
print("\ntop features\n", imp.head(15))

# lift in the top deciles of scored sessions
dec = pd.qcut(pd.Series(p_test).rank(method="first"), 10, labels=False)
lift = pd.Series(y_test.values).groupby(dec.values).mean() / y_test.mean()
print("\nlift by decile (9 = highest scores)\n", lift.round(2))

# ---------------------------------------------------------------------------
# final model: refit on every labelled session and score the bundle's test.csv
# ---------------------------------------------------------------------------
raw_train = pd.read_csv("train.csv", parse_dates=[TIME])
raw_sub = pd.read_csv("test.csv", parse_dates=[TIME])
full = pd.concat([raw_train.assign(_part="lab"), raw_sub.assign(_part="sub")], ignore_index=True)
full = add_history(full.sort_values(["visitor_id", TIME]).reset_index(drop=True))
X_full = to_matrix(full.drop(columns="_part"))
lab = (full["_part"] == "lab").values

final = lgb.LGBMClassifier(**PARAMS)
final.fit(X_full[lab], full.loc[lab, TARGET].astype(int))
pred = pd.DataFrame({
    "session_id": full.loc[~lab, "session_id"].values,
    "prediction": final.predict_proba(X_full[~lab])[:, 1],
})
pred.to_csv("predictions.csv", index=False)
print("wrote", len(pred), "predictions")
