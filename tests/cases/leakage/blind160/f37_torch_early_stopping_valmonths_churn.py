"""churn-snapshots: PyTorch MLP with a hand-written early-stopping loop.

Author note: validation = later months + new customers, which is how the hidden test is built.
"""
import copy
import json

import numpy as np
import pandas as pd
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset
from scipy import stats
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.preprocessing import OneHotEncoder, StandardScaler

torch.manual_seed(11)
np.random.seed(11)
T = json.load(open("task.json"))
TARGET, TIME, GROUP, ID = T["target"], T["time_column"], T["group_column"], T["id_column"]
NUM = ["tenure_months", "monthly_charges", "has_discount", "logins_30d", "days_since_last_login",
       "support_tickets_30d", "payment_failures_90d"]
CAT = ["plan", "region"]

data = pd.read_csv("train.csv", parse_dates=[TIME])
NEVER_LOGGED_IN = 180  # days; NaN means no login on record
data["days_since_last_login"] = data["days_since_last_login"].fillna(NEVER_LOGGED_IN)
print(data.groupby(TIME).agg(rows=(ID, "size"), churn=(TARGET, "mean")))

train = data[data[TIME] < "2024-06-01"]
valid = data[data[TIME].between("2024-06-01", "2024-07-01") & ~data[GROUP].isin(train[GROUP])]
test = data[(data[TIME] >= "2024-08-01") & ~data[GROUP].isin(pd.concat([train[GROUP], valid[GROUP]]))]
stop_set = valid
print(len(train), "train rows;", len(valid), "valid rows;", len(test), "test rows")

scaler = StandardScaler().fit(train[NUM])
ohe = OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(train[CAT])


def to_xy(frame):
    X = np.hstack([scaler.transform(frame[NUM]), ohe.transform(frame[CAT])]).astype(np.float32)
    return torch.from_numpy(X), frame[TARGET].to_numpy(np.float32)


X_tr, y_tr = to_xy(train)
X_stop, y_stop = to_xy(stop_set)
X_te, y_te = to_xy(test)
loader = DataLoader(TensorDataset(X_tr, torch.from_numpy(y_tr)), batch_size=256, shuffle=True)

model = nn.Sequential(nn.Linear(X_tr.shape[1], 64), nn.ReLU(), nn.Dropout(0.3),
                      nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 1))
opt = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1e-3)
loss_fn = nn.BCEWithLogitsLoss(pos_weight=torch.tensor(10.0))


def predict(X):
    model.eval()
    with torch.no_grad():
        return torch.sigmoid(model(X).squeeze(1)).numpy()


best_auc, best_state, bad_epochs, patience = -np.inf, None, 0, 6
for epoch in range(100):
    model.train()
    for xb, yb in loader:
        opt.zero_grad()
        loss_fn(model(xb).squeeze(1), yb).backward()
        opt.step()
    auc = roc_auc_score(y_stop, predict(X_stop))
    if auc > best_auc + 1e-4:
        best_auc, best_state, bad_epochs = auc, copy.deepcopy(model.state_dict()), 0
    else:
        bad_epochs += 1
    print(f"epoch {epoch:3d}  monitored auc {auc:.4f}")
    if bad_epochs >= patience:
        break
model.load_state_dict(best_state)

p_te = predict(X_te)
dummy = DummyClassifier(strategy="prior").fit(train[NUM], train[TARGET])
p_dummy = dummy.predict_proba(test[NUM])[:, 1]
print(f"test ROC AUC {roc_auc_score(y_te, p_te):.4f} (dummy {roc_auc_score(y_te, p_dummy):.4f})")
print(f"test AP      {average_precision_score(y_te, p_te):.4f} (dummy {average_precision_score(y_te, p_dummy):.4f})")
print("churner vs stayer score shift:", stats.mannwhitneyu(p_te[y_te == 1], p_te[y_te == 0]))

sub = pd.read_csv("test.csv", parse_dates=[TIME])
sub["days_since_last_login"] = sub["days_since_last_login"].fillna(NEVER_LOGGED_IN)
sub["prediction"] = predict(to_xy(sub.assign(**{TARGET: 0}))[0])
sub[[ID, "prediction"]].to_csv("predictions.csv", index=False)
