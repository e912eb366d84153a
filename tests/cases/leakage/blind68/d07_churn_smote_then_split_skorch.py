import numpy as np
import pandas as pd
import torch
from torch import nn
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler, FunctionTransformer
from sklearn.metrics import accuracy_score
from skorch import NeuralNetClassifier
from skorch.callbacks import EarlyStopping

torch.manual_seed(0)

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")

# churn is rare (~9%) so balance the classes with SMOTE
CAT = ["contract_type", "payment_method", "internet_service", "tech_support", "region", "paperless_billing"]
DROP = ["customer_id", "churned", "cancellation_reason", "retention_call_outcome"]


def make_X(frame, columns=None):
    X = frame.drop(columns=[c for c in DROP if c in frame.columns])
    X["total_charges"] = pd.to_numeric(X["total_charges"], errors="coerce")
    X = pd.get_dummies(X, columns=CAT, dtype=float).fillna(0)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


X = make_X(df)
y = df["churned"].values.astype(np.int64)

X_res, y_res = SMOTE(random_state=0).fit_resample(X.values.astype(np.float32), y)
print("after SMOTE:", np.bincount(y_res))

X_tr, X_te, y_tr, y_te = train_test_split(X_res, y_res, test_size=0.25, random_state=0)


class MLP(nn.Module):
    def __init__(self, n_in, hidden=64, p=0.2):
        super().__init__()
        self.net = nn.Sequential(
            nn.Linear(n_in, hidden), nn.ReLU(), nn.Dropout(p),
            nn.Linear(hidden, hidden // 2), nn.ReLU(), nn.Dropout(p),
            nn.Linear(hidden // 2, 2),
        )

    def forward(self, x):
        return self.net(x)


net = NeuralNetClassifier(
    MLP,
    module__n_in=X_tr.shape[1],
    criterion=nn.CrossEntropyLoss,
    optimizer=torch.optim.Adam,
    lr=1e-3,
    max_epochs=60,
    batch_size=256,
    iterator_train__shuffle=True,
    callbacks=[EarlyStopping(patience=6)],
    verbose=1,
)

pipe = Pipeline([
    ("scale", StandardScaler()),
    ("f32", FunctionTransformer(lambda a: a.astype(np.float32))),
    ("net", net),
])
pipe.fit(X_tr, y_tr)

pred = pipe.predict(X_te)
print("Test accuracy:", round(accuracy_score(y_te, pred), 4))

X_sub = make_X(sub, columns=X.columns).values.astype(np.float32)
pd.DataFrame({"customer_id": sub["customer_id"], "prediction": pipe.predict_proba(X_sub)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
