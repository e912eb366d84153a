"""hERG inhibition (pIC50 >= 5) from Mordred descriptors, with RFE to a compact model."""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import RFE
from sklearn.metrics import roc_auc_score, matthews_corrcoef, confusion_matrix
from sklearn.model_selection import train_test_split

data = pd.read_csv("herg_chembl_mordred.csv", low_memory=False)
data["blocker"] = (data["pIC50"] >= 5.0).astype(int)

desc = data.drop(columns=["chembl_id", "smiles", "pIC50", "blocker"])
desc = desc.apply(pd.to_numeric, errors="coerce")

X_train, X_test, y_train, y_test = train_test_split(
    desc, data["blocker"], test_size=0.2, stratify=data["blocker"], random_state=5
)
usable = X_train.columns[(X_train.isna().mean() < 0.05) & (X_train.nunique() > 1)]
X_train, X_test = X_train[usable], X_test[usable]
print("descriptors after cleaning:", len(usable))

# median fill from the training compounds
med = X_train.median()
X_train = X_train.fillna(med)
X_test = X_test.fillna(med)

base_rf = RandomForestClassifier(n_estimators=300, n_jobs=-1, random_state=5)
rfe = RFE(base_rf, n_features_to_select=40, step=0.1)
rfe.fit(X_train, y_train)
chosen = X_train.columns[rfe.support_]
print("selected:", ", ".join(chosen[:20]), "...")

final = RandomForestClassifier(n_estimators=800, min_samples_leaf=2, n_jobs=-1, random_state=5)
final.fit(X_train[chosen], y_train)

proba = final.predict_proba(X_test[chosen])[:, 1]
pred = (proba >= 0.5).astype(int)
tn, fp, fn, tp = confusion_matrix(y_test, pred).ravel()
print(f"AUC {roc_auc_score(y_test, proba):.3f}  MCC {matthews_corrcoef(y_test, pred):.3f}")
print(f"sens {tp / (tp + fn):.3f}  spec {tn / (tn + fp):.3f}")
