"""Ticket urgency with entity embeddings (PyTorch).

Categoricals (channel, product area, plan tier) get learned embeddings, numeric
metadata is log-scaled. The product area's historical urgency rate is added as a
feature. Splits are by customer (GroupShuffleSplit). Reported: ROC AUC, average
precision and F1 versus a DummyClassifier(prior) baseline.
"""
import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, f1_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit

torch.manual_seed(42)
CATS = ["channel", "product_area", "plan_tier"]
NUM = ["customer_tenure_days", "n_open_tickets", "attachments"]

tickets = pd.read_csv("train.csv")
created = pd.to_datetime(tickets["created_at"])
for col in NUM:
    tickets[col] = np.log1p(tickets[col].clip(lower=0))
tickets["hour"] = created.dt.hour / 23.0
tickets["is_weekend"] = (created.dt.dayofweek >= 5).astype(float)
NUM = NUM + ["hour", "is_weekend", "area_urgent_rate"]

# split on customers: test first, then validation inside the training part
gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=42)
train_idx, test_idx = next(gss.split(tickets, groups=tickets["customer_id"]))
train_df, test_df = tickets.iloc[train_idx].copy(), tickets.iloc[test_idx].copy()
gss_val = GroupShuffleSplit(n_splits=1, test_size=0.15, random_state=43)
fit_idx, val_idx = next(gss_val.split(train_df, groups=train_df["customer_id"]))
fit_df, val_df = train_df.iloc[fit_idx].copy(), train_df.iloc[val_idx].copy()

# urgency rate per product area, learned on the fitting rows only
area_rate = fit_df.groupby("product_area")["is_urgent"].mean()
overall_rate = fit_df["is_urgent"].mean()
for part in (fit_df, val_df, test_df):
    part["area_urgent_rate"] = part["product_area"].map(area_rate).fillna(overall_rate)

vocabs = {c: {v: i + 1 for i, v in enumerate(sorted(fit_df[c].dropna().unique()))} for c in CATS}


def to_tensors(frame):
    cats = torch.tensor(np.stack([frame[c].map(vocabs[c]).fillna(0).astype(int).values for c in CATS], axis=1))
    nums = torch.tensor(frame[NUM].values, dtype=torch.float32)
    y = torch.tensor(frame["is_urgent"].values, dtype=torch.float32)
    return cats, nums, y


class EntityNet(nn.Module):
    def __init__(self, cardinalities, n_num):
        super().__init__()
        self.embs = nn.ModuleList([nn.Embedding(n + 1, min(8, (n + 2) // 2)) for n in cardinalities])
        emb_dim = sum(e.embedding_dim for e in self.embs)
        self.mlp = nn.Sequential(nn.Linear(emb_dim + n_num, 64), nn.ReLU(), nn.Dropout(0.1),
                                 nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 1))

    def forward(self, cats, nums):
        parts = [emb(cats[:, i]) for i, emb in enumerate(self.embs)]
        return self.mlp(torch.cat(parts + [nums], dim=1)).squeeze(1)


fit_t, val_t, test_t = to_tensors(fit_df), to_tensors(val_df), to_tensors(test_df)
net = EntityNet([len(vocabs[c]) for c in CATS], len(NUM))
opt = torch.optim.Adam(net.parameters(), lr=1e-3, weight_decay=1e-5)
loss_fn = nn.BCEWithLogitsLoss()
loader = DataLoader(TensorDataset(*fit_t), batch_size=256, shuffle=True)

best, bad = -np.inf, 0
for epoch in range(60):
    net.train()
    for cats, nums, y in loader:
        opt.zero_grad()
        loss_fn(net(cats, nums), y).backward()
        opt.step()
    net.eval()
    with torch.no_grad():
        val_prob = torch.sigmoid(net(val_t[0], val_t[1])).numpy()
    score = average_precision_score(val_df["is_urgent"], val_prob)
    if score > best:
        best, bad = score, 0
        torch.save(net.state_dict(), "entity_best.pt")
    else:
        bad += 1
        if bad == 5:
            break

net.load_state_dict(torch.load("entity_best.pt"))
net.eval()
with torch.no_grad():
    test_prob = torch.sigmoid(net(test_t[0], test_t[1])).numpy()
dummy = DummyClassifier(strategy="prior").fit(fit_df[NUM], fit_df["is_urgent"])
dummy_prob = dummy.predict_proba(test_df[NUM])[:, 1]
print("entity-embedding net: AUC %.4f  AP %.4f  F1 %.4f" % (
    roc_auc_score(test_df["is_urgent"], test_prob),
    average_precision_score(test_df["is_urgent"], test_prob),
    f1_score(test_df["is_urgent"], test_prob >= 0.5)))
print("prior baseline: AUC %.4f  AP %.4f" % (
    roc_auc_score(test_df["is_urgent"], dummy_prob), average_precision_score(test_df["is_urgent"], dummy_prob)))
