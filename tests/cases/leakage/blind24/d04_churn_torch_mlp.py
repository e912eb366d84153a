"""
Churn take-home -- PyTorch MLP on tabular snapshot features.

The data is split chronologically into train / validation / test periods.
The validation period drives early stopping; the test period is scored once.
"""
from __future__ import annotations

import copy
import logging
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

logging.basicConfig(level=logging.INFO, format="%(levelname)s | %(message)s")
log = logging.getLogger("churn-mlp")


@dataclass
class Config:
    csv_path: Path = Path("train.csv")
    target: str = "churned_next_month"
    time_col: str = "snapshot_month"
    valid_start: str = "2023-05-01"
    test_start: str = "2023-07-01"
    batch_size: int = 256
    lr: float = 1e-3
    max_epochs: int = 60
    patience: int = 6
    seed: int = 0


FEATURES = [
    "tenure_months", "monthly_spend", "support_tickets", "logins_last_30d",
    "late_payments", "num_products", "discount_pct",
    "is_monthly_contract", "is_premium_plan",
]


def load_data(cfg: Config) -> pd.DataFrame:
    df = pd.read_csv(cfg.csv_path, parse_dates=[cfg.time_col])
    df["is_monthly_contract"] = (df["contract_type"] == "monthly").astype(float)
    df["is_premium_plan"] = (df["plan_type"] == "premium").astype(float)
    return df


def chronological_split(df: pd.DataFrame, cfg: Config):
    t = df[cfg.time_col]
    train = df[t < cfg.valid_start]
    valid = df[(t >= cfg.valid_start) & (t < cfg.test_start)]
    test = df[t >= cfg.test_start]
    log.info("rows: train=%d valid=%d test=%d", len(train), len(valid), len(test))
    return train, valid, test


def to_loader(X: np.ndarray, y: np.ndarray, batch_size: int, shuffle: bool) -> DataLoader:
    ds = TensorDataset(torch.tensor(X, dtype=torch.float32), torch.tensor(y, dtype=torch.float32))
    return DataLoader(ds, batch_size=batch_size, shuffle=shuffle)


class ChurnMLP(nn.Module):
    def __init__(self, n_in: int, hidden: int = 64, dropout: float = 0.2) -> None:
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_in, hidden), nn.ReLU(), nn.Dropout(dropout),
            nn.Linear(hidden, hidden // 2), nn.ReLU(), nn.Dropout(dropout),
            nn.Linear(hidden // 2, 1),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.net(x).squeeze(-1)


@torch.no_grad()
def predict(model: nn.Module, loader: DataLoader) -> np.ndarray:
    model.eval()
    return np.concatenate([torch.sigmoid(model(xb)).numpy() for xb, _ in loader])


def train_model(model: nn.Module, train_dl: DataLoader, valid_dl: DataLoader, cfg: Config, pos_weight: float) -> nn.Module:
    opt = torch.optim.Adam(model.parameters(), lr=cfg.lr, weight_decay=1e-5)
    loss_fn = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(pos_weight))
    best_loss, best_state, bad_epochs = float("inf"), None, 0
    for epoch in range(cfg.max_epochs):
        model.train()
        for xb, yb in train_dl:
            opt.zero_grad()
            loss = loss_fn(model(xb), yb)
            loss.backward()
            opt.step()
        model.eval()
        with torch.no_grad():
            val_loss = np.mean([loss_fn(model(xb), yb).item() for xb, yb in valid_dl])
        log.info("epoch %02d  val_loss %.4f", epoch, val_loss)
        if val_loss < best_loss - 1e-4:
            best_loss, best_state, bad_epochs = val_loss, copy.deepcopy(model.state_dict()), 0
        else:
            bad_epochs += 1
            if bad_epochs >= cfg.patience:
                log.info("early stopping at epoch %d", epoch)
                break
    model.load_state_dict(best_state)
    return model


def evaluate_model(y_true: np.ndarray, proba: np.ndarray, name: str) -> None:
    log.info("%s: ROC AUC %.4f, PR AUC %.4f", name, roc_auc_score(y_true, proba), average_precision_score(y_true, proba))


def main() -> None:
    cfg = Config()
    torch.manual_seed(cfg.seed)
    df = load_data(cfg)
    train, valid, test = chronological_split(df, cfg)

    scaler = StandardScaler().fit(train[FEATURES])
    X_tr, X_va, X_te = (scaler.transform(part[FEATURES]) for part in (train, valid, test))
    y_tr, y_va, y_te = (part[cfg.target].to_numpy() for part in (train, valid, test))

    train_dl = to_loader(X_tr, y_tr, cfg.batch_size, shuffle=True)
    valid_dl = to_loader(X_va, y_va, cfg.batch_size, shuffle=False)
    test_dl = to_loader(X_te, y_te, cfg.batch_size, shuffle=False)

    pos_weight = (1 - y_tr.mean()) / y_tr.mean()
    model = train_model(ChurnMLP(len(FEATURES)), train_dl, valid_dl, cfg, pos_weight)

    evaluate_model(y_te, np.full(len(y_te), y_tr.mean()), "prior baseline")
    evaluate_model(y_te, predict(model, test_dl), "MLP")


if __name__ == "__main__":
    main()
