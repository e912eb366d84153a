"""Telco customer churn with a small PyTorch MLP.

train / val / test = 70 / 15 / 15, stratified. Scaler fitted on the train
part, epoch chosen on val, test evaluated once at the very end.
"""
import copy
import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score, f1_score

SEED = 13
torch.manual_seed(SEED)
np.random.seed(SEED)

df = pd.read_csv("WA_Fn-UseC_-Telco-Customer-Churn.csv")
df = df.drop(columns=["customerID"])
df["TotalCharges"] = pd.to_numeric(df["TotalCharges"], errors="coerce").fillna(0.0)
df["Churn"] = (df["Churn"] == "Yes").astype(int)
df["SeniorCitizen"] = df["SeniorCitizen"].astype(str)

cat_cols = df.select_dtypes("object").columns.tolist()
df = pd.get_dummies(df, columns=cat_cols, drop_first=True, dtype=float)

X = df.drop(columns=["Churn"]).values.astype(np.float32)
y = df["Churn"].values.astype(np.float32)

X_tmp, X_test, y_tmp, y_test = train_test_split(X, y, test_size=0.15, stratify=y, random_state=SEED)
X_train, X_val, y_train, y_val = train_test_split(X_tmp, y_tmp, test_size=0.15 / 0.85, stratify=y_tmp,
                                                  random_state=SEED)

scaler = StandardScaler().fit(X_train)
X_train, X_val, X_test = (scaler.transform(a).astype(np.float32) for a in (X_train, X_val, X_test))


def loader(X, y, shuffle):
    return DataLoader(TensorDataset(torch.from_numpy(X), torch.from_numpy(y)), batch_size=128, shuffle=shuffle)


train_dl = loader(X_train, y_train, True)
val_dl = loader(X_val, y_val, False)
test_dl = loader(X_test, y_test, False)

model = nn.Sequential(
    nn.Linear(X_train.shape[1], 64), nn.ReLU(), nn.Dropout(0.2),
    nn.Linear(64, 32), nn.ReLU(),
    nn.Linear(32, 1),
)
pos_weight = torch.tensor([(1 - y_train.mean()) / y_train.mean()])
criterion = nn.BCEWithLogitsLoss(pos_weight=pos_weight)
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, weight_decay=1e-4)


@torch.no_grad()
def predict_proba(dl):
    model.eval()
    return torch.cat([torch.sigmoid(model(xb).squeeze(1)) for xb, _ in dl]).numpy()


best_auc, best_state, patience, bad = 0.0, None, 8, 0
for epoch in range(1, 101):
    model.train()
    running = 0.0
    for xb, yb in train_dl:
        optimizer.zero_grad()
        loss = criterion(model(xb).squeeze(1), yb)
        loss.backward()
        optimizer.step()
        running += loss.item() * len(xb)
    val_auc = roc_auc_score(y_val, predict_proba(val_dl))
    print(f"epoch {epoch:3d}  train loss {running / len(train_dl.dataset):.4f}  val AUC {val_auc:.4f}")
    if val_auc > best_auc:
        best_auc, best_state, bad = val_auc, copy.deepcopy(model.state_dict()), 0
    else:
        bad += 1
        if bad >= patience:
            print("early stop")
            break

model.load_state_dict(best_state)

p_test = predict_proba(test_dl)
print(f"test ROC AUC: {roc_auc_score(y_test, p_test):.4f}")
print(f"test F1@0.5 : {f1_score(y_test, p_test > 0.5):.4f}")
# majority-class / constant-score reference
print(f"baseline (constant score) ROC AUC: {roc_auc_score(y_test, np.full_like(p_test, y_train.mean())):.4f}")
print(f"baseline (never churn) F1: {f1_score(y_test, np.zeros_like(y_test)):.4f}")
