"""Friend recommendation: gradient boosting on pair heuristics.

Compared against the Adamic-Adar score used as-is, which is what the product currently ranks by.
"""
import numpy as np
import pandas as pd
import networkx as nx
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, accuracy_score

friends = pd.read_csv("friendships.csv")
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
users = pd.read_csv("users.csv").set_index("user_id")
G = nx.from_pandas_edgelist(friends, "u", "v")
G.add_nodes_from(users.index)
core = nx.core_number(G)


def feats(df):
    eb = list(zip(df.user_a, df.user_b))
    out = pd.DataFrame({
        "cn": [len(list(nx.common_neighbors(G, a, b))) for a, b in eb],
        "jac": [s for *_, s in nx.jaccard_coefficient(G, eb)],
        "aa": [s for *_, s in nx.adamic_adar_index(G, eb)],
        "ra": [s for *_, s in nx.resource_allocation_index(G, eb)],
        "pa": np.log1p([s for *_, s in nx.preferential_attachment(G, eb)]),
        "core_min": [min(core[a], core[b]) for a, b in eb],
    }, index=df.index)
    out["same_city"] = (df.user_a.map(users.city) == df.user_b.map(users.city)).astype(int)
    out["age_gap"] = (df.user_a.map(users.age) - df.user_b.map(users.age)).abs()
    return out


X, y = feats(train), train.became_friends.values
X_test = feats(test)

gbm = GradientBoostingClassifier(n_estimators=500, max_depth=4, learning_rate=0.05, subsample=0.8, random_state=0)
gbm.fit(X, y)
p = gbm.predict_proba(X)[:, 1]

print(f"GBM                  AUC {roc_auc_score(y, p):.4f}  accuracy {accuracy_score(y, p > 0.5):.4f}")
print(f"Adamic-Adar baseline AUC {roc_auc_score(y, X.aa):.4f}")

pd.DataFrame({"pair_id": test.pair_id, "prediction": gbm.predict_proba(X_test)[:, 1]}).to_csv("predictions.csv", index=False)
