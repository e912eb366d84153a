"""Support-ticket urgency: PyTorch text + metadata model.

Task: flag tickets that need a first response within the hour (`is_urgent`) from the
subject/body and the ticket metadata. A customer opens many tickets, so the splits are
made on `customer_id`. Metrics: ROC AUC and F1, next to a logistic-regression baseline
on the metadata.
"""
import re
from collections import Counter

import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.utils.data import Dataset, DataLoader
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import StandardScaler

torch.manual_seed(0)
MAX_LEN = 120
META = ["customer_tenure_days", "n_open_tickets", "attachments"]

tickets = pd.read_csv("train.csv")
tickets["text"] = (tickets["subject"].fillna("") + " " + tickets["body"].fillna("")).str.lower()


def tokens(text):
    return re.findall(r"[a-z0-9']+", text)


# customer-level splits: test, then validation inside train
outer = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
train_idx, test_idx = next(outer.split(tickets, groups=tickets["customer_id"]))
train_df, test_df = tickets.iloc[train_idx], tickets.iloc[test_idx]
inner = GroupShuffleSplit(n_splits=1, test_size=0.15, random_state=1)
fit_idx, val_idx = next(inner.split(train_df, groups=train_df["customer_id"]))
fit_df, val_df = train_df.iloc[fit_idx], train_df.iloc[val_idx]

# vocabulary (words seen at least twice) and metadata scaling
counts = Counter(tok for text in fit_df["text"] for tok in tokens(text))
kept = [tok for tok, n in counts.most_common(30000) if n >= 2]
vocab = {tok: i + 2 for i, tok in enumerate(kept)}
scaler = StandardScaler().fit(fit_df[META])


def encode(text):
    ids = [vocab.get(tok, 1) for tok in tokens(text)][:MAX_LEN]
    return torch.tensor(ids + [0] * (MAX_LEN - len(ids)))


class TicketData(Dataset):
    def __init__(self, frame):
        self.ids = torch.stack([encode(t) for t in frame["text"]])
        self.meta = torch.tensor(scaler.transform(frame[META]), dtype=torch.float32)
        self.y = torch.tensor(frame["is_urgent"].values, dtype=torch.float32)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.ids[i], self.meta[i], self.y[i]


class UrgencyNet(nn.Module):
    def __init__(self, vocab_size, n_meta):
        super().__init__()
        self.emb = nn.EmbeddingBag(vocab_size, 64, mode="mean", padding_idx=0)
        self.head = nn.Sequential(nn.Linear(64 + n_meta, 64), nn.ReLU(), nn.Dropout(0.2), nn.Linear(64, 1))

    def forward(self, ids, meta):
        return self.head(torch.cat([self.emb(ids), meta], dim=1)).squeeze(1)


def predict(model, loader):
    model.eval()
    out = []
    with torch.no_grad():
        for ids, meta, _ in loader:
            out.append(torch.sigmoid(model(ids, meta)))
    return torch.cat(out).numpy()


fit_loader = DataLoader(TicketData(fit_df), batch_size=64, shuffle=True)
val_loader = DataLoader(TicketData(val_df), batch_size=256)
test_loader = DataLoader(TicketData(test_df), batch_size=256)

model = UrgencyNet(len(vocab) + 2, len(META))
pos_weight = torch.tensor((fit_df["is_urgent"] == 0).sum() / max((fit_df["is_urgent"] == 1).sum(), 1))
loss_fn = nn.BCEWithLogitsLoss(pos_weight=pos_weight)
optimizer = torch.optim.AdamW(model.parameters(), lr=2e-3)

best_auc, patience, waited = -1.0, 3, 0
for epoch in range(30):
    model.train()
    for ids, meta, y in fit_loader:
        optimizer.zero_grad()
        loss_fn(model(ids, meta), y).backward()
        optimizer.step()
    val_auc = roc_auc_score(val_df["is_urgent"], predict(model, val_loader))
    print(f"epoch {epoch}: val AUC {val_auc:.4f}")
    if val_auc > best_auc:
        best_auc, waited = val_auc, 0
        torch.save(model.state_dict(), "urgency_best.pt")
    else:
        waited += 1
        if waited >= patience:
            break

model.load_state_dict(torch.load("urgency_best.pt"))
test_prob = predict(model, test_loader)
print("test ROC AUC:", roc_auc_score(test_df["is_urgent"], test_prob))
print("test F1@0.5:", f1_score(test_df["is_urgent"], test_prob >= 0.5))

baseline = LogisticRegression(max_iter=1000).fit(scaler.transform(fit_df[META]), fit_df["is_urgent"])
base_prob = baseline.predict_proba(scaler.transform(test_df[META]))[:, 1]
print("baseline (logistic regression on metadata) ROC AUC:", roc_auc_score(test_df["is_urgent"], base_prob))
