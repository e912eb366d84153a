"""Fraud accounts: graph feature set, selection done inside the CV pipeline.

Cross-validation is grouped on holder_id so a holder's accounts never sit in both
the fitting and the scoring folds.
"""
import numpy as np
import pandas as pd
import networkx as nx
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.model_selection import GroupKFold, cross_validate
from sklearn.pipeline import Pipeline

df = pd.read_csv("train.csv")
tx = pd.read_csv("transactions.csv", parse_dates=["ts"])

G = nx.from_pandas_edgelist(tx, "src_account", "dst_account", create_using=nx.MultiDiGraph)
G.add_nodes_from(df.account_id)
S = nx.Graph(G.to_undirected())
feats = {
    "in_deg": dict(G.in_degree()),
    "out_deg": dict(G.out_degree()),
    "uniq_nbrs": dict(S.degree()),
    "pagerank": nx.pagerank(nx.DiGraph(G)),
    "clustering": nx.clustering(S),
    "core_number": nx.core_number(S),
    "triangles": nx.triangles(S),
    "avg_nbr_deg": nx.average_neighbor_degree(S),
}
for name, d in feats.items():
    df[name] = df.account_id.map(d).fillna(0)

tx["hour"] = tx.ts.dt.hour
out_stats = tx.groupby("src_account").agg(
    out_amt_mean=("amount", "mean"), out_amt_std=("amount", "std"), out_amt_max=("amount", "max"),
    night_share=("hour", lambda h: (h < 6).mean()))
in_stats = tx.groupby("dst_account").agg(in_amt_mean=("amount", "mean"), in_amt_max=("amount", "max"))
df = df.join(out_stats, on="account_id").join(in_stats, on="account_id").fillna(0)

candidates = ["account_age_days", "kyc_level", "n_devices", "n_ips_30d", "avg_txn_amount",
              "max_txn_amount", "country_risk"] + list(feats) + list(out_stats.columns) + list(in_stats.columns)
X = df[candidates].values
y = df.is_fraud.values
groups = df.holder_id.values

pipe = Pipeline([
    ("select", SelectKBest(mutual_info_classif, k=12)),
    ("lgbm", lgb.LGBMClassifier(n_estimators=500, learning_rate=0.03, num_leaves=31,
                                colsample_bytree=0.8, random_state=0, verbose=-1)),
])
cv = GroupKFold(n_splits=5)
scoring = ["average_precision", "roc_auc"]
res = cross_validate(pipe, X, y, groups=groups, cv=cv, scoring=scoring)
base = cross_validate(DummyClassifier(strategy="prior"), X, y, groups=groups, cv=cv, scoring=scoring)
for s in scoring:
    print(f"{s:18s} model {res['test_' + s].mean():.4f}   dummy {base['test_' + s].mean():.4f}")

pipe.fit(X, y)
mask = pipe.named_steps["select"].get_support()
print("features kept on full fit:", list(np.array(candidates)[mask]))
