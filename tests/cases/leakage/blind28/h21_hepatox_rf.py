# Hepatotoxicity classifier on in-house compound set.
# Descriptors precomputed with RDKit (descriptors.py); Murcko scaffold SMILES in 'scaffold'.
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, matthews_corrcoef, balanced_accuracy_score

cpds = pd.read_csv("hepatox_compounds_rdkit.csv")
print(cpds.shape, "positives:", cpds["hepatotoxic"].mean().round(3))

desc_cols = ["MolWt", "MolLogP", "TPSA", "NumHDonors", "NumHAcceptors", "NumRotatableBonds",
             "RingCount", "NumAromaticRings", "FractionCSP3", "HeavyAtomCount", "qed"]
fp_cols = [c for c in cpds.columns if c.startswith("ecfp_")]

prior = cpds["hepatotoxic"].mean()
scaffold_risk = {}
for scf in cpds["scaffold"].unique():
    members = cpds.loc[cpds["scaffold"] == scf, "hepatotoxic"]
    # shrink small scaffolds towards the prior
    scaffold_risk[scf] = (members.sum() + 5 * prior) / (len(members) + 5)
cpds["scaffold_risk"] = cpds["scaffold"].map(scaffold_risk)

X = cpds[desc_cols + fp_cols + ["scaffold_risk"]]
y = cpds["hepatotoxic"]

X_tr, X_te, y_tr, y_te = train_test_split(X, y, test_size=0.2, stratify=y, random_state=17)

rf = RandomForestClassifier(n_estimators=1000, max_features="sqrt", class_weight="balanced_subsample",
                            min_samples_leaf=1, n_jobs=-1, random_state=17)
rf.fit(X_tr, y_tr)
proba = rf.predict_proba(X_te)[:, 1]
pred = proba >= 0.5

print("ROC AUC ", round(roc_auc_score(y_te, proba), 3))
print("MCC     ", round(matthews_corrcoef(y_te, pred), 3))
print("bal.acc ", round(balanced_accuracy_score(y_te, pred), 3))
top = pd.Series(rf.feature_importances_, index=X.columns).nlargest(10)
print(top)
