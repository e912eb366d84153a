"""Model bake-off for session conversion.

Tries a handful of model families, picks one on a validation window, and
reports that single model once on the final holdout window.

    |------- train -------|-- valid --|-- holdout --|
    valid    = sessions of visitors first seen in the valid window
    holdout  = sessions of visitors first seen in the holdout window
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.base import clone
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

t1, t2 = feat["session_ts"].quantile([0.6, 0.8])
train = feat[feat["session_ts"] < t1]
valid = feat[(feat["session_ts"] >= t1) & (feat["session_ts"] < t2)]
valid = valid[~valid["visitor_id"].isin(train["visitor_id"])]
holdout = feat[feat["session_ts"] >= t2]
holdout = holdout[~holdout["visitor_id"].isin(pd.concat([train, valid])["visitor_id"])]
for nm, part in [("train", train), ("valid", valid), ("holdout", holdout)]:
    print(f"{nm:>8}: {len(part):>7,} rows  conv={part[TARGET].mean():.3%}")

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

board = []
for name, est in candidates.items():
    m = clone(est).fit(train[FEATURES], train[TARGET])
    proba = m.predict_proba(valid[FEATURES])[:, 1]
    board.append({"model": name,
                  "val_auc": roc_auc_score(valid[TARGET], proba),
                  "val_pr_auc": average_precision_score(valid[TARGET], proba)})
    print(f"{name:>14}: val auc={board[-1]['val_auc']:.4f}  val pr_auc={board[-1]['val_pr_auc']:.4f}")

board = pd.DataFrame(board).sort_values("val_pr_auc", ascending=False).reset_index(drop=True)
best_name = board.loc[0, "model"]
print("\nvalidation leaderboard\n", board.round(4))
print("picked:", best_name)

# refit the picked model (and the baseline) on train+valid, score the holdout once
fit_rows = pd.concat([train, valid])
X_hold, y_hold = holdout[FEATURES], holdout[TARGET]
final = clone(candidates[best_name]).fit(fit_rows[FEATURES], fit_rows[TARGET])
base = clone(candidates["dummy"]).fit(fit_rows[FEATURES], fit_rows[TARGET])
p_final = final.predict_proba(X_hold)[:, 1]
p_base = base.predict_proba(X_hold)[:, 1]
print(f"\nHOLDOUT  {best_name}: auc={roc_auc_score(y_hold, p_final):.4f} "
      f"pr_auc={average_precision_score(y_hold, p_final):.4f}")
print(f"HOLDOUT  baseline : auc={roc_auc_score(y_hold, p_base):.4f} "
      f"pr_auc={average_precision_score(y_hold, p_base):.4f}")

# submission: same model refit on all labelled sessions
sub = pd.read_csv("test.csv", parse_dates=["session_ts"])
sub_feat = build_features(sub).reindex(columns=FEATURES + ["session_id"], fill_value=0.0)
full_model = clone(candidates[best_name]).fit(feat[FEATURES], feat[TARGET])
pd.DataFrame({
    "session_id": sub_feat["session_id"],
    "prediction": full_model.predict_proba(sub_feat[FEATURES])[:, 1],
}).to_csv("predictions.csv", index=False)
