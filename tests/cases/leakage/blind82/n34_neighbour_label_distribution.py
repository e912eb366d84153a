"""Paper category: logistic regression on citation-neighbourhood label distributions.

For each paper, the share of its cited and citing papers in each category (over labelled
papers), plus a few metadata features.
"""
import numpy as np
import pandas as pd
import networkx as nx
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
cites = pd.read_csv("cites.csv")

G = nx.DiGraph()
G.add_nodes_from(pd.concat([train.paper_id, test.paper_id]))
G.add_edges_from(zip(cites.citing, cites.cited))

classes = sorted(train.category.unique())
label_of = dict(zip(train.paper_id, train.category))


def label_hist(nodes):
    h = np.zeros(len(classes))
    for n in nodes:
        if n in label_of:
            h[classes.index(label_of[n])] += 1
    return h / h.sum() if h.sum() > 0 else h


def nbr_features(pid):
    out_h = label_hist(G.successors(pid))
    in_h = label_hist(G.predecessors(pid))
    return np.concatenate([out_h, in_h])


L = np.vstack([nbr_features(p) for p in train.paper_id])
meta = train[["year", "n_authors", "n_refs"]].copy()
meta["in_deg"] = train.paper_id.map(dict(G.in_degree()))
meta["out_deg"] = train.paper_id.map(dict(G.out_degree()))
X = np.hstack([meta.values, L])
y = train.category.values

cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scoring = ["accuracy", "f1_macro"]
model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000, C=1.0))
res = cross_validate(model, X, y, cv=cv, scoring=scoring)
base = cross_validate(DummyClassifier(strategy="most_frequent"), X, y, cv=cv, scoring=scoring)
for s in scoring:
    print(f"{s:9s} logreg {res['test_' + s].mean():.4f}   most-frequent {base['test_' + s].mean():.4f}")

model.fit(X, y)
meta_t = test[["year", "n_authors", "n_refs"]].copy()
meta_t["in_deg"] = test.paper_id.map(dict(G.in_degree()))
meta_t["out_deg"] = test.paper_id.map(dict(G.out_degree()))
X_test = np.hstack([meta_t.values, np.vstack([nbr_features(p) for p in test.paper_id])])
pd.DataFrame({"paper_id": test.paper_id, "prediction": model.predict(X_test)}).to_csv("predictions.csv", index=False)
