"""Machine-failure early warning with PyTorch Lightning.

Predict `failure_24h` for every sensor reading. Per-machine smoothed signals are added
as features. The evaluation is chronological: fit on readings before April, validate on
April, test on May. Metrics: average precision and AUROC; baseline: prior failure rate.
"""
import numpy as np
import pandas as pd
import pytorch_lightning as pl
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from pytorch_lightning.callbacks import EarlyStopping, ModelCheckpoint
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler
from torchmetrics.classification import BinaryAUROC, BinaryAveragePrecision

SENSORS = ["temperature", "vibration", "pressure", "rpm", "voltage"]
VAL_START, TEST_START = pd.Timestamp("2024-04-01"), pd.Timestamp("2024-05-01")

readings = pd.read_csv("train.csv", parse_dates=["reading_time"]).sort_values(["machine_id", "reading_time"])

# fill sensor dropouts and smooth the noisy signals per machine
readings[SENSORS] = readings.groupby("machine_id")[SENSORS].bfill()
for col in ("vibration", "temperature"):
    readings[f"{col}_mean_12"] = readings.groupby("machine_id")[col].transform(
        lambda s: s.rolling(12, center=True, min_periods=1).mean())
    readings[f"{col}_delta"] = readings[col] - readings[f"{col}_mean_12"]
FEATURES = SENSORS + ["operating_hours"] + [f"{c}_mean_12" for c in ("vibration", "temperature")] + \
    [f"{c}_delta" for c in ("vibration", "temperature")]


class SensorData(pl.LightningDataModule):
    def __init__(self, frame, batch_size=512):
        super().__init__()
        self.frame = frame
        self.batch_size = batch_size

    def setup(self, stage=None):
        f = self.frame.dropna(subset=FEATURES)
        fit = f[f["reading_time"] < VAL_START]
        val = f[(f["reading_time"] >= VAL_START) & (f["reading_time"] < TEST_START)]
        test = f[f["reading_time"] >= TEST_START]
        self.scaler = StandardScaler().fit(fit[FEATURES])
        self.fit_rate = float(fit["failure_24h"].mean())
        self.parts = {"fit": self._tensors(fit), "val": self._tensors(val), "test": self._tensors(test)}

    def _tensors(self, part):
        return TensorDataset(torch.tensor(self.scaler.transform(part[FEATURES]), dtype=torch.float32),
                             torch.tensor(part["failure_24h"].values, dtype=torch.float32))

    def train_dataloader(self):
        return DataLoader(self.parts["fit"], batch_size=self.batch_size, shuffle=True)

    def val_dataloader(self):
        return DataLoader(self.parts["val"], batch_size=4096)

    def test_dataloader(self):
        return DataLoader(self.parts["test"], batch_size=4096)


class FailureNet(pl.LightningModule):
    def __init__(self, n_in, pos_weight=10.0):
        super().__init__()
        self.save_hyperparameters()
        self.net = nn.Sequential(nn.Linear(n_in, 64), nn.ReLU(), nn.Dropout(0.2), nn.Linear(64, 1))
        self.loss = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(pos_weight))
        self.val_ap, self.val_auc = BinaryAveragePrecision(), BinaryAUROC()
        self.test_ap, self.test_auc = BinaryAveragePrecision(), BinaryAUROC()

    def forward(self, x):
        return self.net(x).squeeze(1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = self.loss(self(x), y)
        self.log("train_loss", loss)
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        p = torch.sigmoid(self(x))
        self.val_ap.update(p, y.int())
        self.val_auc.update(p, y.int())

    def on_validation_epoch_end(self):
        self.log("val_ap", self.val_ap.compute(), prog_bar=True)
        self.log("val_auroc", self.val_auc.compute())
        self.val_ap.reset()
        self.val_auc.reset()

    def test_step(self, batch, batch_idx):
        x, y = batch
        p = torch.sigmoid(self(x))
        self.test_ap.update(p, y.int())
        self.test_auc.update(p, y.int())

    def on_test_epoch_end(self):
        self.log("test_ap", self.test_ap.compute())
        self.log("test_auroc", self.test_auc.compute())

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-3)


dm = SensorData(readings)
dm.setup()
model = FailureNet(len(FEATURES))
checkpoint = ModelCheckpoint(monitor="val_ap", mode="max")
trainer = pl.Trainer(max_epochs=50, callbacks=[EarlyStopping(monitor="val_ap", mode="max", patience=5), checkpoint])
trainer.fit(model, datamodule=dm)
result = trainer.test(ckpt_path="best", datamodule=dm)[0]
print("Lightning MLP: test AP %.4f, AUROC %.4f" % (result["test_ap"], result["test_auroc"]))
y_test = dm.parts["test"].tensors[1].numpy()
prior = np.full(len(y_test), dm.fit_rate)
print("prior baseline: test AP %.4f, AUROC %.4f" % (average_precision_score(y_test, prior), roc_auc_score(y_test, prior)))
