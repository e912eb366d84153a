"""Activity recognition (wrist IMU) - 1D CNN with subject-wise splits.

Normalisation statistics are part of the training state: they are computed on
the training subjects' windows and reused for validation/test windows.
"""
import copy

import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from sklearn.metrics import accuracy_score, f1_score, confusion_matrix
from sklearn.model_selection import GroupShuffleSplit
from torch.utils.data import DataLoader, Dataset

CHANNELS = ["acc_x", "acc_y", "acc_z", "gyro_x", "gyro_y", "gyro_z"]
ACTIVITIES = ["walking", "upstairs", "downstairs", "sitting", "standing", "lying"]
WINDOW = 128
STRIDE = 64
SEED = 42


def windows_for_subject(g):
    sig = g[CHANNELS].to_numpy(np.float32)
    acts = g["activity"].map({a: i for i, a in enumerate(ACTIVITIES)}).to_numpy()
    out = []
    for s in range(0, len(g) - WINDOW + 1, STRIDE):
        a = acts[s:s + WINDOW]
        if np.bincount(a).max() / WINDOW >= 0.9:
            out.append((sig[s:s + WINDOW].T, np.bincount(a).argmax()))
    return out


def load_windows(path):
    raw = pd.read_csv(path)
    X, y, groups = [], [], []
    for sid, g in raw.groupby("subject", sort=True):
        for w, lab in windows_for_subject(g):
            X.append(w)
            y.append(lab)
            groups.append(sid)
    return np.stack(X), np.array(y), np.array(groups)


class Normaliser:
    def fit(self, windows):
        self.mean_ = windows.mean(axis=(0, 2), keepdims=True)
        self.std_ = windows.std(axis=(0, 2), keepdims=True) + 1e-6
        return self

    def transform(self, windows):
        return (windows - self.mean_) / self.std_


class WindowDataset(Dataset):
    def __init__(self, windows, labels):
        self.x = torch.tensor(windows, dtype=torch.float32)
        self.y = torch.tensor(labels, dtype=torch.long)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.x[i], self.y[i]


def make_model():
    return nn.Sequential(
        nn.Conv1d(len(CHANNELS), 64, 5, padding=2), nn.BatchNorm1d(64), nn.ReLU(),
        nn.Conv1d(64, 64, 5, padding=2), nn.BatchNorm1d(64), nn.ReLU(), nn.MaxPool1d(2),
        nn.Conv1d(64, 128, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool1d(1),
        nn.Flatten(), nn.Dropout(0.3), nn.Linear(128, len(ACTIVITIES)),
    )


@torch.no_grad()
def evaluate(model, loader):
    model.eval()
    ys, ps = [], []
    for xb, yb in loader:
        ps.append(model(xb).argmax(1).numpy())
        ys.append(yb.numpy())
    y, p = np.concatenate(ys), np.concatenate(ps)
    return y, p


class Trainer:
    def __init__(self, epochs=30, patience=4, lr=1e-3):
        self.epochs, self.patience, self.lr = epochs, patience, lr

    def fit(self, model, train_loader, val_loader):
        opt = torch.optim.Adam(model.parameters(), lr=self.lr)
        loss_fn = nn.CrossEntropyLoss()
        best_f1, best_state, bad = -1.0, None, 0
        for ep in range(self.epochs):
            model.train()
            for xb, yb in train_loader:
                opt.zero_grad()
                loss_fn(model(xb), yb).backward()
                opt.step()
            yv, pv = evaluate(model, val_loader)
            f1 = f1_score(yv, pv, average="macro")
            print(f"epoch {ep + 1:02d} val macro-F1 {f1:.4f}")
            if f1 > best_f1:
                best_f1, best_state, bad = f1, copy.deepcopy(model.state_dict()), 0
            else:
                bad += 1
                if bad >= self.patience:
                    break
        model.load_state_dict(best_state)
        return model


def main():
    torch.manual_seed(SEED)
    X, y, groups = load_windows("data/har_raw.csv")
    print("windows", X.shape, "subjects", len(np.unique(groups)))

    outer = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
    trval_idx, test_idx = next(outer.split(X, y, groups))
    inner = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
    tr_rel, val_rel = next(inner.split(X[trval_idx], y[trval_idx], groups[trval_idx]))
    tr_idx, val_idx = trval_idx[tr_rel], trval_idx[val_rel]

    norm = Normaliser().fit(X[tr_idx])
    loaders = {
        name: DataLoader(WindowDataset(norm.transform(X[idx]), y[idx]), batch_size=64, shuffle=(name == "train"))
        for name, idx in [("train", tr_idx), ("val", val_idx), ("test", test_idx)]
    }

    model = Trainer().fit(make_model(), loaders["train"], loaders["val"])
    yt, pt = evaluate(model, loaders["test"])
    print("test subjects:", np.unique(groups[test_idx]))
    print("test accuracy %.4f | macro-F1 %.4f" % (accuracy_score(yt, pt), f1_score(yt, pt, average="macro")))
    print(confusion_matrix(yt, pt))


if __name__ == "__main__":
    main()
