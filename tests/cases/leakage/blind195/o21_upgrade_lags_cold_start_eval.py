"""Subscription upgrade within 30 days - weekly account snapshots.

Validation design
  * features only look backwards (lags / trailing means of *previous* weeks);
  * train on weeks before T - 5 weeks (labels of those rows are fully observed
    before T), validate on weeks >= T;
  * the validation cohort contains only accounts that never appear in the
    training window, so the model cannot memorise an account.
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

TARGET = "upgraded_30d"
USAGE = ["active_users", "logins", "seats", "feature_adoption_score", "support_tickets"]
STATIC = ["company_size", "trial_flag", "invoices_late"]
CATS = ["plan_tier", "industry"]
PLAN_TIERS = ["free", "starter", "team", "business"]
INDUSTRIES = ["saas", "retail", "finance", "healthcare", "education", "manufacturing", "other"]


def add_history(df: pd.DataFrame) -> pd.DataFrame:
    df = df.sort_values(["account_id", "week"]).copy()
    g = df.groupby("account_id", sort=False)
    for col in USAGE:
        prev = g[col].shift(1)
        df[f"{col}_lag1"] = prev
        df[f"{col}_mean4"] = prev.groupby(df["account_id"]).transform(
            lambda s: s.rolling(4, min_periods=1).mean())
        df[f"{col}_delta"] = df[col] - prev
    df["weeks_observed"] = g.cumcount()
    df["seat_utilisation"] = df["active_users"] / df["seats"].replace(0, np.nan)
    return df


def to_model_frame(df: pd.DataFrame, feats: list[str]) -> pd.DataFrame:
    X = pd.get_dummies(df[feats], columns=CATS, dtype=int)
    return X.reindex(columns=DUMMY_COLUMNS, fill_value=0)


snap = pd.read_csv("train.csv", parse_dates=["week"])
snap = add_history(snap)

FEATURES = (USAGE + STATIC + CATS + ["weeks_observed", "seat_utilisation"]
            + [f"{c}_{s}" for c in USAGE for s in ("lag1", "mean4", "delta")])
NUMERIC = [f for f in FEATURES if f not in CATS]
DUMMY_COLUMNS = (NUMERIC + [f"plan_tier_{t}" for t in PLAN_TIERS]
                 + [f"industry_{i}" for i in INDUSTRIES])

T = snap["week"].max() - pd.Timedelta(weeks=12)
train = snap[snap["week"] < T - pd.Timedelta(weeks=5)]
valid = snap[snap["week"] >= T]
valid = valid[~valid["account_id"].isin(train["account_id"].unique())]
print(f"train rows={len(train)} accounts={train.account_id.nunique()} | "
      f"valid rows={len(valid)} accounts={valid.account_id.nunique()} "
      f"pos rate={valid[TARGET].mean():.3f}")

X_tr, y_tr = to_model_frame(train, FEATURES), train[TARGET]
X_va, y_va = to_model_frame(valid, FEATURES), valid[TARGET]

clf = LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31,
                     min_child_samples=50, subsample=0.8, subsample_freq=1,
                     colsample_bytree=0.7, is_unbalance=True, verbose=-1)
clf.fit(X_tr, y_tr)
p_va = clf.predict_proba(X_va)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_va)[:, 1]

print(f"dummy     ROC-AUC={roc_auc_score(y_va, p_dummy):.4f}  PR-AUC={average_precision_score(y_va, p_dummy):.4f}")
print(f"lightgbm  ROC-AUC={roc_auc_score(y_va, p_va):.4f}  PR-AUC={average_precision_score(y_va, p_va):.4f}")

# final model on all labelled snapshots; test snapshots get history from train + test
test = pd.read_csv("test.csv", parse_dates=["week"])
both = add_history(pd.concat([snap[test.columns.intersection(snap.columns)], test], ignore_index=True))
test_feat = both[both["snapshot_id"].isin(test["snapshot_id"])]

clf.fit(to_model_frame(snap, FEATURES), snap[TARGET])
pd.DataFrame({"snapshot_id": test_feat["snapshot_id"],
              "prediction": clf.predict_proba(to_model_frame(test_feat, FEATURES))[:, 1]}
             ).to_csv("predictions.csv", index=False)
