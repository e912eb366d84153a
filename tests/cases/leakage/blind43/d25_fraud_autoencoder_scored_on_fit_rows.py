"""Unsupervised fraud scoring with a PyTorch autoencoder.

Idea: an autoencoder trained on card transactions reconstructs normal behaviour well,
so the reconstruction error is an anomaly score. We check it against `is_fraud`
(ROC AUC / PR AUC) and against a simple rule baseline: rank transactions by amount.
Features use fixed, hand-chosen scalings (no statistics learned from the data).
"""
import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from sklearn.metrics import average_precision_score, roc_auc_score

torch.manual_seed(0)
tx = pd.read_csv("train.csv")


def featurize(frame):
    out = pd.DataFrame(index=frame.index)
    out["log_amount"] = np.log1p(frame["amount"]) / 10.0
    out["hour_sin"] = np.sin(2 * np.pi * frame["tx_hour"] / 24)
    out["hour_cos"] = np.cos(2 * np.pi * frame["tx_hour"] / 24)
    out["log_card_age"] = np.log1p(frame["card_age_days"]) / 8.0
    out["log_distance"] = np.log1p(frame["distance_from_home_km"]) / 9.0
    out["is_foreign"] = frame["is_foreign"].astype(float)
    out["log_n_tx_24h"] = np.log1p(frame["n_tx_24h"]) / 4.0
    return torch.tensor(out.values, dtype=torch.float32)


class AutoEncoder(nn.Module):
    def __init__(self, n_in, bottleneck=3):
        super().__init__()
        self.encoder = nn.Sequential(nn.Linear(n_in, 16), nn.ReLU(), nn.Linear(16, bottleneck))
        self.decoder = nn.Sequential(nn.ReLU(), nn.Linear(bottleneck, 16), nn.ReLU(), nn.Linear(16, n_in))

    def forward(self, x):
        return self.decoder(self.encoder(x))


# train on every transaction, then score the same transactions
X_fit = featurize(tx)
X_eval, y_eval, amount_eval = X_fit, tx["is_fraud"].values, tx["amount"].values

ae = AutoEncoder(X_fit.shape[1])
opt = torch.optim.Adam(ae.parameters(), lr=1e-3)
for epoch in range(30):
    ae.train()
    for (xb,) in DataLoader(TensorDataset(X_fit), batch_size=1024, shuffle=True):
        opt.zero_grad()
        loss = ((ae(xb) - xb) ** 2).mean()
        loss.backward()
        opt.step()

ae.eval()
with torch.no_grad():
    score = ((ae(X_eval) - X_eval) ** 2).mean(dim=1).numpy()

print("autoencoder         ROC AUC %.4f  AP %.4f" % (roc_auc_score(y_eval, score), average_precision_score(y_eval, score)))
print("baseline (amount)   ROC AUC %.4f  AP %.4f" % (roc_auc_score(y_eval, amount_eval), average_precision_score(y_eval, amount_eval)))
