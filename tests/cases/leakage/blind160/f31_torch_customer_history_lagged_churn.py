# churn-snapshots: customer-history features + PyTorch MLP
import json

import numpy as np
import pandas as pd
import torch
from torch import nn
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import StandardScaler

torch.manual_seed(5)
task = json.load(open("task.json"))
TARGET, ID = task["target"], task["id_column"]

BASE_NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
            "days_since_last_login", "support_tickets_30d", "payment_failures_90d"]


def add_history(frame):
    """Behaviour relative to the customer's own usual level (previous snapshots only)."""
    frame = frame.sort_values(["customer_id", "snapshot_month"]).copy()
    frame["days_since_last_login"] = frame["days_since_last_login"].fillna(120)
    g = frame.groupby("customer_id")
    frame["cust_avg_logins"] = g["logins_30d"].transform(lambda s: s.shift(1).expanding().mean())
    frame["cust_max_tickets"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).expanding().max())
    frame["cust_avg_logins"] = frame["cust_avg_logins"].fillna(frame["logins_30d"])
    frame["cust_max_tickets"] = frame["cust_max_tickets"].fillna(frame["support_tickets_30d"])
    frame["logins_vs_usual"] = frame["logins_30d"] - frame["cust_avg_logins"]
    frame["tickets_vs_peak"] = frame["support_tickets_30d"] - frame["cust_max_tickets"]
    return frame


hist = add_history(pd.read_csv("train.csv", parse_dates=["snapshot_month"]))
scoring = add_history(pd.read_csv("test.csv", parse_dates=["snapshot_month"]))
hist = hist.join(pd.get_dummies(hist["plan"], prefix="plan", dtype=float))
scoring = scoring.join(pd.get_dummies(scoring["plan"], prefix="plan", dtype=float))

FEATS = BASE_NUM + ["cust_avg_logins", "cust_max_tickets", "logins_vs_usual", "tickets_vs_peak"] + \
    [c for c in hist.columns if c.startswith("plan_")]

# time cut; evaluation keeps only customers unseen before the cut
cut = pd.Timestamp("2024-07-01")
fit_rows = hist[hist["snapshot_month"] < cut]
eval_rows = hist[hist["snapshot_month"] >= cut]
eval_rows = eval_rows[~eval_rows["customer_id"].isin(set(fit_rows["customer_id"]))]
print(f"fit {len(fit_rows)} rows / eval {len(eval_rows)} rows ({eval_rows.customer_id.nunique()} customers)")

sc = StandardScaler().fit(fit_rows[FEATS])
Xf = torch.tensor(sc.transform(fit_rows[FEATS]), dtype=torch.float32)
yf = torch.tensor(fit_rows[TARGET].values, dtype=torch.float32)
Xe = torch.tensor(sc.transform(eval_rows[FEATS]), dtype=torch.float32)
ye = eval_rows[TARGET].values

model = nn.Sequential(nn.Linear(len(FEATS), 64), nn.ReLU(), nn.Dropout(0.2), nn.Linear(64, 1))
opt = torch.optim.Adam(model.parameters(), lr=1e-3, weight_decay=1e-4)
crit = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(float((1 - yf.mean()) / yf.mean())))
for epoch in range(25):
    model.train()
    for b in torch.randperm(len(Xf)).split(512):
        opt.zero_grad()
        crit(model(Xf[b]).squeeze(1), yf[b]).backward()
        opt.step()

model.eval()
with torch.no_grad():
    pe = torch.sigmoid(model(Xe).squeeze(1)).numpy()
dummy = DummyClassifier(strategy="prior").fit(fit_rows[FEATS], fit_rows[TARGET])
pd_ = dummy.predict_proba(eval_rows[FEATS])[:, 1]
print(f"MLP   roc_auc={roc_auc_score(ye, pe):.4f}  ap={average_precision_score(ye, pe):.4f}")
print(f"dummy roc_auc={roc_auc_score(ye, pd_):.4f}  ap={average_precision_score(ye, pd_):.4f}")

with torch.no_grad():
    Xs = torch.tensor(sc.transform(scoring.reindex(columns=FEATS, fill_value=0.0)), dtype=torch.float32)
    scoring["prediction"] = torch.sigmoid(model(Xs).squeeze(1)).numpy()
scoring[[ID, "prediction"]].to_csv("predictions.csv", index=False)
