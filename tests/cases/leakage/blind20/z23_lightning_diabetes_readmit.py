"""30-day readmission classifier (PyTorch Lightning) with train / val / test."""
import numpy as np
import pandas as pd
import pytorch_lightning as pl
import torch
from pytorch_lightning.callbacks import EarlyStopping, ModelCheckpoint
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

SEED = 13
pl.seed_everything(SEED)

NUMERIC = [
    "time_in_hospital", "num_lab_procedures", "num_procedures", "num_medications",
    "number_outpatient", "number_emergency", "number_inpatient", "number_diagnoses",
]
CATEGORICAL = ["race", "gender", "age", "admission_type_id", "discharge_disposition_id",
               "A1Cresult", "insulin", "change", "diabetesMed"]


class Tabular(pl.LightningModule):
    def __init__(self, n_in, lr=5e-4):
        super().__init__()
        self.save_hyperparameters()
        self.net = nn.Sequential(nn.Linear(n_in, 128), nn.ReLU(), nn.Dropout(0.2),
                                 nn.Linear(128, 64), nn.ReLU(), nn.Linear(64, 1))
        self.loss = nn.BCEWithLogitsLoss()

    def forward(self, x):
        return self.net(x).squeeze(-1)

    def training_step(self, batch, _):
        x, y = batch
        loss = self.loss(self(x), y)
        self.log("train_loss", loss)
        return loss

    def validation_step(self, batch, _):
        x, y = batch
        self.log("val_loss", self.loss(self(x), y), prog_bar=True)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams.lr)


def loader(X, y, shuffle=False):
    ds = TensorDataset(torch.from_numpy(X.astype(np.float32)), torch.from_numpy(y.astype(np.float32)))
    return DataLoader(ds, batch_size=512, shuffle=shuffle, num_workers=2)


encounters = pd.read_csv("data/diabetic_data.csv").replace("?", np.nan)
encounters = encounters.drop_duplicates(subset="patient_nbr", keep="first")
y = (encounters["readmitted"] == "<30").astype(int).to_numpy()
X = pd.get_dummies(encounters[NUMERIC + CATEGORICAL].astype({c: str for c in CATEGORICAL}),
                   columns=CATEGORICAL, dtype=float)

X_trval, X_test, y_trval, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=SEED)
X_train, X_val, y_train, y_val = train_test_split(X_trval, y_trval, test_size=0.2, stratify=y_trval, random_state=SEED)

scaler = StandardScaler().fit(X_train)
X_train_s, X_val_s, X_test_s = (scaler.transform(m) for m in (X_train, X_val, X_test))

model = Tabular(n_in=X_train_s.shape[1])
ckpt = ModelCheckpoint(monitor="val_loss", mode="min")
trainer = pl.Trainer(max_epochs=100, callbacks=[EarlyStopping("val_loss", patience=8), ckpt],
                     enable_progress_bar=False)
trainer.fit(model, loader(X_train_s, y_train, shuffle=True), loader(X_val_s, y_val))

best = Tabular.load_from_checkpoint(ckpt.best_model_path)
best.eval()
with torch.no_grad():
    test_scores = torch.sigmoid(best(torch.from_numpy(X_test_s.astype(np.float32)))).numpy()

baseline_score = np.full_like(test_scores, y_train.mean())
print(f"positive rate train={y_train.mean():.3f} test={y_test.mean():.3f}")
print(f"test ROC AUC  model={roc_auc_score(y_test, test_scores):.4f}")
print(f"test PR AUC   model={average_precision_score(y_test, test_scores):.4f}  "
      f"baseline(prior)={average_precision_score(y_test, baseline_score):.4f}")
