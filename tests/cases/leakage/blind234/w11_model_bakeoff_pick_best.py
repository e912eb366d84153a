"""Model bake-off for session conversion.

Tries a handful of model families on the same out-of-time / new-visitor
holdout and keeps the best one for the submission.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier, ExtraTreesClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score, average_precision_score
from sklearn.pipeline import make_pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from xgboost import XGBClassifier

RANDOM_STATE = 2024
TARGET = "purchased"


def build_features(df):
    df = df.sort_values(["visitor_id", "session_ts"]).copy()
    grp = df.groupby("visitor_id")
    df["nth_visit"] = grp.cumcount()
    df["prev_gap_h"] = grp["session_ts"].diff().dt.total_seconds().div(3600)
    df["prev_cart_adds"] = grp["cart_adds"].shift(1).fillna(0)
    df["hour"] = df["session_ts"].dt.hour
    df["weekday"] = df["session_ts"].dt.weekday
    df = pd.get_dummies(df, columns=["device", "traffic_source", "landing_page_type"], dtype=float)
    df["country_is_home"] = (df["country"] == "DE").astype(float)
    return df.drop(columns=["country"])


sessions = pd.read_csv("train.csv", parse_dates=["session_ts"])
feat = build_features(sessions)
FEATURES = [c for c in feat.columns
            if c not in {"session_id", "visitor_id", "session_ts", "order_total", "payment_type", TARGET}]

# out-of-time holdout, visitors unseen before the cut
cutoff = feat["session_ts"].quantile(0.75)
train = feat[feat["session_ts"] < cutoff]
holdout = feat[(feat["session_ts"] >= cutoff) & ~feat["visitor_id"].isin(train["visitor_id"])]
X_train, y_train = train[FEATURES], train[TARGET]
X_hold, y_hold = holdout[FEATURES], holdout[TARGET]
print(f"train={len(train):,}  holdout={len(holdout):,}  holdout conv={y_hold.mean():.3%}")

candidates = {
    "dummy": DummyClassifier(strategy="prior"),
    "logreg": make_pipeline(SimpleImputer(strategy="median"), StandardScaler(),
                            LogisticRegression(C=0.5, max_iter=3000)),
    "random_forest": make_pipeline(SimpleImputer(strategy="median"),
                                   RandomForestClassifier(n_estimators=300, min_samples_leaf=20,
                                                          n_jobs=-1, random_state=RANDOM_STATE)),
    "extra_trees": make_pipeline(SimpleImputer(strategy="median"),
                                 ExtraTreesClassifier(n_estimators=300, min_samples_leaf=20,
                                                      n_jobs=-1, random_state=RANDOM_STATE)),
    "lightgbm": LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=63,
                               subsample=0.8, subsample_freq=1, colsample_bytree=0.7,
                               random_state=RANDOM_STATE, verbose=-1),
    "xgboost": XGBClassifier(n_estimators=500, learning_rate=0.03, max_depth=6,
                             subsample=0.8, colsample_bytree=0.7, tree_method="hist",
                             random_state=RANDOM_STATE),
}

leaderboard = []
fitted = {}
for name, est in candidates.items():
    est.fit(X_train, y_train)
    proba = est.predict_proba(X_hold)[:, 1]
    fitted[name] = est
    leaderboard.append({
        "model": name,
        "roc_auc": roc_auc_score(y_hold, proba),
        "pr_auc": average_precision_score(y_hold, proba),
    })
    print(f"{name:>14}: auc={leaderboard[-1]['roc_auc']:.4f}  pr_auc={leaderboard[-1]['pr_auc']:.4f}")

leaderboard = pd.DataFrame(leaderboard).sort_values("pr_auc", ascending=False).reset_index(drop=True)
print("\n", leaderboard.round(4))

best_name = leaderboard.loc[0, "model"]
best = fitted[best_name]
best_auc = leaderboard.loc[0, "roc_auc"]
best_ap = leaderboard.loc[0, "pr_auc"]
print(f"\nSelected model: {best_name}  (holdout ROC-AUC {best_auc:.4f}, PR-AUC {best_ap:.4f})")
lift = best_ap / y_hold.mean()
print(f"PR-AUC lift over random: {lift:.1f}x")

# predictions for the bundle's test.csv with the selected model
sub = pd.read_csv("test.csv", parse_dates=["session_ts"])
sub_feat = build_features(sub).reindex(columns=FEATURES + ["session_id"], fill_value=0.0)
pd.DataFrame({
    "session_id": sub_feat["session_id"],
    "prediction": best.predict_proba(sub_feat[FEATURES])[:, 1],
}).to_csv("predictions.csv", index=False)
