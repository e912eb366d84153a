"""
Card-fraud detection with a small PyTorch MLP.

Layout
------
- ``FraudConfig``         : all knobs in one place
- ``load_data`` / ``engineer_features``
- ``make_splits``         : stratified train / validation / test
- ``train_model``         : mini-batch training, early stopping on the validation loader
- ``evaluate_model``      : ROC AUC and PR AUC on the untouched test split
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Tuple

import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from torch.utils.data import DataLoader, TensorDataset

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
LOGGER = logging.getLogger("fraud_mlp")


@dataclass
class FraudConfig:
    data_path: Path = Path("train.csv")
    target: str = "is_fraud"
    epochs: int = 50
    batch_size: int = 1024
    learning_rate: float = 2e-3
    patience: int = 5
    seed: int = 123


NUMERIC = ["amount", "customer_age", "velocity_1h", "velocity_24h", "avg_amount_30d",
           "distance_from_home_km", "card_present", "country_mismatch", "log_amount"]
CATEGORICAL = ["merchant_category", "device_type"]


def load_data(cfg: FraudConfig) -> pd.DataFrame:
    return pd.read_csv(cfg.data_path)


def engineer_features(df: pd.DataFrame) -> pd.DataFrame:
    df = df.copy()
    df["log_amount"] = np.log1p(df["amount"])
    return df[NUMERIC + CATEGORICAL + ["is_fraud"]]


def make_splits(df: pd.DataFrame, cfg: FraudConfig) -> Tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    train, rest = train_test_split(df, test_size=0.3, stratify=df[cfg.target], random_state=cfg.seed)
    valid, test = train_test_split(rest, test_size=0.5, stratify=rest[cfg.target], random_state=cfg.seed)
    return train, valid, test


def to_loader(X: np.ndarray, y: np.ndarray, batch_size: int, shuffle: bool = False) -> DataLoader:
    ds = TensorDataset(torch.from_numpy(X.astype(np.float32)), torch.from_numpy(y.astype(np.float32)))
    return DataLoader(ds, batch_size=batch_size, shuffle=shuffle)


class FraudNet(nn.Module):
    def __init__(self, n_features: int) -> None:
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(n_features, 128), nn.BatchNorm1d(128), nn.ReLU(), nn.Dropout(0.25),
            nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 1),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.layers(x).squeeze(1)


@torch.no_grad()
def predict_proba(model: nn.Module, loader: DataLoader) -> np.ndarray:
    model.eval()
    return torch.cat([torch.sigmoid(model(xb)) for xb, _ in loader]).numpy()


def train_model(train_loader: DataLoader, valid_loader: DataLoader, y_valid: np.ndarray,
                n_features: int, cfg: FraudConfig) -> FraudNet:
    model = FraudNet(n_features)
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg.learning_rate)
    criterion = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(10.0))
    best_ap, best_state, stale = -1.0, None, 0
    for epoch in range(1, cfg.epochs + 1):
        model.train()
        for xb, yb in train_loader:
            optimizer.zero_grad()
            criterion(model(xb), yb).backward()
            optimizer.step()
        val_ap = average_precision_score(y_valid, predict_proba(model, valid_loader))
        LOGGER.info("epoch %d: validation PR AUC %.4f", epoch, val_ap)
        if val_ap > best_ap:
            best_ap, stale = val_ap, 0
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
        else:
            stale += 1
            if stale >= cfg.patience:
                break
    model.load_state_dict(best_state)
    return model


def evaluate_model(y_true: np.ndarray, proba: np.ndarray, name: str) -> None:
    LOGGER.info("[test] %-8s ROC AUC %.4f | PR AUC %.4f", name,
                roc_auc_score(y_true, proba), average_precision_score(y_true, proba))


def main() -> None:
    cfg = FraudConfig()
    torch.manual_seed(cfg.seed)
    df = engineer_features(load_data(cfg))
    train, valid, test = make_splits(df, cfg)

    prep = ColumnTransformer([
        ("num", StandardScaler(), NUMERIC),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATEGORICAL),
    ])
    X_train = prep.fit_transform(train)
    X_valid, X_test = prep.transform(valid), prep.transform(test)
    y_train, y_valid, y_test = (p[cfg.target].to_numpy() for p in (train, valid, test))

    model = train_model(to_loader(X_train, y_train, cfg.batch_size, shuffle=True),
                        to_loader(X_valid, y_valid, cfg.batch_size), y_valid, X_train.shape[1], cfg)

    dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
    evaluate_model(y_test, dummy.predict_proba(X_test)[:, 1], "dummy")
    evaluate_model(y_test, predict_proba(model, to_loader(X_test, y_test, cfg.batch_size)), "mlp")


if __name__ == "__main__":
    main()
