"""Transaction fraud - skorch MLP.

Holdout = 20% of *accounts* (GroupShuffleSplit on account_id) so the model can't just
memorise per-account behaviour.
"""
import numpy as np
import pandas as pd
import torch
from torch import nn
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler, FunctionTransformer
from sklearn.pipeline import Pipeline
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import roc_auc_score, average_precision_score
from skorch import NeuralNetBinaryClassifier

torch.manual_seed(0)

CATS = ["merchant_category", "channel", "device_type", "country", "card_present", "hour"]
NUMS = ["log_amount", "account_age_days"]

df = pd.read_csv("train.csv", parse_dates=["event_time"])
sub = pd.read_csv("test.csv", parse_dates=["event_time"])
for d in (df, sub):
    d["hour"] = d["event_time"].dt.hour.astype(str)
    d["log_amount"] = np.log1p(d["amount"])
    d["account_age_days"] = d["account_age_days"].fillna(0)

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
tr_idx, te_idx = next(gss.split(df, groups=df["account_id"]))
train, hold = df.iloc[tr_idx], df.iloc[te_idx]
y_tr = train["is_fraud"].values.astype(np.float32)
y_te = hold["is_fraud"].values.astype(np.float32)
print("fraud rate train / holdout:", y_tr.mean().round(4), y_te.mean().round(4))


class FraudNet(nn.Module):
    def __init__(self, hidden=128):
        super().__init__()
        self.body = nn.Sequential(nn.LazyLinear(hidden), nn.ReLU(), nn.Dropout(0.2),
                                  nn.Linear(hidden, 64), nn.ReLU(), nn.Linear(64, 1))

    def forward(self, X):
        return self.body(X).squeeze(-1)


pos_weight = torch.tensor([(1 - y_tr.mean()) / y_tr.mean()])
model = Pipeline([
    ("pre", ColumnTransformer([
        ("num", StandardScaler(), NUMS),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), CATS),
    ])),
    ("f32", FunctionTransformer(lambda a: a.astype(np.float32))),
    ("net", NeuralNetBinaryClassifier(FraudNet, criterion__pos_weight=pos_weight,
                                      optimizer=torch.optim.Adam, lr=1e-3, max_epochs=15,
                                      batch_size=1024, iterator_train__shuffle=True,
                                      train_split=None)),
])
model.fit(train[CATS + NUMS], y_tr)

p = model.predict_proba(hold[CATS + NUMS])[:, 1]
print("holdout ROC AUC:", round(roc_auc_score(y_te, p), 4))
print("holdout PR AUC :", round(average_precision_score(y_te, p), 4))

pd.DataFrame({"transaction_id": sub["transaction_id"],
              "prediction": model.predict_proba(sub[CATS + NUMS])[:, 1]}).to_csv("predictions.csv", index=False)
