"""Term-deposit subscription with a small PyTorch MLP wrapped by skorch."""
import numpy as np
import pandas as pd
import torch
from skorch import NeuralNetClassifier
from skorch.callbacks import EarlyStopping, EpochScoring
from skorch.dataset import Dataset
from skorch.helper import predefined_split
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyClassifier
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from torch import nn

torch.manual_seed(0)


class MLP(nn.Module):
    def __init__(self, n_in, hidden=64, dropout=0.2):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_in, hidden),
            nn.ReLU(),
            nn.Dropout(dropout),
            nn.Linear(hidden, hidden // 2),
            nn.ReLU(),
            nn.Linear(hidden // 2, 2),
        )

    def forward(self, X):
        return self.net(X)


bank = pd.read_csv("data/bank-full.csv", sep=";")
bank = bank.drop(columns=["duration"])
y = (bank.pop("y") == "yes").astype(np.int64).to_numpy()
cat_cols = bank.select_dtypes("object").columns.tolist()
num_cols = [c for c in bank.columns if c not in cat_cols]

X_train_df, X_test_df, y_train, y_test = train_test_split(
    bank, y, test_size=0.2, stratify=y, random_state=0
)

prep = ColumnTransformer(
    [
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), cat_cols),
        ("num", StandardScaler(), num_cols),
    ]
)
X_train = prep.fit_transform(X_train_df).astype(np.float32)
X_test = prep.transform(X_test_df).astype(np.float32)

holdout = Dataset(X_test, y_test)

net = NeuralNetClassifier(
    MLP,
    module__n_in=X_train.shape[1],
    module__hidden=128,
    criterion=nn.CrossEntropyLoss,
    optimizer=torch.optim.AdamW,
    lr=1e-3,
    batch_size=256,
    max_epochs=200,
    train_split=predefined_split(holdout),
    callbacks=[
        EpochScoring("roc_auc", lower_is_better=False, name="valid_auc"),
        EarlyStopping(monitor="valid_loss", patience=10, load_best=True),
    ],
    iterator_train__shuffle=True,
    verbose=1,
)
net.fit(X_train, y_train)

proba = net.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)

print(f"epochs trained: {len(net.history)}")
print(f"test ROC AUC  : {roc_auc_score(y_test, proba):.4f}")
print(f"test F1       : {f1_score(y_test, pred):.4f}")
print(f"dummy ROC AUC : {roc_auc_score(y_test, dummy.predict_proba(X_test)[:, 1]):.4f}")
