"""Fraud accounts: LightGBM with a decision threshold chosen on validation holders.

train / validation / test are disjoint sets of account holders. Early stopping and the
threshold use validation only; the test holders are scored once at the end.
"""
import numpy as np
import pandas as pd
import networkx as nx
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import average_precision_score, f1_score, precision_recall_curve, roc_auc_score

df = pd.read_csv("train.csv")
tx = pd.read_csv("transactions.csv")
G = nx.from_pandas_edgelist(tx, "src_account", "dst_account", create_using=nx.DiGraph)
G.add_nodes_from(df.account_id)
U = G.to_undirected()
df["in_deg"] = df.account_id.map(dict(G.in_degree()))
df["out_deg"] = df.account_id.map(dict(G.out_degree()))
df["pagerank"] = df.account_id.map(nx.pagerank(G))
df["clustering"] = df.account_id.map(nx.clustering(U))
df["ego_size"] = [len(nx.ego_graph(U, a, radius=2)) for a in df.account_id]

features = ["account_age_days", "kyc_level", "n_devices", "n_ips_30d", "avg_txn_amount",
            "max_txn_amount", "country_risk", "in_deg", "out_deg", "pagerank", "clustering", "ego_size"]

outer = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=1)
dev_idx, test_idx = next(outer.split(df, groups=df.holder_id))
dev = df.iloc[dev_idx]
inner = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=2)
tr_idx, va_idx = next(inner.split(dev, groups=dev.holder_id))
tr, va, te = dev.iloc[tr_idx], dev.iloc[va_idx], df.iloc[test_idx]

spw = (1 - tr.is_fraud.mean()) / tr.is_fraud.mean()
model = lgb.LGBMClassifier(n_estimators=2000, learning_rate=0.02, num_leaves=31,
                           scale_pos_weight=spw, colsample_bytree=0.8, random_state=0, verbose=-1)
model.fit(tr[features], tr.is_fraud, eval_set=[(va[features], va.is_fraud)],
          eval_metric="average_precision", callbacks=[lgb.early_stopping(100, verbose=False)])

p_va = model.predict_proba(va[features])[:, 1]
prec, rec, thr = precision_recall_curve(va.is_fraud, p_va)
f1 = 2 * prec * rec / np.clip(prec + rec, 1e-9, None)
threshold = float(thr[np.argmax(f1[:-1])])
print(f"best iteration {model.best_iteration_}, threshold from validation {threshold:.3f}")

p_te = model.predict_proba(te[features])[:, 1]
dummy = DummyClassifier(strategy="prior").fit(tr[features], tr.is_fraud)
p_dummy = dummy.predict_proba(te[features])[:, 1]
print(f"test  AP {average_precision_score(te.is_fraud, p_te):.4f}  "
      f"AUC {roc_auc_score(te.is_fraud, p_te):.4f}  F1@thr {f1_score(te.is_fraud, p_te >= threshold):.4f}")
print(f"prior baseline  AP {average_precision_score(te.is_fraud, p_dummy):.4f}  "
      f"AUC {roc_auc_score(te.is_fraud, p_dummy):.4f}")
