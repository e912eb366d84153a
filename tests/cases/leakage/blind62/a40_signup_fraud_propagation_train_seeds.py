"""Signup fraud rings: propagate known fraud through the shared-entity graph.

Personalised PageRank seeded on confirmed fraud accounts gives every account a "proximity to
fraud" score; it is combined with signup attributes in a gradient-boosted model.
Evaluation: GroupShuffleSplit on device_id (a device's accounts are all on one side). The
propagation is seeded only with fraud from the training side of the split; the submission model
re-seeds with every labelled fraud account.
"""
import numpy as np
import pandas as pd
import networkx as nx
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import average_precision_score, roc_auc_score

ENTITIES = ["device_id", "ip_address", "referral_code", "email_domain"]
FREE_MAIL = {"gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "proton.me"}


def build_graph(frame):
    g = nx.Graph()
    for col in ENTITIES:
        part = frame[["account_id", col]].dropna()
        if col == "email_domain":  # free-mail domains would connect everybody
            part = part[~part[col].isin(FREE_MAIL)]
        g.add_edges_from(zip("acc_" + part["account_id"].astype(str), f"{col}_" + part[col].astype(str)))
    return g


def fraud_proximity(g, seed_nodes, alpha=0.85):
    seeds = [n for n in seed_nodes if n in g]
    if not seeds:
        return {}
    personalization = {n: 1.0 / len(seeds) for n in seeds}
    return nx.pagerank(g, alpha=alpha, personalization=personalization)


train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape, "fraud rate", round(train["is_fraud"].mean(), 4))

population = pd.concat([train.drop(columns="is_fraud"), test], ignore_index=True)
G = build_graph(population)
print("graph:", G.number_of_nodes(), "nodes /", G.number_of_edges(), "edges")

comp = {n: len(c) for c in nx.connected_components(G) for n in c}


def seeds_from(frame):
    return "acc_" + frame.loc[frame["is_fraud"] == 1, "account_id"].astype(str)


def attach(frame, prox):
    out = frame.copy()
    node = "acc_" + out["account_id"].astype(str)
    out["fraud_proximity"] = np.log1p(node.map(prox).fillna(0) * 1e7)
    out["component_size"] = node.map(comp).fillna(1)
    out["degree"] = node.map(dict(G.degree())).fillna(0)
    out["accounts_on_device"] = out["device_id"].map(population["device_id"].value_counts())
    out["accounts_on_ip"] = out["ip_address"].map(population["ip_address"].value_counts())
    out["log_deposit"] = np.log1p(out["first_deposit"])
    out["free_mail"] = out["email_domain"].isin(FREE_MAIL).astype(int)
    out["has_referral"] = out["referral_code"].notna().astype(int)
    return out


FEATURES = ["fraud_proximity", "component_size", "degree", "accounts_on_device", "accounts_on_ip",
            "log_deposit", "free_mail", "has_referral", "n_logins_7d"]
gss = GroupShuffleSplit(n_splits=1, test_size=0.25, random_state=4)
tr_idx, va_idx = next(gss.split(train, train["is_fraud"], groups=train["device_id"]))
assert not set(train["device_id"].iloc[tr_idx]) & set(train["device_id"].iloc[va_idx])

prox_tr = fraud_proximity(G, seeds_from(train.iloc[tr_idx]))
tr = attach(train.iloc[tr_idx], prox_tr)
va = attach(train.iloc[va_idx], prox_tr)

clf = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, class_weight="balanced", random_state=4)
clf.fit(tr[FEATURES], tr["is_fraud"])
p = clf.predict_proba(va[FEATURES])[:, 1]
base = DummyClassifier(strategy="prior").fit(tr[FEATURES], tr["is_fraud"]).predict_proba(va[FEATURES])[:, 1]

y = va["is_fraud"].values
print(f"model    AP={average_precision_score(y, p):.4f} AUC={roc_auc_score(y, p):.4f}")
print(f"baseline AP={average_precision_score(y, base):.4f}")
for k in (50, 200, 500):
    top = np.argsort(-p)[:k]
    print(f"precision@{k}={y[top].mean():.3f} recall@{k}={y[top].sum() / y.sum():.3f}")

prox_all = fraud_proximity(G, seeds_from(train))
train_f = attach(train, prox_all)
test_f = attach(test, prox_all)
clf.fit(train_f[FEATURES], train_f["is_fraud"])
pd.DataFrame({"account_id": test_f["account_id"], "prediction": clf.predict_proba(test_f[FEATURES])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
