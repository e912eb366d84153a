"""Churn prediction with a 'social contagion' feature.

Subscribers whose contacts churn are more likely to churn themselves, so for each
subscriber I compute the share of their call contacts that churned.
"""
import pandas as pd
import networkx as nx
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv")
calls = pd.read_csv("calls.csv", parse_dates=["call_time"])

pairs = calls.groupby(["caller", "callee"]).size().reset_index(name="n_calls")
G = nx.from_pandas_edgelist(pairs, "caller", "callee", edge_attr="n_calls")

churners = set(df.loc[df.churned == 1, "msisdn"])


def churn_exposure(msisdn):
    if msisdn not in G:
        return 0.0, 0
    nbrs = list(G.neighbors(msisdn))
    if not nbrs:
        return 0.0, 0
    k = sum(1 for n in nbrs if n in churners)
    return k / len(nbrs), k


exp = {m: churn_exposure(m) for m in df.msisdn.unique()}
df["churned_contact_share"] = df.msisdn.map(lambda m: exp[m][0])
df["churned_contacts"] = df.msisdn.map(lambda m: exp[m][1])
df["degree"] = df.msisdn.map(dict(G.degree())).fillna(0)
df["call_volume"] = df.msisdn.map(dict(G.degree(weight="n_calls"))).fillna(0)

features = ["tenure_months", "monthly_charge", "n_calls_out", "n_calls_in", "dropped_call_rate",
            "support_tickets", "degree", "call_volume", "churned_contact_share", "churned_contacts"]

train = df[df.month <= "2023-09"]
valid = df[df.month >= "2023-10"]

model = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.03, num_leaves=31, random_state=1, verbose=-1)
model.fit(train[features], train.churned)
p = model.predict_proba(valid[features])[:, 1]
p0 = DummyClassifier(strategy="prior").fit(train[features], train.churned).predict_proba(valid[features])[:, 1]

print(f"LightGBM   AUC {roc_auc_score(valid.churned, p):.4f}   AP {average_precision_score(valid.churned, p):.4f}")
print(f"Dummy      AUC {roc_auc_score(valid.churned, p0):.4f}   AP {average_precision_score(valid.churned, p0):.4f}")
imp = pd.Series(model.feature_importances_, index=features).sort_values(ascending=False)
print(imp)
