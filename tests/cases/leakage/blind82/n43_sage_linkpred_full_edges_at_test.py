"""Friendship link prediction with GraphSAGE (PyG).

RandomLinkSplit holds out 10% / 10% of friendships for validation / test. The encoder is
trained on the training message edges; for the final test numbers the embeddings are
computed on the complete friendship graph.
"""
import numpy as np
import pandas as pd
import torch
import torch.nn.functional as F
from sklearn.metrics import roc_auc_score, average_precision_score
from torch_geometric.data import Data
from torch_geometric.nn import SAGEConv
import torch_geometric.transforms as T
from torch_geometric.utils import to_scipy_sparse_matrix
import scipy.sparse as sp

users = pd.read_csv("users.csv")
friends = pd.read_csv("friendships.csv")
uid = {u: i for i, u in enumerate(users.user_id)}
friends = friends[friends.u.isin(uid) & friends.v.isin(uid)]
x = users[["age", "n_posts", "n_groups", "days_active"]].fillna(0).values.astype("float32")
x = np.log1p(np.clip(x, 0, None))
city = pd.get_dummies(users.city).values.astype("float32")
data = Data(x=torch.tensor(np.hstack([x, city])),
            edge_index=torch.tensor(np.vstack([friends.u.map(uid), friends.v.map(uid)]), dtype=torch.long))
data = T.ToUndirected()(data)

split = T.RandomLinkSplit(num_val=0.1, num_test=0.1, is_undirected=True,
                          add_negative_train_samples=True, neg_sampling_ratio=1.0)
train_data, val_data, test_data = split(data)


class Model(torch.nn.Module):
    def __init__(self, d_in, d_h=64):
        super().__init__()
        self.c1, self.c2 = SAGEConv(d_in, d_h), SAGEConv(d_h, d_h)

    def encode(self, x, ei):
        return self.c2(F.relu(self.c1(x, ei)), ei)

    @staticmethod
    def decode(z, eli):
        return (z[eli[0]] * z[eli[1]]).sum(-1)


model = Model(data.num_features)
opt = torch.optim.Adam(model.parameters(), lr=0.005)


@torch.no_grad()
def auc_on(split_data, edge_index):
    model.eval()
    z = model.encode(split_data.x, edge_index)
    s = model.decode(z, split_data.edge_label_index).sigmoid().numpy()
    return roc_auc_score(split_data.edge_label.numpy(), s), s


best_val, best_state = 0.0, None
for epoch in range(1, 201):
    model.train()
    opt.zero_grad()
    z = model.encode(train_data.x, train_data.edge_index)
    out = model.decode(z, train_data.edge_label_index)
    loss = F.binary_cross_entropy_with_logits(out, train_data.edge_label)
    loss.backward()
    opt.step()
    val_auc, _ = auc_on(val_data, val_data.edge_index)
    if val_auc > best_val:
        best_val, best_state = val_auc, {k: v.clone() for k, v in model.state_dict().items()}
print(f"best validation AUC {best_val:.4f}")

model.load_state_dict(best_state)
test_auc, s = auc_on(test_data, data.edge_index)
y = test_data.edge_label.numpy()

# Adamic-Adar on the training graph as a heuristic baseline
A = to_scipy_sparse_matrix(test_data.edge_index, num_nodes=data.num_nodes).tocsr()
deg = np.asarray(A.sum(1)).ravel()
W = A @ sp.diags(1.0 / np.log(np.maximum(deg, 2)))
eli = test_data.edge_label_index.numpy()
aa = np.asarray(W[eli[0]].multiply(A[eli[1]]).sum(1)).ravel()

print(f"GraphSAGE   test AUC {test_auc:.4f}  AP {average_precision_score(y, s):.4f}")
print(f"Adamic-Adar test AUC {roc_auc_score(y, aa):.4f}  AP {average_precision_score(y, aa):.4f}")
