import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from scipy import stats
from sklearn.model_selection import train_test_split
from sklearn.metrics import average_precision_score, roc_auc_score, recall_score

SEED = 99
torch.manual_seed(SEED)

data = pd.read_csv("train.csv")
to_score = pd.read_csv("test.csv")

# --- quick checks --------------------------------------------------------
print(data.shape, to_score.shape)
for col in ["amount", "distance_from_home_km", "txn_count_24h"]:
    ks = stats.ks_2samp(data[col], to_score[col])
    print(f"train/test drift {col}: KS={ks.statistic:.3f} p={ks.pvalue:.3g}")

# --- features --------------------------------------------------------------
continuous = ["amount", "distance_from_home_km", "txn_count_24h", "card_age_days", "hour"]
flags = ["card_present", "country_mismatch"]

for frame in (data, to_score):
    frame["amount"] = np.log1p(frame["amount"])
    frame["distance_from_home_km"] = np.log1p(frame["distance_from_home_km"])

data[continuous] = data[continuous].apply(stats.zscore)
mc = pd.get_dummies(data["merchant_category"], prefix="mc", dtype=np.float32)
features = pd.concat([data[continuous + flags].astype(np.float32), mc], axis=1)
labels = data["is_fraud"].to_numpy(dtype=np.float32)

idx = np.arange(len(features))
idx_train, idx_test = train_test_split(idx, test_size=0.2, stratify=labels, random_state=SEED)

X_t = torch.tensor(features.to_numpy())
y_t = torch.tensor(labels)
train_dl = DataLoader(TensorDataset(X_t[idx_train], y_t[idx_train]), batch_size=256, shuffle=True)

# --- model -----------------------------------------------------------------
model = nn.Sequential(
    nn.Linear(X_t.shape[1], 128), nn.ReLU(), nn.Dropout(0.3),
    nn.Linear(128, 64), nn.ReLU(), nn.Dropout(0.3),
    nn.Linear(64, 1),
)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=8, gamma=0.5)
pw = (1 - labels[idx_train].mean()) / labels[idx_train].mean()
loss_fn = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(pw))

for epoch in range(24):
    model.train()
    total = 0.0
    for xb, yb in train_dl:
        optimizer.zero_grad()
        loss = loss_fn(model(xb).squeeze(1), yb)
        loss.backward()
        optimizer.step()
        total += loss.item()
    scheduler.step()
    if epoch % 4 == 0:
        print(epoch, round(total / len(train_dl), 4))

# --- evaluation --------------------------------------------------------------
model.eval()
with torch.no_grad():
    scores = torch.sigmoid(model(X_t[idx_test]).squeeze(1)).numpy()
y_test = labels[idx_test]
print("average precision:", round(average_precision_score(y_test, scores), 4))
print("roc auc:          ", round(roc_auc_score(y_test, scores), 4))
print("recall@0.5:       ", round(recall_score(y_test, scores > 0.5), 4))

# --- submission: standardise test with its own z-scores ------------------------
to_score[continuous] = to_score[continuous].apply(stats.zscore)
mc_s = pd.get_dummies(to_score["merchant_category"], prefix="mc", dtype=np.float32).reindex(
    columns=mc.columns, fill_value=0.0)
X_s = torch.tensor(pd.concat([to_score[continuous + flags].astype(np.float32), mc_s], axis=1).to_numpy())
with torch.no_grad():
    to_score["prediction"] = torch.sigmoid(model(X_s).squeeze(1)).numpy()
to_score[["transaction_id", "prediction"]].to_csv("predictions.csv", index=False)
