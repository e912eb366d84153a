"""Microsomal stability classifier (unstable vs stable) - logistic regression on physchem + ECFP.

Fits on all training runs and reports the fit quality, then writes predictions for test.csv.
"""
import numpy as np
import pandas as pd
from rdkit import Chem
from rdkit.Chem import Descriptors, Crippen, rdFingerprintGenerator
from sklearn.linear_model import LogisticRegression

gen = rdFingerprintGenerator.GetMorganGenerator(radius=2, fpSize=1024)


def featurize(frame):
    X = []
    for smi in frame["smiles"]:
        m = Chem.MolFromSmiles(smi)
        phys = [Crippen.MolLogP(m) / 5.0, Descriptors.TPSA(m) / 100.0, Descriptors.MolWt(m) / 500.0,
                Descriptors.NumAromaticRings(m) / 3.0, Descriptors.NumHDonors(m) / 3.0]
        X.append(np.concatenate([gen.GetFingerprintAsNumPy(m), phys]))
    return np.vstack(X)


train = pd.read_csv("train.csv", parse_dates=["run_date"])
X = featurize(train)
y = train["unstable"].to_numpy()

model = LogisticRegression(C=0.2, max_iter=5000)
model.fit(X, y)
acc = model.score(X, y)
print(f"training accuracy: {acc:.3f}")

# per-quarter accuracy to check stability over time
train["pred"] = model.predict(X)
by_q = train.groupby(train["run_date"].dt.to_period("Q")).apply(lambda g: (g["pred"] == g["unstable"]).mean())
print(by_q.round(3))

coef = pd.Series(model.coef_[0][-5:], index=["logP", "TPSA", "MW", "aromatic_rings", "HBD"])
print("physchem coefficients:\n", coef.round(3))

test = pd.read_csv("test.csv")
pd.DataFrame({"run_id": test["run_id"], "prediction": model.predict_proba(featurize(test))[:, 1]}).to_csv(
    "predictions.csv", index=False)
