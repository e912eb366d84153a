"""Churn snapshots - gradient boosting with a compressed 'engagement' signal.

The usage columns are strongly correlated, so I compress them with PCA into two engagement components.
"""
import json
import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.preprocessing import StandardScaler
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

task = json.load(open("task.json"))
TARGET, MONTH, CUST, SID = task["target"], task["time_column"], task["group_column"], task["id_column"]

df = pd.read_csv("train.csv", parse_dates=[MONTH])
df = df.drop(columns=task["leaky_columns"])
print(df.shape)

usage = ["logins_30d", "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]
df["days_since_last_login"] = df["days_since_last_login"].fillna(365)
print(df[usage].corr().round(2))

# ---- PCA on the usage block
usage_scaled = StandardScaler().fit_transform(df[usage])
pca = PCA(n_components=2, random_state=0)
comps = pca.fit_transform(usage_scaled)
print("explained variance:", pca.explained_variance_ratio_.round(3))
df["eng_pc1"] = comps[:, 0]
df["eng_pc2"] = comps[:, 1]

df["has_discount"] = df["has_discount"].astype(int)
df["plan_idx"] = df["plan"].map({"basic": 0, "standard": 1, "premium": 2})
df = df.join(pd.get_dummies(df["region"], prefix="rg", dtype=int))
features = ["tenure_months", "monthly_charges", "has_discount", "plan_idx", "eng_pc1", "eng_pc2"] + \
    [c for c in df.columns if c.startswith("rg_")] + usage

# ---- split: new customers, later months
rng = np.random.default_rng(46)
c_all = df[CUST].unique()
c_hold = rng.choice(c_all, size=len(c_all) // 5, replace=False)
hold = df[CUST].isin(c_hold)
train = df[~hold & (df[MONTH] < "2024-07-01")]
valid = df[hold & (df[MONTH] >= "2024-07-01")]

clf = GradientBoostingClassifier(n_estimators=250, max_depth=3, learning_rate=0.05, random_state=46)
clf.fit(train[features], train[TARGET])
p = clf.predict_proba(valid[features])[:, 1]

base = DummyClassifier(strategy="prior").fit(train[features], train[TARGET])
pb = base.predict_proba(valid[features])[:, 1]

print(pd.DataFrame({
    "auc": [roc_auc_score(valid[TARGET], pb), roc_auc_score(valid[TARGET], p)],
    "ap": [average_precision_score(valid[TARGET], pb), average_precision_score(valid[TARGET], p)],
}, index=["dummy", "gbm"]).round(4))
