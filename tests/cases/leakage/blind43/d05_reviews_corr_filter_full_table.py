"""Review rating take-home: hand-crafted text statistics + MLP (PyTorch).

Task: predict `rating` (1-5) for each review; metric MAE. Features are computed
row by row from the title and body, plus price, photo count and the verified
flag; a correlation filter keeps the informative ones. Baseline: DummyRegressor.
"""
import re

import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

torch.manual_seed(3)
POSITIVE = {"great", "love", "perfect", "excellent", "amazing", "happy", "works"}
NEGATIVE = {"broken", "refund", "worst", "poor", "disappointed", "cheap", "stopped"}


def text_stats(title, body):
    raw = f"{title} {body}"
    text = raw.lower()
    words = re.findall(r"[a-z']+", text)
    n = max(len(words), 1)
    return {
        "n_words": len(words),
        "n_exclaim": text.count("!"),
        "upper_ratio": sum(ch.isupper() for ch in raw) / max(len(raw), 1),
        "pos_share": sum(w in POSITIVE for w in words) / n,
        "neg_share": sum(w in NEGATIVE for w in words) / n,
        "has_question": float("?" in text),
        "title_len": len(str(title)),
    }


reviews = pd.read_csv("train.csv")
stats = pd.DataFrame(
    [text_stats(t, b) for t, b in zip(reviews["review_title"].fillna(""), reviews["review_text"].fillna(""))],
    index=reviews.index,
)
reviews = pd.concat([reviews, stats], axis=1)
reviews["log_price"] = np.log1p(reviews["price"])
candidates = list(stats.columns) + ["log_price", "n_photos", "verified_purchase"]

# keep candidates whose absolute correlation with the rating exceeds 0.05
corr = reviews[candidates].corrwith(reviews["rating"]).abs()
selected = corr[corr > 0.05].index.tolist()
print("kept features:", selected)

train_df, test_df = train_test_split(reviews, test_size=0.2, random_state=3)
fit_df, val_df = train_test_split(train_df, test_size=0.15, random_state=3)

scaler = StandardScaler().fit(fit_df[selected])


def tensors(frame):
    x = torch.tensor(scaler.transform(frame[selected]), dtype=torch.float32)
    y = torch.tensor(frame["rating"].values, dtype=torch.float32)
    return x, y


X_fit, y_fit = tensors(fit_df)
X_val, y_val = tensors(val_df)
X_test, y_test = tensors(test_df)

net = nn.Sequential(nn.Linear(len(selected), 32), nn.ReLU(), nn.Linear(32, 1))
opt = torch.optim.Adam(net.parameters(), lr=1e-3)
loader = DataLoader(TensorDataset(X_fit, y_fit), batch_size=128, shuffle=True)

best_val, bad_epochs = float("inf"), 0
for epoch in range(100):
    net.train()
    for xb, yb in loader:
        opt.zero_grad()
        loss = nn.functional.mse_loss(net(xb).squeeze(1), yb)
        loss.backward()
        opt.step()
    net.eval()
    with torch.no_grad():
        val_mae = (net(X_val).squeeze(1) - y_val).abs().mean().item()
    if val_mae < best_val - 1e-4:
        best_val, bad_epochs = val_mae, 0
        torch.save(net.state_dict(), "best_mlp.pt")
    else:
        bad_epochs += 1
        if bad_epochs >= 5:
            break

net.load_state_dict(torch.load("best_mlp.pt"))
net.eval()
with torch.no_grad():
    test_pred = net(X_test).squeeze(1).clamp(1, 5).numpy()

dummy = DummyRegressor(strategy="mean").fit(fit_df[selected], fit_df["rating"])
print("MLP test MAE:", mean_absolute_error(test_df["rating"], test_pred))
print("DummyRegressor(mean) MAE:", mean_absolute_error(test_df["rating"], dummy.predict(test_df[selected])))
