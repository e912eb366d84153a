"""Churn: subscriber-level profile features + call-graph reach, gradient boosting.

Missing dropped-call rates (network probe outages) are filled from the subscriber's
neighbouring months.
"""
import pandas as pd
import networkx as nx
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv").sort_values(["msisdn", "month"]).reset_index(drop=True)
calls = pd.read_csv("calls.csv", parse_dates=["call_time"])
calls["month"] = calls.call_time.dt.to_period("M").astype(str)

df["dropped_call_rate"] = df.groupby("msisdn").dropped_call_rate.transform(lambda s: s.bfill().ffill())

g = df.groupby("msisdn")
df["calls_out_avg"] = g.n_calls_out.transform("mean")
df["calls_out_rel"] = df.n_calls_out / (df.calls_out_avg + 1)
df["charge_max"] = g.monthly_charge.transform("max")
df["tickets_total"] = g.support_tickets.transform("sum")

reach = []
for m, c in calls.groupby("month"):
    G = nx.from_pandas_edgelist(c, "caller", "callee")
    two_hop = {n: len(nx.single_source_shortest_path_length(G, n, cutoff=2)) - 1 for n in G.nodes()}
    reach.append(pd.DataFrame({"msisdn": list(two_hop), "month": m,
                               "degree": [G.degree(n) for n in two_hop],
                               "reach_2hop": list(two_hop.values())}))
df = df.merge(pd.concat(reach), on=["msisdn", "month"], how="left").fillna({"degree": 0, "reach_2hop": 0})

features = ["tenure_months", "monthly_charge", "n_calls_out", "n_calls_in", "dropped_call_rate",
            "support_tickets", "calls_out_avg", "calls_out_rel", "charge_max", "tickets_total",
            "degree", "reach_2hop"]

train = df[df.month < "2023-10"]
test = df[df.month >= "2023-10"]

clf = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, max_leaf_nodes=31, random_state=0)
clf.fit(train[features], train.churned)
p = clf.predict_proba(test[features])[:, 1]

dummy = DummyClassifier(strategy="prior").fit(train[features], train.churned)
pd0 = dummy.predict_proba(test[features])[:, 1]

print(f"HGB     AUC={roc_auc_score(test.churned, p):.4f}  AP={average_precision_score(test.churned, p):.4f}")
print(f"dummy   AUC={roc_auc_score(test.churned, pd0):.4f}  AP={average_precision_score(test.churned, pd0):.4f}")
