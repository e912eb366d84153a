"""Human activity recognition from wrist IMU windows (1D CNN, PyTorch).

Raw file har_raw.csv: subject, acc_x, acc_y, acc_z, gyro_x, gyro_y, gyro_z, activity
(50 Hz, rows in recording order per subject). Evaluation holds out whole subjects.
"""
import random

import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from sklearn.metrics import accuracy_score, classification_report, f1_score
from torch.utils.data import DataLoader, Dataset, Subset

CFG = dict(
    csv="data/har_raw.csv",
    window=128,
    channels=["acc_x", "acc_y", "acc_z", "gyro_x", "gyro_y", "gyro_z"],
    test_subjects=6,
    epochs=15,
    batch_size=64,
    lr=1e-3,
    seed=42,
)

ACTIVITIES = ["walking", "upstairs", "downstairs", "sitting", "standing", "lying"]
ACT2IDX = {a: i for i, a in enumerate(ACTIVITIES)}


def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def build_windows(df, channels, window):
    X, y, subj = [], [], []
    for sid, g in df.groupby("subject"):
        sig = g[channels].to_numpy(dtype=np.float32)
        acts = g["activity"].map(ACT2IDX).to_numpy()
        for start in range(0, len(g) - window + 1, window):
            seg_acts = acts[start:start + window]
            if (seg_acts == seg_acts[0]).mean() < 0.9:
                continue
            X.append(sig[start:start + window].T)
            y.append(seg_acts[0])
            subj.append(sid)
    return np.stack(X), np.array(y), np.array(subj)


class HARDataset(Dataset):
    def __init__(self, windows, labels):
        self.mean = windows.mean(axis=(0, 2), keepdims=True)
        self.std = windows.std(axis=(0, 2), keepdims=True) + 1e-6
        self.x = torch.from_numpy((windows - self.mean) / self.std).float()
        self.y = torch.from_numpy(labels).long()

    def __len__(self):
        return len(self.y)

    def __getitem__(self, idx):
        return self.x[idx], self.y[idx]


class ConvNet(nn.Module):
    def __init__(self, in_ch, n_classes):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv1d(in_ch, 64, 5, padding=2), nn.BatchNorm1d(64), nn.ReLU(),
            nn.Conv1d(64, 64, 5, padding=2), nn.BatchNorm1d(64), nn.ReLU(), nn.MaxPool1d(2),
            nn.Conv1d(64, 128, 3, padding=1), nn.BatchNorm1d(128), nn.ReLU(),
            nn.AdaptiveAvgPool1d(1),
        )
        self.head = nn.Sequential(nn.Flatten(), nn.Dropout(0.3), nn.Linear(128, n_classes))

    def forward(self, x):
        return self.head(self.body(x))


def run_epoch(model, loader, optimizer, loss_fn, device):
    model.train()
    total = 0.0
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(yb)
    return total / len(loader.dataset)


@torch.no_grad()
def predict(model, loader, device):
    model.eval()
    preds, trues = [], []
    for xb, yb in loader:
        preds.append(model(xb.to(device)).argmax(1).cpu().numpy())
        trues.append(yb.numpy())
    return np.concatenate(trues), np.concatenate(preds)


def main():
    seed_everything(CFG["seed"])
    device = "cuda" if torch.cuda.is_available() else "cpu"

    raw = pd.read_csv(CFG["csv"])
    print(raw.shape, raw["subject"].nunique(), "subjects")
    print(raw["activity"].value_counts())

    X, y, subj = build_windows(raw, CFG["channels"], CFG["window"])
    print("windows:", X.shape)

    dataset = HARDataset(X, y)

    subjects = np.unique(subj)
    rng = np.random.default_rng(CFG["seed"])
    test_subj = rng.choice(subjects, size=CFG["test_subjects"], replace=False)
    test_idx = np.where(np.isin(subj, test_subj))[0]
    train_idx = np.where(~np.isin(subj, test_subj))[0]
    print("test subjects:", sorted(test_subj.tolist()))

    train_loader = DataLoader(Subset(dataset, train_idx), batch_size=CFG["batch_size"], shuffle=True)
    test_loader = DataLoader(Subset(dataset, test_idx), batch_size=256)

    model = ConvNet(len(CFG["channels"]), len(ACTIVITIES)).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=CFG["lr"])
    loss_fn = nn.CrossEntropyLoss()

    for epoch in range(CFG["epochs"]):
        loss = run_epoch(model, train_loader, optimizer, loss_fn, device)
        print(f"epoch {epoch + 1:02d}  train loss {loss:.4f}")

    y_true, y_pred = predict(model, test_loader, device)
    print("held-out subjects accuracy: %.4f" % accuracy_score(y_true, y_pred))
    print("macro F1: %.4f" % f1_score(y_true, y_pred, average="macro"))
    print(classification_report(y_true, y_pred, target_names=ACTIVITIES))
    torch.save(model.state_dict(), "har_cnn.pt")


if __name__ == "__main__":
    main()
