"""California housing with a small PyTorch MLP.

- random_split into train / val / test
- standardisation statistics from the training subset only
- early stopping on val loss, one final number on test
- compared with the "predict the mean" baseline
"""
import copy
import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader, random_split, Subset
from sklearn.datasets import fetch_california_housing

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"

housing = fetch_california_housing()
X = torch.tensor(housing.data, dtype=torch.float32)
y = torch.tensor(housing.target, dtype=torch.float32).unsqueeze(1)
print(X.shape, y.shape)

full_ds = TensorDataset(X, y)
n = len(full_ds)
n_test = int(0.15 * n)
n_val = int(0.15 * n)
n_train = n - n_val - n_test
train_ds, val_ds, test_ds = random_split(full_ds, [n_train, n_val, n_test],
                                         generator=torch.Generator().manual_seed(0))

# normalisation stats from the training indices only
tr_idx = torch.tensor(train_ds.indices)
mu = X[tr_idx].mean(0)
sd = X[tr_idx].std(0)


def make_loader(subset, shuffle):
    idx = torch.tensor(subset.indices)
    xs = (X[idx] - mu) / sd
    return DataLoader(TensorDataset(xs, y[idx]), batch_size=128, shuffle=shuffle)


train_dl = make_loader(train_ds, True)
val_dl = make_loader(val_ds, False)
test_dl = make_loader(test_ds, False)


class MLP(nn.Module):
    def __init__(self, d_in):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(d_in, 128), nn.ReLU(), nn.Dropout(0.1),
            nn.Linear(128, 64), nn.ReLU(),
            nn.Linear(64, 1),
        )

    def forward(self, x):
        return self.net(x)


def run_epoch(model, dl, opt=None):
    train = opt is not None
    model.train(train)
    tot, cnt = 0.0, 0
    with torch.set_grad_enabled(train):
        for xb, yb in dl:
            xb, yb = xb.to(device), yb.to(device)
            loss = nn.functional.mse_loss(model(xb), yb)
            if train:
                opt.zero_grad()
                loss.backward()
                opt.step()
            tot += loss.item() * len(xb)
            cnt += len(xb)
    return tot / cnt


model = MLP(X.shape[1]).to(device)
opt = torch.optim.Adam(model.parameters(), lr=1e-3, weight_decay=1e-5)

best_val, best_state, patience, bad = float("inf"), None, 15, 0
for epoch in range(300):
    tr_loss = run_epoch(model, train_dl, opt)
    va_loss = run_epoch(model, val_dl)
    if va_loss < best_val - 1e-4:
        best_val, best_state, bad = va_loss, copy.deepcopy(model.state_dict()), 0
    else:
        bad += 1
    if epoch % 10 == 0:
        print(f"epoch {epoch:3d} train {tr_loss:.4f} val {va_loss:.4f}")
    if bad >= patience:
        print("early stop at", epoch)
        break

model.load_state_dict(best_state)
test_mse = run_epoch(model, test_dl)

# baseline: predict the training mean for every house
y_tr_mean = y[tr_idx].mean()
y_te = y[torch.tensor(test_ds.indices)]
baseline_mse = ((y_te - y_tr_mean) ** 2).mean().item()

print(f"test MSE  MLP: {test_mse:.4f}   mean baseline: {baseline_mse:.4f}")
print(f"test RMSE MLP: {np.sqrt(test_mse):.4f}")
