"""Heart disease classifier in PyTorch Lightning."""
import numpy as np
import pandas as pd
import pytorch_lightning as pl
import torch
import torch.nn.functional as F
from pytorch_lightning.callbacks import EarlyStopping, ModelCheckpoint
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from torchmetrics.classification import BinaryAUROC, BinaryF1Score

pl.seed_everything(7)

CATEGORICAL = ["cp", "restecg", "slope", "ca", "thal"]
NUMERIC = ["age", "trestbps", "chol", "thalach", "oldpeak"]
BINARY = ["sex", "fbs", "exang"]


class HeartNet(pl.LightningModule):
    def __init__(self, n_features, lr=1e-3, hidden=32):
        super().__init__()
        self.save_hyperparameters()
        self.model = nn.Sequential(
            nn.Linear(n_features, hidden), nn.ReLU(), nn.Dropout(0.3),
            nn.Linear(hidden, hidden), nn.ReLU(),
            nn.Linear(hidden, 1),
        )
        self.val_auc = BinaryAUROC()
        self.test_auc = BinaryAUROC()
        self.test_f1 = BinaryF1Score()

    def forward(self, x):
        return self.model(x).squeeze(-1)

    def training_step(self, batch, _):
        x, y = batch
        loss = F.binary_cross_entropy_with_logits(self(x), y)
        self.log("train_loss", loss, prog_bar=True)
        return loss

    def validation_step(self, batch, _):
        x, y = batch
        logits = self(x)
        self.log("val_loss", F.binary_cross_entropy_with_logits(logits, y), prog_bar=True)
        self.val_auc.update(torch.sigmoid(logits), y.int())
        self.log("val_auc", self.val_auc, on_epoch=True)

    def test_step(self, batch, _):
        x, y = batch
        probs = torch.sigmoid(self(x))
        self.test_auc.update(probs, y.int())
        self.test_f1.update(probs, y.int())
        self.log("test_auc", self.test_auc, on_epoch=True)
        self.log("test_f1", self.test_f1, on_epoch=True)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams.lr, weight_decay=1e-4)


def to_loader(X, y, shuffle):
    ds = TensorDataset(torch.tensor(X, dtype=torch.float32), torch.tensor(y, dtype=torch.float32))
    return DataLoader(ds, batch_size=32, shuffle=shuffle)


def main():
    df = pd.read_csv("data/heart_cleveland.csv").dropna()
    y = (df["num"] > 0).astype(int).to_numpy()
    X = pd.get_dummies(df[CATEGORICAL + NUMERIC + BINARY], columns=CATEGORICAL, dtype=float)

    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=7)
    scaler = StandardScaler().fit(X_train[NUMERIC])
    X_train = X_train.copy()
    X_test = X_test.copy()
    X_train[NUMERIC] = scaler.transform(X_train[NUMERIC])
    X_test[NUMERIC] = scaler.transform(X_test[NUMERIC])

    train_loader = to_loader(X_train.to_numpy(), y_train, shuffle=True)
    test_loader = to_loader(X_test.to_numpy(), y_test, shuffle=False)

    model = HeartNet(n_features=X_train.shape[1])
    checkpoint = ModelCheckpoint(monitor="val_loss", mode="min", save_top_k=1)
    trainer = pl.Trainer(
        max_epochs=300,
        callbacks=[EarlyStopping(monitor="val_loss", patience=20), checkpoint],
        log_every_n_steps=5,
        enable_progress_bar=False,
    )
    trainer.fit(model, train_dataloaders=train_loader, val_dataloaders=test_loader)
    results = trainer.test(model, dataloaders=test_loader, ckpt_path="best")
    print(results)


if __name__ == "__main__":
    main()
