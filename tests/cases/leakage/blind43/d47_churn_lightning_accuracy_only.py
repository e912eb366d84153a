"""Churn from event sequences: PyTorch Lightning GRU.

Snapshots in train.csv (`snapshot_date`, `customer_id`, target `churned_30d`); events in
events.csv. The GRU reads the event types before each snapshot; static account fields
are concatenated. Time cut for validation/test, restricted to customers not seen earlier.
"""
import numpy as np
import pandas as pd
import pytorch_lightning as pl
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from pytorch_lightning.callbacks import EarlyStopping, ModelCheckpoint
from sklearn.preprocessing import StandardScaler
from torchmetrics.classification import BinaryAccuracy

pl.seed_everything(10)
snap = pd.read_csv("train.csv", parse_dates=["snapshot_date"]).sort_values("snapshot_date")
STATIC = ["monthly_fee", "tenure_months", "support_calls_30d"]
events = pd.read_csv("events.csv", parse_dates=["event_time"]).sort_values("event_time")
by_customer = dict(tuple(events.groupby("customer_id")))
EVENT_TYPES = ["login", "stream", "search", "payment", "payment_failed", "support_contact",
               "plan_downgrade", "plan_upgrade"]
TYPE_ID = {e: i + 2 for i, e in enumerate(EVENT_TYPES)}  # 0 = padding, 1 = other
MAX_LEN = 64


def history(customer_id, snapshot_date):
    """Ids of the customer's last MAX_LEN events strictly before the snapshot."""
    ev = by_customer.get(customer_id)
    if ev is None:
        return np.zeros(MAX_LEN, dtype="int64")
    ev = ev[ev["event_time"] < snapshot_date].tail(MAX_LEN)
    ids = [TYPE_ID.get(e, 1) for e in ev["event_type"]]
    return np.array([0] * (MAX_LEN - len(ids)) + ids, dtype="int64")


VAL_START, TEST_START = pd.Timestamp("2023-10-01"), pd.Timestamp("2024-01-01")


def later_new_customers(frame, start, end, seen):
    """Snapshots in [start, end) of customers that have no earlier (training) snapshot."""
    part = frame[(frame["snapshot_date"] >= start) & (frame["snapshot_date"] < end)]
    return part[~part["customer_id"].isin(seen)]


train_full = snap[snap["snapshot_date"] < TEST_START]
test_df = later_new_customers(snap, TEST_START, pd.Timestamp.max, train_full["customer_id"])
fit_df = train_full[train_full["snapshot_date"] < VAL_START]
val_df = later_new_customers(train_full, VAL_START, TEST_START, fit_df["customer_id"])
scaler = StandardScaler().fit(fit_df[STATIC])


def tensors(frame):
    seq = torch.tensor(np.stack([history(c, d) for c, d in zip(frame["customer_id"], frame["snapshot_date"])]))
    static = torch.tensor(scaler.transform(frame[STATIC]), dtype=torch.float32)
    return TensorDataset(seq, static, torch.tensor(frame["churned_30d"].values, dtype=torch.float32))


class ChurnSeq(pl.LightningModule):
    def __init__(self, n_static):
        super().__init__()
        self.emb = nn.Embedding(len(EVENT_TYPES) + 2, 16, padding_idx=0)
        self.gru = nn.GRU(16, 32, batch_first=True)
        self.head = nn.Linear(32 + n_static, 1)
        self.val_acc, self.test_acc = BinaryAccuracy(), BinaryAccuracy()

    def forward(self, seq, static):
        _, h = self.gru(self.emb(seq))
        return self.head(torch.cat([h[-1], static], dim=1)).squeeze(1)

    def training_step(self, batch, batch_idx):
        seq, static, y = batch
        loss = nn.functional.binary_cross_entropy_with_logits(self(seq, static), y, pos_weight=torch.tensor(4.0))
        self.log("train_loss", loss)
        return loss

    def validation_step(self, batch, batch_idx):
        seq, static, y = batch
        p = torch.sigmoid(self(seq, static))
        self.val_acc(p, y.int())
        self.log("val_acc", self.val_acc, on_epoch=True, prog_bar=True)

    def test_step(self, batch, batch_idx):
        seq, static, y = batch
        p = torch.sigmoid(self(seq, static))
        self.test_acc(p, y.int())
        self.log("test_acc", self.test_acc, on_epoch=True)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-3)


model = ChurnSeq(len(STATIC))
ckpt = ModelCheckpoint(monitor="val_acc", mode="max")
trainer = pl.Trainer(max_epochs=30, callbacks=[EarlyStopping(monitor="val_acc", mode="max", patience=4), ckpt])
trainer.fit(model, DataLoader(tensors(fit_df), batch_size=256, shuffle=True), DataLoader(tensors(val_df), batch_size=2048))
result = trainer.test(model, DataLoader(tensors(test_df), batch_size=2048), ckpt_path="best")[0]
print("GRU test:", result)
majority = int(fit_df["churned_30d"].mean() >= 0.5)
print("majority-class baseline accuracy:", float((test_df["churned_30d"] == majority).mean()))
