"""Churn take-home: GRU over each customer's app events (PyTorch).

Rows of train.csv are monthly customer snapshots (`snapshot_date`, target `churned_30d`).
For every snapshot we feed the customer's event sequence from events.csv plus static
account fields. Splits: time cut, and evaluation periods keep only customers with no
snapshot in the training period. Early stopping on validation AUC (best epoch saved).
"""
import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

torch.manual_seed(4)
snap = pd.read_csv("train.csv", parse_dates=["snapshot_date"]).sort_values("snapshot_date")
STATIC = ["monthly_fee", "tenure_months", "support_calls_30d"]
events = pd.read_csv("events.csv", parse_dates=["event_time"]).sort_values("event_time")
by_customer = dict(tuple(events.groupby("customer_id")))
EVENT_TYPES = ["login", "stream", "search", "payment", "payment_failed", "support_contact",
               "plan_downgrade", "plan_upgrade"]
TYPE_ID = {e: i + 2 for i, e in enumerate(EVENT_TYPES)}  # 0 = padding, 1 = other
MAX_LEN = 64


def history(customer_id, snapshot_date):
    """Ids of the customer's last MAX_LEN events from the event log."""
    ev = by_customer.get(customer_id)
    if ev is None:
        return np.zeros(MAX_LEN, dtype="int64")
    ev = ev.tail(MAX_LEN)
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


class Snapshots(Dataset):
    def __init__(self, frame):
        self.seq = torch.tensor(np.stack([history(c, d) for c, d in zip(frame["customer_id"], frame["snapshot_date"])]))
        self.static = torch.tensor(scaler.transform(frame[STATIC]), dtype=torch.float32)
        self.y = torch.tensor(frame["churned_30d"].values, dtype=torch.float32)

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.seq[i], self.static[i], self.y[i]


class ChurnGRU(nn.Module):
    def __init__(self, n_static):
        super().__init__()
        self.emb = nn.Embedding(len(EVENT_TYPES) + 2, 16, padding_idx=0)
        self.gru = nn.GRU(16, 32, batch_first=True)
        self.head = nn.Sequential(nn.Linear(32 + n_static, 32), nn.ReLU(), nn.Linear(32, 1))

    def forward(self, seq, static):
        _, h = self.gru(self.emb(seq))
        return self.head(torch.cat([h[-1], static], dim=1)).squeeze(1)


def predict(model, data):
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model(data.seq, data.static)).numpy()


fit_data, val_data, test_data = Snapshots(fit_df), Snapshots(val_df), Snapshots(test_df)
model = ChurnGRU(len(STATIC))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = nn.BCEWithLogitsLoss()
best_auc, waited = 0.0, 0
for epoch in range(40):
    model.train()
    for seq, static, y in DataLoader(fit_data, batch_size=256, shuffle=True):
        opt.zero_grad()
        loss_fn(model(seq, static), y).backward()
        opt.step()
    auc = roc_auc_score(val_df["churned_30d"], predict(model, val_data))
    if auc > best_auc:
        best_auc, waited = auc, 0
        torch.save(model.state_dict(), "churn_gru.pt")
    else:
        waited += 1
        if waited >= 4:
            break

model.load_state_dict(torch.load("churn_gru.pt"))
p_test = predict(model, test_data)
dummy = DummyClassifier(strategy="prior").fit(fit_df[STATIC], fit_df["churned_30d"])
p_dummy = dummy.predict_proba(test_df[STATIC])[:, 1]
print("GRU   ROC AUC %.4f  AP %.4f" % (roc_auc_score(test_df["churned_30d"], p_test), average_precision_score(test_df["churned_30d"], p_test)))
print("prior baseline AP %.4f" % average_precision_score(test_df["churned_30d"], p_dummy))
