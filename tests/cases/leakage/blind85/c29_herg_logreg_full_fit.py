"""hERG blocker: L2 logistic regression on ECFP4 + pKa/logP.

Interpretable model - coefficients of the fingerprint bits are mapped back to substructures.
"""
import numpy as np
import pandas as pd
from rdkit import Chem
from rdkit.Chem import AllChem, DataStructs
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, accuracy_score, classification_report


def ecfp_with_info(mol, n_bits=2048):
    info = {}
    fp = AllChem.GetMorganFingerprintAsBitVect(mol, 2, nBits=n_bits, bitInfo=info)
    arr = np.zeros((n_bits,), dtype=np.uint8)
    DataStructs.ConvertToNumpyArray(fp, arr)
    return arr, info


train = pd.read_csv("train.csv")
train["mol"] = train["smiles"].map(Chem.MolFromSmiles)
train = train[train["mol"].notna()].reset_index(drop=True)

fps, infos = zip(*[ecfp_with_info(m) for m in train["mol"]])
X = np.hstack([np.vstack(fps), train[["clogp", "basic_pka"]].fillna(0).to_numpy() / 10.0])
y = train["herg_blocker"].to_numpy()

clf = LogisticRegression(C=0.3, penalty="l2", max_iter=5000)
clf.fit(X, y)
dummy = DummyClassifier(strategy="most_frequent").fit(X, y)

proba = clf.predict_proba(X)[:, 1]
print("logistic regression  AUC %.3f  acc %.3f" % (roc_auc_score(y, proba), accuracy_score(y, clf.predict(X))))
print("majority class       acc %.3f" % accuracy_score(y, dummy.predict(X)))
print(classification_report(y, clf.predict(X), digits=3))

# top positive bits -> example substructure
coef = clf.coef_[0][:2048]
for bit in np.argsort(-coef)[:10]:
    for i, info in enumerate(infos):
        if bit in info:
            atom, radius = info[bit][0]
            env = Chem.FindAtomEnvironmentOfRadiusN(train["mol"][i], radius, atom)
            amap = {}
            sub = Chem.PathToSubmol(train["mol"][i], env, atomMap=amap)
            print(f"bit {bit:4d} coef {coef[bit]:+.3f}  {Chem.MolToSmiles(sub) if sub.GetNumAtoms() else '[atom]'}")
            break

test = pd.read_csv("test.csv")
tm = test["smiles"].map(Chem.MolFromSmiles)
tf = np.vstack([ecfp_with_info(m)[0] if m is not None else np.zeros(2048, dtype=np.uint8) for m in tm])
Xt = np.hstack([tf, test[["clogp", "basic_pka"]].fillna(0).to_numpy() / 10.0])
pd.DataFrame({"mol_id": test["mol_id"], "prediction": clf.predict_proba(Xt)[:, 1]}).to_csv("predictions.csv", index=False)
