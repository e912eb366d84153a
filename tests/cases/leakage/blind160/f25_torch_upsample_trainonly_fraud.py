"""Fraud model: upsample the rare class, train a PyTorch MLP, compare with a rule-based baseline.

Run: python train_fraud.py  (expects train.csv / test.csv / task.json in cwd)
"""
import json
import numpy as np
import pandas as pd
import torch
from torch import nn
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import RobustScaler
from sklearn.metrics import average_precision_score, roc_auc_score

CFG = json.load(open("task.json"))
TARGET, ID = CFG["target"], CFG["id_column"]
FEATURES = ["amount", "hour", "card_present", "distance_from_home_km", "txn_count_24h",
            "country_mismatch", "card_age_days"]
UPSAMPLE = 6


def load():
    df = pd.read_csv("train.csv")
    df = df.join(pd.get_dummies(df["merchant_category"], prefix="m", dtype=float))
    return df


def rule_score(frame):
    """Hand-written baseline: how many classic red flags does the transaction raise?"""
    return (frame["country_mismatch"] + (1 - frame["card_present"])
            + (frame["distance_from_home_km"] > 200) + (frame["txn_count_24h"] > 8)
            + (frame["card_age_days"] < 14)).astype(float)


def train_mlp(X, y, epochs=15):
    net = nn.Sequential(nn.Linear(X.shape[1], 64), nn.ReLU(), nn.Dropout(0.2),
                        nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 1))
    opt = torch.optim.Adam(net.parameters(), lr=1e-3)
    Xt = torch.tensor(X, dtype=torch.float32)
    yt = torch.tensor(y, dtype=torch.float32)
    for epoch in range(epochs):
        net.train()
        for batch in torch.randperm(len(Xt)).split(256):
            opt.zero_grad()
            loss = nn.functional.binary_cross_entropy_with_logits(net(Xt[batch]).squeeze(1), yt[batch])
            loss.backward()
            opt.step()
    return net.eval()


def score(net, X):
    with torch.no_grad():
        return torch.sigmoid(net(torch.tensor(X, dtype=torch.float32)).squeeze(1)).numpy()


df = load()
cols = FEATURES + [c for c in df.columns if c.startswith("m_")]

train_part, test_part = train_test_split(df, test_size=0.2, stratify=df[TARGET], random_state=0)
frauds = train_part[train_part[TARGET] == 1]
train_part = pd.concat([train_part] + [frauds] * UPSAMPLE, ignore_index=True).sample(frac=1.0, random_state=0)
print("fraud share in the training part after upsampling:", round(train_part[TARGET].mean(), 3))

scaler = RobustScaler().fit(train_part[cols])
net = train_mlp(scaler.transform(train_part[cols]), train_part[TARGET].values)

y_true = test_part[TARGET].values
p_mlp = score(net, scaler.transform(test_part[cols]))
p_rule = rule_score(test_part)
print("rule baseline  AP %.4f  AUC %.4f" % (average_precision_score(y_true, p_rule), roc_auc_score(y_true, p_rule)))
print("torch MLP      AP %.4f  AUC %.4f" % (average_precision_score(y_true, p_mlp), roc_auc_score(y_true, p_mlp)))

test = pd.read_csv("test.csv")
test = test.join(pd.get_dummies(test["merchant_category"], prefix="m", dtype=float))
X_sub = test.reindex(columns=cols, fill_value=0.0)
pd.DataFrame({ID: test[ID], "prediction": score(net, scaler.transform(X_sub))}).to_csv(
    "predictions.csv", index=False)
