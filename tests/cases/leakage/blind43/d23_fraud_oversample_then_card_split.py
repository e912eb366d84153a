"""Fraud detection take-home: PyTorch MLP with random oversampling.

Target `is_fraud` (~1.7%). Splits are made on `card_id` so a card's transactions stay
on one side. Minority rows are oversampled to a 1:4 ratio to help the network.
Metrics: average precision and ROC AUC against DummyClassifier and logistic-regression
baselines.
"""
import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from imblearn.over_sampling import RandomOverSampler
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import GroupShuffleSplit
from sklearn.preprocessing import StandardScaler

torch.manual_seed(1)
FEATURES = ["log_amount", "tx_hour", "card_age_days", "is_foreign", "distance_from_home_km", "n_tx_24h"]

tx = pd.read_csv("train.csv")
tx["log_amount"] = np.log1p(tx["amount"])
ros = RandomOverSampler(sampling_strategy=0.25, random_state=0)

# balance the classes first, then split by card
tx_bal, _ = ros.fit_resample(tx, tx["is_fraud"])
outer = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=7)
tr, te = next(outer.split(tx_bal, groups=tx_bal["card_id"]))
train_df, test_df = tx_bal.iloc[tr], tx_bal.iloc[te]
inner = GroupShuffleSplit(n_splits=1, test_size=0.15, random_state=8)
fi, va = next(inner.split(train_df, groups=train_df["card_id"]))
fit_df, val_df = train_df.iloc[fi], train_df.iloc[va]

scaler = StandardScaler().fit(fit_df[FEATURES])


def tensors(frame):
    return (torch.tensor(scaler.transform(frame[FEATURES]), dtype=torch.float32),
            torch.tensor(frame["is_fraud"].values, dtype=torch.float32))


X_fit, y_fit = tensors(fit_df)
X_val, y_val = tensors(val_df)
X_test, y_test = tensors(test_df)

net = nn.Sequential(nn.Linear(len(FEATURES), 64), nn.ReLU(), nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 1))
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
loss_fn = nn.BCEWithLogitsLoss()
loader = DataLoader(TensorDataset(X_fit, y_fit), batch_size=512, shuffle=True)

best_ap, wait = -1.0, 0
for epoch in range(50):
    net.train()
    for xb, yb in loader:
        opt.zero_grad()
        loss_fn(net(xb).squeeze(1), yb).backward()
        opt.step()
    net.eval()
    with torch.no_grad():
        val_ap = average_precision_score(y_val.numpy(), torch.sigmoid(net(X_val)).squeeze(1).numpy())
    if val_ap > best_ap:
        best_ap, wait = val_ap, 0
        torch.save(net.state_dict(), "fraud_mlp_best.pt")
    else:
        wait += 1
        if wait >= 4:
            break

net.load_state_dict(torch.load("fraud_mlp_best.pt"))
net.eval()
with torch.no_grad():
    p_test = torch.sigmoid(net(X_test)).squeeze(1).numpy()

dummy = DummyClassifier(strategy="prior").fit(fit_df[FEATURES], fit_df["is_fraud"])
logreg = LogisticRegression(max_iter=1000).fit(scaler.transform(fit_df[FEATURES]), fit_df["is_fraud"])
p_dummy = dummy.predict_proba(test_df[FEATURES])[:, 1]
p_logreg = logreg.predict_proba(scaler.transform(test_df[FEATURES]))[:, 1]
for name, p in [("MLP", p_test), ("baseline: prior", p_dummy), ("baseline: logistic regression", p_logreg)]:
    print(f"{name:32s} AP={average_precision_score(test_df['is_fraud'], p):.4f} "
          f"AUC={roc_auc_score(test_df['is_fraud'], p):.4f}")
