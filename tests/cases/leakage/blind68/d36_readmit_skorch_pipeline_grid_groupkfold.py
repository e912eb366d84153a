"""
30-day readmission, skorch MLP.

- patient-level holdout (GroupShuffleSplit, 20% of patients)
- preprocessing + net in one sklearn Pipeline, tuned with GridSearchCV(GroupKFold) on the train part
- holdout scored once at the end
"""
import numpy as np
import pandas as pd
import torch
from torch import nn
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler, FunctionTransformer
from sklearn.impute import SimpleImputer
from sklearn.pipeline import Pipeline, make_pipeline
from sklearn.model_selection import GroupKFold, GroupShuffleSplit, GridSearchCV
from sklearn.metrics import roc_auc_score, average_precision_score, log_loss
from skorch import NeuralNetBinaryClassifier

torch.manual_seed(0)

CATS = ["age_band", "gender", "admission_type", "discharge_to", "primary_diag_group", "a1c_result", "insulin", "diabetes_med"]
NUMS = ["time_in_hospital", "num_lab_procedures", "num_procedures", "num_medications",
        "number_outpatient", "number_emergency", "number_inpatient", "num_diagnoses"]


class Net(nn.Module):
    def __init__(self, h1=128, h2=64, drop=0.2):
        super().__init__()
        # LazyLinear: input width depends on how many one-hot columns the fold produces
        self.f = nn.Sequential(nn.LazyLinear(h1), nn.ReLU(), nn.Dropout(drop),
                               nn.Linear(h1, h2), nn.ReLU(), nn.Linear(h2, 1))

    def forward(self, x):
        return self.f(x).squeeze(-1)


def f32(a):
    return np.asarray(a, dtype=np.float32)


df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=0)
tr_idx, ho_idx = next(gss.split(df, groups=df["patient_id"]))
train, hold = df.iloc[tr_idx], df.iloc[ho_idx]
y_tr = train["readmitted_30d"].values.astype(np.float32)
y_ho = hold["readmitted_30d"].values.astype(np.float32)

pre = ColumnTransformer([
    ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), NUMS),
    ("cat", make_pipeline(SimpleImputer(strategy="constant", fill_value="NA"),
                          OneHotEncoder(handle_unknown="ignore", sparse_output=False)), CATS),
])
pipe = Pipeline([
    ("pre", pre),
    ("cast", FunctionTransformer(f32)),
    ("net", NeuralNetBinaryClassifier(Net, optimizer=torch.optim.Adam,
                                      max_epochs=25, batch_size=512, iterator_train__shuffle=True,
                                      train_split=None, verbose=0)),
])
grid = GridSearchCV(
    pipe,
    {"net__lr": [3e-4, 1e-3], "net__module__h1": [64, 128], "net__module__drop": [0.1, 0.3]},
    cv=GroupKFold(n_splits=4), scoring="roc_auc", n_jobs=1,
)
grid.fit(train, y_tr, groups=train["patient_id"])
print("best:", grid.best_params_, "CV AUC", round(grid.best_score_, 4))

p = grid.predict_proba(hold)[:, 1]
print("holdout AUC     ", round(roc_auc_score(y_ho, p), 4))
print("holdout AP      ", round(average_precision_score(y_ho, p), 4))
print("holdout log loss", round(log_loss(y_ho, p), 4))

pd.DataFrame({"encounter_id": test["encounter_id"], "prediction": grid.predict_proba(test)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
