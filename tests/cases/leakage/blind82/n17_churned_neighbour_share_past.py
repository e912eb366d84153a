"""Churn prediction with a 'social contagion' feature, computed point-in-time.

Snapshot for month m is taken at the end of month m; `churned` says the subscriber leaves
during month m+1. At that moment we know the calls up to the end of month m, and the churn
outcome of every snapshot from months before m. The exposure feature only uses those, and
never the outcomes of the validation months (2023-10 onwards), so validation labels stay unseen.
"""
import pandas as pd
import networkx as nx
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv")
calls = pd.read_csv("calls.csv", parse_dates=["call_time"])
calls["month"] = calls.call_time.dt.to_period("M").astype(str)
months = sorted(df.month.unique())
CUT = "2023-10"

rows = []
for m in months:
    past_calls = calls[calls.month <= m]
    pairs = past_calls.groupby(["caller", "callee"]).size().reset_index(name="n_calls")
    G = nx.from_pandas_edgelist(pairs, "caller", "callee", edge_attr="n_calls")
    label_horizon = min(m, CUT)
    known_churners = set(df.loc[(df.month < label_horizon) & (df.churned == 1), "msisdn"])
    deg = dict(G.degree())
    vol = dict(G.degree(weight="n_calls"))
    for s in df.loc[df.month == m, "msisdn"]:
        nbrs = list(G.neighbors(s)) if s in G else []
        k = sum(1 for n in nbrs if n in known_churners)
        rows.append({"msisdn": s, "month": m, "degree": deg.get(s, 0), "call_volume": vol.get(s, 0),
                     "churned_contacts": k, "churned_contact_share": k / len(nbrs) if nbrs else 0.0})

df = df.merge(pd.DataFrame(rows), on=["msisdn", "month"], how="left")

features = ["tenure_months", "monthly_charge", "n_calls_out", "n_calls_in", "dropped_call_rate",
            "support_tickets", "degree", "call_volume", "churned_contact_share", "churned_contacts"]

train = df[df.month < CUT]
valid = df[df.month >= CUT]

model = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31, random_state=1, verbose=-1)
model.fit(train[features], train.churned)
p = model.predict_proba(valid[features])[:, 1]
p0 = DummyClassifier(strategy="prior").fit(train[features], train.churned).predict_proba(valid[features])[:, 1]

print(f"LightGBM   AUC {roc_auc_score(valid.churned, p):.4f}   AP {average_precision_score(valid.churned, p):.4f}")
print(f"Dummy      AUC {roc_auc_score(valid.churned, p0):.4f}   AP {average_precision_score(valid.churned, p0):.4f}")
