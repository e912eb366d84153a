"""Paper category: citation-neighbourhood label distributions, recomputed per CV fold.

Inside each fold only the labels of the fitting papers are visible when building the
neighbourhood histograms, the held-out fold's labels are hidden.
"""
import numpy as np
import pandas as pd
import networkx as nx
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import accuracy_score, f1_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
cites = pd.read_csv("cites.csv")

G = nx.DiGraph()
G.add_nodes_from(pd.concat([train.paper_id, test.paper_id]))
G.add_edges_from(zip(cites.citing, cites.cited))
classes = sorted(train.category.unique())
in_deg, out_deg = dict(G.in_degree()), dict(G.out_degree())


def features(pids, known):
    rows = []
    for p in pids:
        hs = []
        for nbrs in (G.successors(p), G.predecessors(p)):
            h = np.zeros(len(classes))
            for n in nbrs:
                if n in known:
                    h[classes.index(known[n])] += 1
            hs.append(h / h.sum() if h.sum() else h)
        rows.append(np.concatenate(hs))
    return np.vstack(rows)


def design(df, known):
    meta = np.column_stack([df.year, df.n_authors, df.n_refs,
                            df.paper_id.map(in_deg), df.paper_id.map(out_deg)])
    return np.hstack([meta, features(df.paper_id, known)])


y = train.category.values
cv = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
scores = {"acc": [], "f1": [], "base_acc": [], "base_f1": []}
for tr, va in cv.split(train, y):
    known = dict(zip(train.paper_id.iloc[tr], y[tr]))
    X_tr, X_va = design(train.iloc[tr], known), design(train.iloc[va], known)
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000)).fit(X_tr, y[tr])
    pred = model.predict(X_va)
    base = DummyClassifier(strategy="most_frequent").fit(X_tr, y[tr]).predict(X_va)
    scores["acc"].append(accuracy_score(y[va], pred))
    scores["f1"].append(f1_score(y[va], pred, average="macro"))
    scores["base_acc"].append(accuracy_score(y[va], base))
    scores["base_f1"].append(f1_score(y[va], base, average="macro"))

for k, v in scores.items():
    print(f"{k:9s} {np.mean(v):.4f} ± {np.std(v):.4f}")

known_all = dict(zip(train.paper_id, y))
final = make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000)).fit(design(train, known_all), y)
pd.DataFrame({"paper_id": test.paper_id,
              "prediction": final.predict(design(test, known_all))}).to_csv("predictions.csv", index=False)
