"""Daily store sales - entity embedding network (PyTorch).

Extra features: average sales level of each store and of each store/weekday pair,
which gives the net a strong prior on the scale of every store.
"""
import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(0)

df = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])

# ---- store level features ---------------------------------------------------
df["store_avg_sales"] = df.groupby("store")["sales"].transform("mean")
df["store_dow_avg_sales"] = df.groupby(["store", "day_of_week"])["sales"].transform("mean")
test = test.merge(df.groupby("store")["store_avg_sales"].first().reset_index(), on="store", how="left")
test = test.merge(df.groupby(["store", "day_of_week"])["store_dow_avg_sales"].first().reset_index(),
                  on=["store", "day_of_week"], how="left")

for d in (df, test):
    d["month"] = d.date.dt.month
    d["week"] = d.date.dt.isocalendar().week.astype(int)
    d["competition_distance"] = np.log1p(d["competition_distance"].fillna(100000))
    d["max_temperature"] = d["max_temperature"].fillna(15.0)

CATS = ["store", "day_of_week", "promo", "state_holiday", "school_holiday", "store_type", "assortment", "month", "week"]
NUMS = ["competition_distance", "max_temperature", "store_avg_sales", "store_dow_avg_sales"]

# ---- split: last 6 weeks are validation -----------------------------------------
cutoff = df.date.max() - pd.Timedelta(days=42)
trn = df[df.date <= cutoff].copy()
val = df[df.date > cutoff].copy()

codes = {c: {v: i + 1 for i, v in enumerate(sorted(trn[c].astype(str).unique()))} for c in CATS}
mu, sd = trn[NUMS].mean(), trn[NUMS].std()


def make_tensors(frame, with_y=True):
    xc = np.stack([frame[c].astype(str).map(codes[c]).fillna(0).astype(np.int64).values for c in CATS], 1)
    xn = ((frame[NUMS] - mu) / sd).values.astype(np.float32)
    y = np.log1p(frame["sales"].values).astype(np.float32) if with_y else np.zeros(len(frame), np.float32)
    return torch.from_numpy(xc), torch.from_numpy(xn), torch.from_numpy(y)


class SalesNet(nn.Module):
    def __init__(self, cards, n_num):
        super().__init__()
        self.emb = nn.ModuleList([nn.Embedding(k + 1, min(16, (k + 1) // 2 + 1)) for k in cards])
        d_in = sum(e.embedding_dim for e in self.emb) + n_num
        self.mlp = nn.Sequential(nn.Linear(d_in, 512), nn.ReLU(), nn.Dropout(0.1),
                                 nn.Linear(512, 256), nn.ReLU(), nn.Linear(256, 1))

    def forward(self, xc, xn):
        z = torch.cat([e(xc[:, i]) for i, e in enumerate(self.emb)] + [xn], 1)
        return self.mlp(z).squeeze(1)


train_dl = DataLoader(TensorDataset(*make_tensors(trn)), batch_size=1024, shuffle=True)
valid_dl = DataLoader(TensorDataset(*make_tensors(val)), batch_size=4096)
model = SalesNet([len(codes[c]) for c in CATS], len(NUMS))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
mse = nn.MSELoss()


def predict(dl):
    model.eval()
    with torch.no_grad():
        return torch.cat([model(xc, xn) for xc, xn, _ in dl]).numpy()


for epoch in range(10):
    model.train()
    for xc, xn, yb in train_dl:
        opt.zero_grad()
        mse(model(xc, xn), yb).backward()
        opt.step()
    pred = np.expm1(predict(valid_dl))
    y = val["sales"].values
    mask = y > 0
    rmspe = np.sqrt(np.mean(((y[mask] - pred[mask]) / y[mask]) ** 2))
    print(f"epoch {epoch}  valid RMSPE {rmspe:.4f}")

test_dl = DataLoader(TensorDataset(*make_tensors(test, with_y=False)), batch_size=4096)
pd.DataFrame({"row_id": test["row_id"], "prediction": np.expm1(predict(test_dl))}).to_csv("predictions.csv", index=False)
