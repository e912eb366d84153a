"""Churn: expanding-window validation over months.

Fold k trains on all snapshot months before month k and validates on month k. Call-graph
features for a snapshot come from that month's calls (snapshot taken at month end).
"""
import numpy as np
import pandas as pd
import networkx as nx
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv")
calls = pd.read_csv("calls.csv", parse_dates=["call_time"])
calls["month"] = calls.call_time.dt.to_period("M").astype(str)

parts = []
for m, c in calls.groupby("month"):
    G = nx.from_pandas_edgelist(c.groupby(["caller", "callee"]).size().reset_index(name="n"),
                                "caller", "callee", edge_attr="n")
    core = nx.core_number(G)
    parts.append(pd.DataFrame({"msisdn": list(G.nodes()), "month": m,
                               "degree": [G.degree(v) for v in G.nodes()],
                               "strength": [G.degree(v, weight="n") for v in G.nodes()],
                               "kcore": [core[v] for v in G.nodes()],
                               "avg_nbr_deg": list(nx.average_neighbor_degree(G).values())}))
df = df.merge(pd.concat(parts), on=["msisdn", "month"], how="left")

features = ["tenure_months", "monthly_charge", "n_calls_out", "n_calls_in", "dropped_call_rate",
            "support_tickets", "degree", "strength", "kcore", "avg_nbr_deg"]
months = sorted(df.month.unique())

rows = []
for m in months[-4:]:
    tr, va = df[df.month < m], df[df.month == m]
    model = lgb.LGBMClassifier(n_estimators=400, learning_rate=0.03, num_leaves=31, random_state=0, verbose=-1)
    model.fit(tr[features], tr.churned)
    p = model.predict_proba(va[features])[:, 1]
    p0 = DummyClassifier(strategy="prior").fit(tr[features], tr.churned).predict_proba(va[features])[:, 1]
    rows.append({"val_month": m, "n_train": len(tr),
                 "auc": roc_auc_score(va.churned, p), "ap": average_precision_score(va.churned, p),
                 "dummy_ap": average_precision_score(va.churned, p0)})

res = pd.DataFrame(rows)
print(res.round(4).to_string(index=False))
print("mean AUC", np.round(res.auc.mean(), 4), " mean AP", np.round(res.ap.mean(), 4),
      " dummy AP", np.round(res.dummy_ap.mean(), 4))
