"""Logistic-regression CTR model (the production stack is LR, so start there).

One-hot everything incl. campaign / creative ids, keep the K most informative columns,
L2 logistic regression. Evaluate on held-out users.
"""
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import MaxAbsScaler
from sklearn.metrics import roc_auc_score, log_loss

K = 300

df = pd.read_csv("train.csv").merge(pd.read_csv("campaigns.csv"), on="campaign_id", how="left")
print(df.shape, df.clicked.mean())

df["hour_bin"] = pd.cut(df["hour"], [-1, 5, 11, 17, 23], labels=["night", "morning", "afternoon", "evening"])
df["pos_bin"] = df["ad_position"].clip(upper=6).astype(str)
df["hist_bin"] = pd.cut(df["user_prior_clicks_30d"], [-1, 0, 1, 3, 10, np.inf]).astype(str)

onehot_cols = ["placement", "device", "os", "page_category", "user_age_bucket", "user_gender",
               "vertical", "creative_format", "campaign_id", "creative_id", "advertiser_id",
               "hour_bin", "pos_bin", "hist_bin", "day_of_week"]
X = pd.get_dummies(df[onehot_cols].astype(str), sparse=False, dtype=np.float32)
X["log_impr"] = np.log1p(df["user_prior_impr_30d"])
X["log_sessions"] = np.log1p(df["user_sessions_7d"])
X["log_bid"] = np.log1p(df["bid_cpm"])
y = df["clicked"].values
print("one-hot width:", X.shape[1])

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=42)
tr, te = next(gss.split(X, y, groups=df["user_id"]))

# selection lives in the pipeline, so chi2 only ever sees the training users
lr = make_pipeline(SelectKBest(chi2, k=K), MaxAbsScaler(),
                   LogisticRegression(C=0.3, max_iter=2000, solver="lbfgs"))
lr.fit(X.iloc[tr], y[tr])
p = lr.predict_proba(X.iloc[te])[:, 1]
kept = X.columns[lr.named_steps["selectkbest"].get_support()]
print("kept", len(kept), "columns, e.g.", list(kept[:10]))

ctr_train = y[tr].mean()
p_base = np.full(len(te), ctr_train)

print("LR (K=%d)   AUC %.4f  logloss %.5f" % (K, roc_auc_score(y[te], p), log_loss(y[te], p)))
print("base CTR    AUC %.4f  logloss %.5f" % (roc_auc_score(y[te], p_base), log_loss(y[te], p_base)))
