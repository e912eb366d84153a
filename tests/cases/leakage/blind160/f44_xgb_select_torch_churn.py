"""churn-snapshots: XGBoost-driven feature pruning, then a PyTorch classifier on the survivors."""
import json

import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from sklearn.feature_selection import SelectFromModel
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler
from xgboost import XGBClassifier

task = json.load(open("task.json"))
TARGET, TIME, GROUP, ID = task["target"], task["time_column"], task["group_column"], task["id_column"]

raw = pd.read_csv("train.csv", parse_dates=[TIME])
raw_test = pd.read_csv("test.csv", parse_dates=[TIME])


def engineer(d):
    out = pd.get_dummies(d[["plan", "region"]], dtype=float)
    base = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "support_tickets_30d",
            "payment_failures_90d"]
    out[base] = d[base].astype(float)
    out["days_since_last_login"] = d["days_since_last_login"].fillna(365)
    out["tenure_bucket"] = pd.cut(d["tenure_months"], [-1, 3, 6, 12, 24, 1000], labels=False)
    out["charges_x_failures"] = d["monthly_charges"] * d["payment_failures_90d"]
    out["tickets_x_inactive"] = d["support_tickets_30d"] * (out["days_since_last_login"] > 14)
    out["low_engagement"] = (d["logins_30d"] < 3).astype(float)
    out["discount_x_tenure"] = d["has_discount"] * d["tenure_months"]
    return out


F = engineer(raw)
y = raw[TARGET].values

# prune features with an importance threshold from a quick xgboost fit
pruner = SelectFromModel(XGBClassifier(n_estimators=200, max_depth=3, learning_rate=0.1, eval_metric="auc"),
                         threshold="median")
pruner.fit(F, y)
kept = F.columns[pruner.get_support()]
print(f"kept {len(kept)}/{F.shape[1]}:", list(kept))

is_train = (raw[TIME] < "2024-07-01").values
is_eval = (~is_train) & (~raw[GROUP].isin(raw.loc[is_train, GROUP])).values

scaler = StandardScaler().fit(F.loc[is_train, kept])
X_tr = torch.tensor(scaler.transform(F.loc[is_train, kept]), dtype=torch.float32)
X_ev = torch.tensor(scaler.transform(F.loc[is_eval, kept]), dtype=torch.float32)
y_tr = torch.tensor(y[is_train], dtype=torch.float32)
y_ev = y[is_eval]

net = nn.Sequential(nn.Linear(len(kept), 32), nn.ReLU(), nn.Linear(32, 16), nn.ReLU(), nn.Linear(16, 1))
optimizer = torch.optim.Adam(net.parameters(), lr=1e-3)
criterion = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(15.0))
loader = DataLoader(TensorDataset(X_tr, y_tr), batch_size=128, shuffle=True)
for epoch in range(20):
    net.train()
    for xb, yb in loader:
        optimizer.zero_grad()
        criterion(net(xb).squeeze(1), yb).backward()
        optimizer.step()

net.eval()
with torch.no_grad():
    p_ev = torch.sigmoid(net(X_ev).squeeze(1)).numpy()
print(f"eval rows {len(y_ev)}, churn rate {y_ev.mean():.3f}")
print(f"ROC AUC {roc_auc_score(y_ev, p_ev):.4f}   average precision {average_precision_score(y_ev, p_ev):.4f}")

F_test = engineer(raw_test).reindex(columns=F.columns, fill_value=0.0)
with torch.no_grad():
    p_test = torch.sigmoid(net(torch.tensor(scaler.transform(F_test[kept]), dtype=torch.float32)).squeeze(1)).numpy()
pd.DataFrame({ID: raw_test[ID], "prediction": p_test}).to_csv("predictions.csv", index=False)
