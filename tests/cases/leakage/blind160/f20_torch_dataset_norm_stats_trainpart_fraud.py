"""
Card fraud - PyTorch model fed by a custom Dataset.

The Dataset standardises numeric columns with stored mean/std and looks merchant categories up
in a fixed index so the embedding layer gets integer ids.
"""
import json
from dataclasses import dataclass

import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import LabelEncoder

torch.manual_seed(42)
TASK = json.load(open("task.json"))
NUMERIC = ["amount", "hour", "distance_from_home_km", "txn_count_24h", "card_age_days",
           "card_present", "country_mismatch"]


@dataclass
class NormStats:
    mean: pd.Series
    std: pd.Series


class FraudFrame(torch.utils.data.Dataset):
    def __init__(self, frame, stats, encoder, target=None):
        num = (frame[NUMERIC] - stats.mean) / stats.std.replace(0, 1)
        self.x_num = torch.tensor(num.values, dtype=torch.float32)
        known = frame["merchant_category"].where(frame["merchant_category"].isin(encoder.classes_),
                                                 encoder.classes_[0])
        self.x_cat = torch.tensor(encoder.transform(known), dtype=torch.long)
        self.y = None if target is None else torch.tensor(frame[target].values, dtype=torch.float32)

    def __len__(self):
        return len(self.x_num)

    def __getitem__(self, i):
        item = (self.x_num[i], self.x_cat[i])
        return item if self.y is None else item + (self.y[i],)


class Model(nn.Module):
    def __init__(self, n_num, n_cat):
        super().__init__()
        self.emb = nn.Embedding(n_cat, 4)
        self.head = nn.Sequential(nn.Linear(n_num + 4, 48), nn.ReLU(), nn.Linear(48, 1))

    def forward(self, x_num, x_cat):
        return self.head(torch.cat([x_num, self.emb(x_cat)], 1)).squeeze(1)


df = pd.read_csv("train.csv")
df["amount"] = np.log1p(df["amount"])
target = TASK["target"]

trn, tst = train_test_split(df, test_size=0.2, stratify=df[target], random_state=42)
stats = NormStats(mean=trn[NUMERIC].mean(), std=trn[NUMERIC].std())

enc = LabelEncoder().fit(trn["merchant_category"])
train_dl = torch.utils.data.DataLoader(FraudFrame(trn, stats, enc, target), batch_size=512, shuffle=True)
test_ds = FraudFrame(tst, stats, enc, target)

model = Model(len(NUMERIC), len(enc.classes_))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
bce = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(12.0))
for epoch in range(10):
    model.train()
    for xn, xc, yb in train_dl:
        opt.zero_grad()
        bce(model(xn, xc), yb).backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        train_loss = bce(model(train_dl.dataset.x_num, train_dl.dataset.x_cat), train_dl.dataset.y).item()
    print(f"epoch {epoch} train loss {train_loss:.4f}")

with torch.no_grad():
    p = torch.sigmoid(model(test_ds.x_num, test_ds.x_cat)).numpy()
y_true = test_ds.y.numpy()
prior = DummyClassifier(strategy="prior").fit(trn[NUMERIC], trn[target]).predict_proba(tst[NUMERIC])[:, 1]
print("model  AP", round(average_precision_score(y_true, p), 4), "AUC", round(roc_auc_score(y_true, p), 4))
print("prior  AP", round(average_precision_score(y_true, prior), 4))

sub = pd.read_csv("test.csv")
sub["amount"] = np.log1p(sub["amount"])
with torch.no_grad():
    sub_ds = FraudFrame(sub, stats, enc)
    sub["prediction"] = torch.sigmoid(model(sub_ds.x_num, sub_ds.x_cat)).numpy()
sub[[TASK["id_column"], "prediction"]].to_csv("predictions.csv", index=False)
