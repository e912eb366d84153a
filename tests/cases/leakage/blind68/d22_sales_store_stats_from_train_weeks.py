"""Daily store sales - entity embedding network (PyTorch).

Store level priors (mean sales per store and per store/weekday) are computed from the training
weeks only and joined onto the validation weeks, the same way they would be joined onto test.csv.
"""
import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader

torch.manual_seed(0)

df = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])

for d in (df, test):
    d["month"] = d.date.dt.month
    d["week"] = d.date.dt.isocalendar().week.astype(int)
    d["competition_distance"] = np.log1p(d["competition_distance"].fillna(100000))
    d["max_temperature"] = d["max_temperature"].fillna(15.0)

cutoff = df.date.max() - pd.Timedelta(days=42)
trn = df[df.date <= cutoff].copy()
val = df[df.date > cutoff].copy()


def add_store_priors(frame, history):
    s = history.groupby("store")["sales"].mean().rename("store_avg_sales")
    sd_ = history.groupby(["store", "day_of_week"])["sales"].mean().rename("store_dow_avg_sales")
    out = frame.join(s, on="store").join(sd_, on=["store", "day_of_week"])
    out["store_dow_avg_sales"] = out["store_dow_avg_sales"].fillna(out["store_avg_sales"])
    return out


trn = add_store_priors(trn, trn)
val = add_store_priors(val, trn)

CATS = ["store", "day_of_week", "promo", "state_holiday", "school_holiday", "store_type", "assortment", "month", "week"]
NUMS = ["competition_distance", "max_temperature", "store_avg_sales", "store_dow_avg_sales"]
codes = {c: {v: i + 1 for i, v in enumerate(sorted(trn[c].astype(str).unique()))} for c in CATS}
mu, sd = trn[NUMS].mean(), trn[NUMS].std()


def make_tensors(frame, with_y=True):
    xc = np.stack([frame[c].astype(str).map(codes[c]).fillna(0).astype(np.int64).values for c in CATS], 1)
    xn = ((frame[NUMS].fillna(mu) - mu) / sd).values.astype(np.float32)
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


def rmspe(y, yhat):
    m = y > 0
    return np.sqrt(np.mean(((y[m] - yhat[m]) / y[m]) ** 2))


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

y_val = val["sales"].values
print("baseline (store/weekday mean of training weeks) RMSPE:", round(rmspe(y_val, val["store_dow_avg_sales"].values), 4))
print("embedding net RMSPE:", round(rmspe(y_val, np.expm1(predict(valid_dl))), 4))

test = add_store_priors(test, df)
test_dl = DataLoader(TensorDataset(*make_tensors(test, with_y=False)), batch_size=4096)
pd.DataFrame({"row_id": test["row_id"], "prediction": np.expm1(predict(test_dl))}).to_csv("predictions.csv", index=False)
