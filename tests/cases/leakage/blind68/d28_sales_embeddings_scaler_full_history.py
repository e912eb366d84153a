# Sales forecasting with categorical embeddings (PyTorch), trained on log sales.
# Holdout = final 6 weeks of train.csv. Compared with a per-store mean baseline.

import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.utils.data import TensorDataset, DataLoader
from sklearn.preprocessing import StandardScaler

torch.manual_seed(7)

CAT = ["store", "day_of_week", "promo", "state_holiday", "school_holiday", "store_type", "assortment", "promo2", "month", "week"]
CONT = ["competition_distance", "max_temperature", "days_to_month_end"]

df = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
for d in (df, test):
    d["month"] = d.date.dt.month
    d["week"] = d.date.dt.isocalendar().week.astype(int)
    d["days_to_month_end"] = d.date.dt.days_in_month - d.date.dt.day
    d["competition_distance"] = np.log1p(d["competition_distance"].fillna(1e5))
    d["max_temperature"] = d["max_temperature"].fillna(15.0)

# scale continuous columns
scaler = StandardScaler()
df[CONT] = scaler.fit_transform(df[CONT])
test[CONT] = scaler.transform(test[CONT])

# time based holdout
cutoff = df.date.max() - pd.Timedelta(days=42)
train = df[df.date <= cutoff].reset_index(drop=True)
hold = df[df.date > cutoff].reset_index(drop=True)

cat_maps = {c: {v: i + 1 for i, v in enumerate(sorted(train[c].astype(str).unique()))} for c in CAT}


def to_ds(frame, y=True):
    xc = torch.tensor(np.stack([frame[c].astype(str).map(cat_maps[c]).fillna(0).values for c in CAT], 1), dtype=torch.long)
    xn = torch.tensor(frame[CONT].values, dtype=torch.float32)
    t = torch.tensor(np.log1p(frame["sales"].values) if y else np.zeros(len(frame)), dtype=torch.float32)
    return TensorDataset(xc, xn, t)


class Model(nn.Module):
    def __init__(self, szs, n_cont):
        super().__init__()
        self.embs = nn.ModuleList([nn.Embedding(n + 1, min(50, (n + 2) // 2)) for n in szs])
        n_emb = sum(e.embedding_dim for e in self.embs)
        self.bn = nn.BatchNorm1d(n_cont)
        self.lin = nn.Sequential(nn.Linear(n_emb + n_cont, 1000), nn.ReLU(), nn.Dropout(0.05),
                                 nn.Linear(1000, 500), nn.ReLU(), nn.Dropout(0.1), nn.Linear(500, 1))

    def forward(self, xc, xn):
        x = torch.cat([e(xc[:, i]) for i, e in enumerate(self.embs)], 1)
        return self.lin(torch.cat([x, self.bn(xn)], 1)).squeeze(1)


model = Model([len(cat_maps[c]) for c in CAT], len(CONT))
opt = torch.optim.Adam(model.parameters(), lr=1e-3, weight_decay=1e-5)
train_dl = DataLoader(to_ds(train), batch_size=2048, shuffle=True)
hold_dl = DataLoader(to_ds(hold), batch_size=8192)

for ep in range(8):
    model.train()
    tot = 0.0
    for xc, xn, yb in train_dl:
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(xc, xn), yb)
        loss.backward()
        opt.step()
        tot += loss.item() * len(yb)
    print(f"epoch {ep}: train mse {tot / len(train):.4f}")

model.eval()
with torch.no_grad():
    pred = np.expm1(torch.cat([model(xc, xn) for xc, xn, _ in hold_dl]).numpy())
y = hold["sales"].values
baseline = hold["store"].map(train.groupby("store")["sales"].mean()).values
mask = y > 0
for name, p in [("baseline store mean", baseline), ("embedding net", pred)]:
    print(f"{name:20s} RMSE {np.sqrt(np.mean((y - p) ** 2)):9.1f}  RMSPE {np.sqrt(np.mean(((y[mask] - p[mask]) / y[mask]) ** 2)):.4f}")

test_dl = DataLoader(to_ds(test, y=False), batch_size=8192)
with torch.no_grad():
    tp = np.expm1(torch.cat([model(xc, xn) for xc, xn, _ in test_dl]).numpy())
pd.DataFrame({"row_id": test["row_id"], "prediction": tp}).to_csv("predictions.csv", index=False)
