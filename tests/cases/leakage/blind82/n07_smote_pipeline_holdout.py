"""Fraud accounts: graph features + SMOTE inside an imblearn pipeline.

Holdout is made on account holders so that no holder has accounts on both sides.
"""
import pandas as pd
import networkx as nx
from imblearn.over_sampling import SMOTE
from imblearn.pipeline import Pipeline
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import average_precision_score, roc_auc_score, f1_score

df = pd.read_csv("train.csv")
tx = pd.read_csv("transactions.csv")
G = nx.from_pandas_edgelist(tx, "src_account", "dst_account", edge_attr="amount",
                            create_using=nx.DiGraph)
G.add_nodes_from(df.account_id)

hubs, auth = nx.hits(G, max_iter=500)
pr = nx.pagerank(G)
tri = nx.triangles(G.to_undirected())
df["in_deg"] = df.account_id.map(dict(G.in_degree()))
df["out_deg"] = df.account_id.map(dict(G.out_degree()))
df["hub"] = df.account_id.map(hubs)
df["authority"] = df.account_id.map(auth)
df["pagerank"] = df.account_id.map(pr)
df["triangles"] = df.account_id.map(tri)
df["fan_ratio"] = (df.out_deg + 1) / (df.in_deg + 1)

features = ["account_age_days", "kyc_level", "n_devices", "n_ips_30d", "avg_txn_amount",
            "max_txn_amount", "country_risk", "in_deg", "out_deg", "hub", "authority",
            "pagerank", "triangles", "fan_ratio"]
X = df[features].fillna(0)
y = df["is_fraud"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=0)
tr, te = next(gss.split(X, y, groups=df["holder_id"]))
X_train, X_test, y_train, y_test = X.iloc[tr], X.iloc[te], y.iloc[tr], y.iloc[te]
print("train fraud rate", y_train.mean().round(4), "test fraud rate", y_test.mean().round(4))

pipe = Pipeline([
    ("smote", SMOTE(random_state=0, k_neighbors=5)),
    ("rf", RandomForestClassifier(n_estimators=500, min_samples_leaf=2, n_jobs=-1, random_state=0)),
])
pipe.fit(X_train, y_train)
proba = pipe.predict_proba(X_test)[:, 1]

baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)
base_proba = baseline.predict_proba(X_test)[:, 1]

print(f"SMOTE+RF  AP {average_precision_score(y_test, proba):.4f}  "
      f"AUC {roc_auc_score(y_test, proba):.4f}  F1 {f1_score(y_test, proba > 0.5):.4f}")
print(f"baseline  AP {average_precision_score(y_test, base_proba):.4f}  "
      f"AUC {roc_auc_score(y_test, base_proba):.4f}")
