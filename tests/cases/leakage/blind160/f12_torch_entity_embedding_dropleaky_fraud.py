#!/usr/bin/env python
"""Entity-embedding network for the card-fraud task.

merchant_category -> nn.Embedding, all remaining columns -> standardised continuous block.
A logistic regression on the same continuous block is kept as the baseline.
"""
import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.utils.data import Dataset, DataLoader
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score, brier_score_loss
from sklearn.model_selection import StratifiedShuffleSplit
from sklearn.preprocessing import StandardScaler

ID, TARGET, CAT = "transaction_id", "is_fraud", "merchant_category"
EXCLUDE = (ID, TARGET, CAT, "chargeback_flag")  # chargeback is only known after the fraud

df = pd.read_csv("train.csv")
submission_rows = pd.read_csv("test.csv")
cont_cols = [c for c in df.columns if c not in EXCLUDE]
print("continuous:", cont_cols)

sss = StratifiedShuffleSplit(n_splits=1, test_size=0.2, random_state=3)
tr_idx, te_idx = next(sss.split(df, df[TARGET]))
tr, te = df.iloc[tr_idx].reset_index(drop=True), df.iloc[te_idx].reset_index(drop=True)

vocab = {c: i + 1 for i, c in enumerate(sorted(tr[CAT].unique()))}  # 0 = unseen
scaler = StandardScaler().fit(tr[cont_cols])


class TxnDataset(Dataset):
    def __init__(self, frame, with_label=True):
        self.cat = torch.tensor(frame[CAT].map(vocab).fillna(0).astype(int).values)
        self.cont = torch.tensor(scaler.transform(frame[cont_cols]), dtype=torch.float32)
        self.y = torch.tensor(frame[TARGET].values, dtype=torch.float32) if with_label else None

    def __len__(self):
        return len(self.cat)

    def __getitem__(self, i):
        if self.y is None:
            return self.cat[i], self.cont[i]
        return self.cat[i], self.cont[i], self.y[i]


class EmbNet(nn.Module):
    def __init__(self, n_cat, n_cont, emb_dim=6):
        super().__init__()
        self.emb = nn.Embedding(n_cat + 1, emb_dim)
        self.mlp = nn.Sequential(
            nn.Linear(emb_dim + n_cont, 64), nn.ReLU(), nn.Dropout(0.1),
            nn.Linear(64, 1),
        )

    def forward(self, cat, cont):
        return self.mlp(torch.cat([self.emb(cat), cont], dim=1)).squeeze(1)


def predict(model, loader):
    model.eval()
    out = []
    with torch.no_grad():
        for batch in loader:
            out.append(torch.sigmoid(model(batch[0], batch[1])))
    return torch.cat(out).numpy()


train_loader = DataLoader(TxnDataset(tr), batch_size=256, shuffle=True)
test_loader = DataLoader(TxnDataset(te), batch_size=2048)

model = EmbNet(len(vocab), len(cont_cols))
optim = torch.optim.Adam(model.parameters(), lr=2e-3)
crit = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(8.0))
for ep in range(12):
    model.train()
    for cat, cont, yb in train_loader:
        optim.zero_grad()
        crit(model(cat, cont), yb).backward()
        optim.step()

p_net = predict(model, test_loader)
baseline = LogisticRegression(max_iter=2000, class_weight="balanced")
baseline.fit(scaler.transform(tr[cont_cols]), tr[TARGET])
p_base = baseline.predict_proba(scaler.transform(te[cont_cols]))[:, 1]

y_te = te[TARGET].values
for name, p in (("baseline logreg", p_base), ("embedding net", p_net)):
    print(f"{name:16s} AP {average_precision_score(y_te, p):.4f} "
          f"AUC {roc_auc_score(y_te, p):.4f} Brier {brier_score_loss(y_te, p):.4f}")

sub_loader = DataLoader(TxnDataset(submission_rows, with_label=False), batch_size=2048)
submission_rows[[ID]].assign(prediction=predict(model, sub_loader)).to_csv("predictions.csv", index=False)
