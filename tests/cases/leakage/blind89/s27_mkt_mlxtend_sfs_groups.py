"""Campaign response – floating forward selection (mlxtend) with household-aware CV.

Holdout households are split off first; the sequential selector only sees the training
households, and its internal CV folds are GroupKFold on household_id.
"""
import numpy as np
import pandas as pd
from mlxtend.feature_selection import SequentialFeatureSelector as SFS
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupKFold, GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
TARGET, GROUP = "responded", "household_id"

spend_cols = [c for c in df.columns if c.startswith("spend_cat_")]
base_num = ["age", "tenure_years", "past_purchases_12m", "total_spend_12m", "recency_days",
            "email_opens_90d", "email_clicks_90d", "web_visits_30d", "catalog_requests",
            "n_children", "prior_campaign_responses"]


def make_features(frame):
    X = frame[base_num + spend_cols].fillna(0).astype(float)
    X["log_spend"] = np.log1p(X["total_spend_12m"])
    X["click_rate"] = X["email_clicks_90d"] / (X["email_opens_90d"] + 1)
    X["recent_buyer"] = (X["recency_days"] <= 60).astype(float)
    X = X.join(pd.get_dummies(frame[["channel_pref", "loyalty_tier"]], dtype=float))
    return X


X = make_features(df)
X_sub = make_features(test).reindex(columns=X.columns, fill_value=0)
y = df[TARGET].astype(int).values
groups = df[GROUP].values

tr, te = next(GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=8).split(X, y, groups))
X_tr, X_te, y_tr, y_te, g_tr = X.iloc[tr], X.iloc[te], y[tr], y[te], groups[tr]

estimator = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, max_iter=2000))
sfs = SFS(estimator,
          k_features=(3, 15),
          forward=True,
          floating=True,
          scoring="roc_auc",
          cv=GroupKFold(n_splits=5),
          n_jobs=-1,
          verbose=1)
sfs = sfs.fit(X_tr, y_tr, groups=g_tr)

print("best subset size:", len(sfs.k_feature_idx_))
print("features:", sfs.k_feature_names_)
print("CV ROC AUC (training households): %.4f" % sfs.k_score_)

steps = pd.DataFrame.from_dict(sfs.get_metric_dict()).T[["avg_score", "std_dev"]]
print(steps.to_string())

cols = list(sfs.k_feature_names_)
estimator.fit(X_tr[cols], y_tr)
p = estimator.predict_proba(X_te[cols])[:, 1]
p0 = DummyClassifier(strategy="prior").fit(X_tr, y_tr).predict_proba(X_te)[:, 1]
print(f"holdout households: AUC {roc_auc_score(y_te, p):.4f}  AP {average_precision_score(y_te, p):.4f}")
print(f"prior baseline:     AUC {roc_auc_score(y_te, p0):.4f}  AP {average_precision_score(y_te, p0):.4f}")

estimator.fit(X[cols], y)
pd.DataFrame({"customer_id": test["customer_id"],
              "prediction": estimator.predict_proba(X_sub[cols])[:, 1]}).to_csv("predictions.csv", index=False)
