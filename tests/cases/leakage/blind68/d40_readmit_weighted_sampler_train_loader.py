"""Readmission model - PyTorch, categorical embeddings, patient-level holdout.

Class imbalance is handled with a WeightedRandomSampler on the *training* loader, so each
batch is roughly balanced; the validation patients keep their natural class mix.
"""
import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader, WeightedRandomSampler
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score

torch.manual_seed(5)
TARGET = "readmitted_30d"
CATS = ["age_band", "gender", "admission_type", "discharge_to", "primary_diag_group", "a1c_result", "insulin", "diabetes_med"]
NUMS = ["time_in_hospital", "num_lab_procedures", "num_procedures", "num_medications",
        "number_outpatient", "number_emergency", "number_inpatient", "num_diagnoses"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=5)
tr_idx, va_idx = next(gss.split(df, groups=df["patient_id"]))
trn, val = df.iloc[tr_idx].reset_index(drop=True), df.iloc[va_idx].reset_index(drop=True)

vocab = {c: {v: i + 1 for i, v in enumerate(trn[c].astype(str).unique())} for c in CATS}
med = trn[NUMS].median()
mu = trn[NUMS].fillna(med).mean()
sd = trn[NUMS].fillna(med).std()


def tensors(f, labelled=True):
    xc = np.stack([f[c].astype(str).map(vocab[c]).fillna(0).astype(int).values for c in CATS], 1)
    xn = ((f[NUMS].fillna(med) - mu) / sd).values
    y = f[TARGET].values if labelled else np.zeros(len(f))
    return (torch.tensor(xc, dtype=torch.long), torch.tensor(xn, dtype=torch.float32),
            torch.tensor(y, dtype=torch.float32))


class Net(nn.Module):
    def __init__(self, cards, n_num):
        super().__init__()
        self.emb = nn.ModuleList([nn.Embedding(k + 1, min(12, k // 2 + 2)) for k in cards])
        d = sum(e.embedding_dim for e in self.emb) + n_num
        self.head = nn.Sequential(nn.Linear(d, 128), nn.ReLU(), nn.Dropout(0.2), nn.Linear(128, 1))

    def forward(self, xc, xn):
        return self.head(torch.cat([e(xc[:, i]) for i, e in enumerate(self.emb)] + [xn], 1)).squeeze(1)


# sample weights: inverse class frequency in the training split
y_trn = trn[TARGET].values
class_w = 1.0 / np.bincount(y_trn)
sampler = WeightedRandomSampler(weights=torch.tensor(class_w[y_trn], dtype=torch.double),
                                num_samples=len(y_trn), replacement=True)
train_dl = DataLoader(TensorDataset(*tensors(trn)), batch_size=512, sampler=sampler)
xc_v, xn_v, y_v = tensors(val)

model = Net([len(vocab[c]) for c in CATS], len(NUMS))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.BCEWithLogitsLoss()
for epoch in range(12):
    model.train()
    for xc, xn, yb in train_dl:
        opt.zero_grad()
        loss_fn(model(xc, xn), yb).backward()
        opt.step()

model.eval()
with torch.no_grad():
    p = torch.sigmoid(model(xc_v, xn_v)).numpy()
y_val = y_v.numpy()
print("baseline (predict prior for everyone) AUC: 0.5, AP:", round(y_val.mean(), 4))
print("valid AUC   :", round(roc_auc_score(y_val, p), 4))
print("valid AP    :", round(average_precision_score(y_val, p), 4))
print("valid recall:", round(recall_score(y_val, p > 0.5), 4))

xc_t, xn_t, _ = tensors(test, labelled=False)
with torch.no_grad():
    pt = torch.sigmoid(model(xc_t, xn_t)).numpy()
pd.DataFrame({"encounter_id": test["encounter_id"], "prediction": pt}).to_csv("predictions.csv", index=False)
