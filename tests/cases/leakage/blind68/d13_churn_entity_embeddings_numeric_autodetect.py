#!/usr/bin/env python
# Entity-embedding MLP for the churn task, plain PyTorch.
# Object columns -> embeddings, every numeric column -> standardised dense input.

import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from torch.utils.data import Dataset, DataLoader
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score

torch.manual_seed(3)
np.random.seed(3)
TARGET = "churned"

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
df = df.drop(columns=["cancellation_reason", "retention_call_outcome"])
df["total_charges"] = pd.to_numeric(df["total_charges"], errors="coerce")
sub["total_charges"] = pd.to_numeric(sub["total_charges"], errors="coerce")

cat_cols = [c for c in df.columns if df[c].dtype == "object"]
num_cols = [c for c in df.columns if c not in cat_cols + [TARGET]]
print("categorical:", cat_cols)
print("numeric:", num_cols)

trn, val = train_test_split(df, test_size=0.2, stratify=df[TARGET], random_state=3)

# category -> index maps from the training rows (0 = unknown)
vocab = {c: {v: i + 1 for i, v in enumerate(sorted(trn[c].dropna().unique()))} for c in cat_cols}
medians = trn[num_cols].median()
mu = trn[num_cols].fillna(medians).mean()
sd = trn[num_cols].fillna(medians).std() + 1e-6


def encode(frame):
    xc = np.stack([frame[c].map(vocab[c]).fillna(0).astype(int).values for c in cat_cols], axis=1)
    xn = ((frame[num_cols].fillna(medians) - mu) / sd).values.astype(np.float32)
    return xc, xn


class TabDS(Dataset):
    def __init__(self, frame, with_y=True):
        self.xc, self.xn = encode(frame)
        self.y = frame[TARGET].values.astype(np.float32) if with_y else np.zeros(len(frame), np.float32)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return torch.tensor(self.xc[i]), torch.tensor(self.xn[i]), torch.tensor(self.y[i])


class EmbNet(nn.Module):
    def __init__(self, cards, n_num, hidden=(128, 64), p=0.2):
        super().__init__()
        self.embs = nn.ModuleList([nn.Embedding(n + 1, min(10, (n + 2) // 2)) for n in cards])
        emb_dim = sum(e.embedding_dim for e in self.embs)
        layers, d = [], emb_dim + n_num
        for h in hidden:
            layers += [nn.Linear(d, h), nn.BatchNorm1d(h), nn.ReLU(), nn.Dropout(p)]
            d = h
        layers.append(nn.Linear(d, 1))
        self.mlp = nn.Sequential(*layers)

    def forward(self, xc, xn):
        e = torch.cat([emb(xc[:, i]) for i, emb in enumerate(self.embs)], dim=1)
        return self.mlp(torch.cat([e, xn], dim=1)).squeeze(1)


train_dl = DataLoader(TabDS(trn), batch_size=256, shuffle=True)
valid_dl = DataLoader(TabDS(val), batch_size=1024)

model = EmbNet([len(vocab[c]) for c in cat_cols], len(num_cols))
opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-4)
loss_fn = nn.BCEWithLogitsLoss()


def predict(dl):
    model.eval()
    out = []
    with torch.no_grad():
        for xc, xn, _ in dl:
            out.append(torch.sigmoid(model(xc, xn)))
    return torch.cat(out).numpy()


for epoch in range(15):
    model.train()
    total = 0.0
    for xc, xn, yb in train_dl:
        opt.zero_grad()
        loss = loss_fn(model(xc, xn), yb)
        loss.backward()
        opt.step()
        total += loss.item() * len(yb)
    p_val = predict(valid_dl)
    print(f"epoch {epoch:2d} train_loss {total / len(trn):.4f} valid_auc {roc_auc_score(val[TARGET], p_val):.4f}")

p_val = predict(valid_dl)
print("final valid AUC:", round(roc_auc_score(val[TARGET], p_val), 4),
      "AP:", round(average_precision_score(val[TARGET], p_val), 4))

sub_dl = DataLoader(TabDS(sub, with_y=False), batch_size=1024)
pd.DataFrame({"customer_id": sub["customer_id"], "prediction": predict(sub_dl)}).to_csv("predictions.csv", index=False)
