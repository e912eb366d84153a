import numpy as np
import pandas as pd
import torch
from torch import nn
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.pipeline import make_pipeline
from sklearn.model_selection import GroupKFold, cross_val_score
from sklearn.dummy import DummyClassifier
from skorch import NeuralNetBinaryClassifier

torch.manual_seed(0)

CATS = ["age_band", "gender", "admission_type", "discharge_to", "primary_diag_group", "a1c_result", "insulin", "diabetes_med"]
NUMS = ["time_in_hospital", "num_lab_procedures", "num_procedures", "num_medications",
        "number_outpatient", "number_emergency", "number_inpatient", "num_diagnoses"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
y = df["readmitted_30d"].values.astype(np.float32)
groups = df["patient_id"].values

# ---- preprocessing ------------------------------------------------------------
pre = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMS),
    ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="NA"),
                          OneHotEncoder(handle_unknown="ignore", sparse_output=False)), CATS),
])
X = pre.fit_transform(df).astype(np.float32)
X_test = pre.transform(test).astype(np.float32)
print("feature matrix:", X.shape)


# ---- model ----------------------------------------------------------------------
class Net(nn.Module):
    def __init__(self, n_in, h1=128, h2=64, drop=0.2):
        super().__init__()
        self.f = nn.Sequential(nn.Linear(n_in, h1), nn.ReLU(), nn.Dropout(drop),
                               nn.Linear(h1, h2), nn.ReLU(), nn.Linear(h2, 1))

    def forward(self, x):
        return self.f(x).squeeze(-1)


net = NeuralNetBinaryClassifier(
    Net, module__n_in=X.shape[1],
    optimizer=torch.optim.Adam, lr=1e-3, max_epochs=25, batch_size=512,
    iterator_train__shuffle=True, train_split=None, verbose=0,
)

cv = GroupKFold(n_splits=5)
auc_net = cross_val_score(net, X, y, groups=groups, cv=cv, scoring="roc_auc")
auc_dummy = cross_val_score(DummyClassifier(strategy="prior"), X, y, groups=groups, cv=cv, scoring="roc_auc")
ap_net = cross_val_score(net, X, y, groups=groups, cv=cv, scoring="average_precision")

print("dummy  AUC per fold:", auc_dummy.round(3), "mean", auc_dummy.mean().round(4))
print("skorch AUC per fold:", auc_net.round(3), "mean", auc_net.mean().round(4))
print("skorch AP mean     :", ap_net.mean().round(4))

net.fit(X, y)
pd.DataFrame({"encounter_id": test["encounter_id"], "prediction": net.predict_proba(X_test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
