"""PyTorch autoencoder for server-metric incidents.

Normal behaviour is learned from every incident-free minute; the last 20% of the
timeline is used to measure how well reconstruction error finds incidents.
"""
import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import average_precision_score, roc_auc_score

torch.manual_seed(0)
METRICS = ["cpu_util", "mem_util", "disk_io_mb", "net_in_mb", "net_out_mb",
           "latency_p99_ms", "error_rate", "gc_pause_ms", "queue_depth"]


class AE(nn.Module):
    def __init__(self, d, bottleneck=4):
        super().__init__()
        self.enc = nn.Sequential(nn.Linear(d, 32), nn.ReLU(), nn.Linear(32, bottleneck))
        self.dec = nn.Sequential(nn.Linear(bottleneck, 32), nn.ReLU(), nn.Linear(32, d))

    def forward(self, x):
        return self.dec(self.enc(x))


def train_ae(X, epochs=30, lr=1e-3):
    model = AE(X.shape[1])
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    loss_fn = nn.MSELoss()
    loader = DataLoader(TensorDataset(torch.tensor(X, dtype=torch.float32)), batch_size=512, shuffle=True)
    for epoch in range(epochs):
        total = 0.0
        for (xb,) in loader:
            opt.zero_grad()
            loss = loss_fn(model(xb), xb)
            loss.backward()
            opt.step()
            total += loss.item() * len(xb)
        if epoch % 5 == 0:
            print(f"epoch {epoch:02d} loss {total / len(X):.5f}")
    return model


def errors(model, X):
    model.eval()
    with torch.no_grad():
        xt = torch.tensor(X, dtype=torch.float32)
        return ((model(xt) - xt) ** 2).mean(dim=1).numpy()


def main():
    df = pd.read_csv("train.csv", parse_dates=["timestamp"]).sort_values("timestamp")
    df[METRICS] = np.log1p(df[METRICS].clip(lower=0))

    normal = df[df["incident"] == 0]
    scaler = StandardScaler().fit(normal[METRICS])
    model = train_ae(scaler.transform(normal[METRICS]))

    cut = int(len(df) * 0.8)
    holdout = df.iloc[cut:]
    e = errors(model, scaler.transform(holdout[METRICS]))
    y = holdout["incident"].values
    print(f"hold-out period: {holdout.timestamp.min()} .. {holdout.timestamp.max()}, incidents={y.sum()}")
    print(f"ROC-AUC {roc_auc_score(y, e):.3f}   PR-AUC {average_precision_score(y, e):.4f}")
    thr = np.percentile(errors(model, scaler.transform(normal[METRICS])), 99.5)
    flagged = e > thr
    print(f"flagged {flagged.sum()} minutes, {y[flagged].sum()} of them incidents")

    test = pd.read_csv("test.csv")
    test[METRICS] = np.log1p(test[METRICS].clip(lower=0))
    s = errors(model, scaler.transform(test[METRICS]))
    pd.DataFrame({"sample_id": test["sample_id"], "prediction": np.clip(s / (thr * 4), 0, 1)}).to_csv(
        "predictions.csv", index=False)


if __name__ == "__main__":
    main()
