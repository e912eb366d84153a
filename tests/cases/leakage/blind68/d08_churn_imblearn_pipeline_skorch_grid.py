"""
Churn classifier: skorch MLP inside an imblearn pipeline (scaler -> SMOTE -> net),
hyper-parameters picked by GridSearchCV on the training part, test scored once.
"""
import numpy as np
import pandas as pd
import torch
from torch import nn
from imblearn.pipeline import Pipeline as ImbPipeline
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split, GridSearchCV, StratifiedKFold
from sklearn.preprocessing import StandardScaler, FunctionTransformer
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score
from skorch import NeuralNetClassifier

torch.manual_seed(0)
RS = 0

CAT = ["contract_type", "payment_method", "internet_service", "tech_support", "region", "paperless_billing"]
DROP = ["customer_id", "churned", "cancellation_reason", "retention_call_outcome"]


def make_X(frame, columns=None):
    X = frame.drop(columns=[c for c in DROP if c in frame.columns])
    X["total_charges"] = pd.to_numeric(X["total_charges"], errors="coerce")
    X = pd.get_dummies(X, columns=CAT, dtype=float).fillna(0)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


def to_f32(a):
    return np.asarray(a, dtype=np.float32)


class MLP(nn.Module):
    def __init__(self, n_in=30, hidden=64, p=0.2):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_in, hidden), nn.ReLU(), nn.Dropout(p),
            nn.Linear(hidden, hidden // 2), nn.ReLU(),
            nn.Linear(hidden // 2, 2),
        )

    def forward(self, x):
        return self.net(x)


df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
X = make_X(df)
y = df["churned"].values.astype(np.int64)
print("positive rate:", y.mean().round(4))

X_tr, X_te, y_tr, y_te = train_test_split(X.values, y, test_size=0.2, stratify=y, random_state=RS)

net = NeuralNetClassifier(
    MLP, module__n_in=X.shape[1], criterion=nn.CrossEntropyLoss,
    optimizer=torch.optim.Adam, max_epochs=30, batch_size=256,
    iterator_train__shuffle=True, train_split=None, verbose=0,
)
pipe = ImbPipeline([
    ("scale", StandardScaler()),
    ("smote", SMOTE(random_state=RS)),
    ("f32", FunctionTransformer(to_f32)),
    ("net", net),
])
grid = GridSearchCV(
    pipe,
    param_grid={"net__lr": [1e-3, 3e-3], "net__module__hidden": [32, 64, 128]},
    scoring="roc_auc",
    cv=StratifiedKFold(n_splits=4, shuffle=True, random_state=RS),
    n_jobs=1, refit=True,
)
grid.fit(X_tr, y_tr)
print("best params:", grid.best_params_, "cv auc:", round(grid.best_score_, 4))

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_te)[:, 1]
p_net = grid.predict_proba(X_te)[:, 1]
print(f"dummy   AUC {roc_auc_score(y_te, p_dummy):.4f}  AP {average_precision_score(y_te, p_dummy):.4f}")
print(f"skorch  AUC {roc_auc_score(y_te, p_net):.4f}  AP {average_precision_score(y_te, p_net):.4f}"
      f"  F1 {f1_score(y_te, p_net > 0.5):.4f}")

X_sub = make_X(sub, columns=X.columns).values
pd.DataFrame({"customer_id": sub["customer_id"], "prediction": grid.predict_proba(X_sub)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
